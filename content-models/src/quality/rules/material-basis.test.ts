import { describe, expect, it } from 'vitest';
import { completeGuide, guideWith } from '../test-fixtures/complete-guide.ts';
import { materialBasisRule } from './material-basis.ts';

describe('material-basis rule', () => {
  it('passes materials that carry their basis', () => {
    expect(materialBasisRule.check(completeGuide)).toEqual([]);
  });

  it('warns about an ordinary material without basis', () => {
    expect(materialBasisRule.check(guideWith((g) => (g.materials[0]!.basis = undefined)))).toEqual([
      {
        rule: 'material-basis',
        severity: 'warning',
        path: 'materials.0.basis',
        message: '申请材料“公共场所卫生许可申请表”未填写要求提供的依据，请注明法律法规条款',
      },
    ]);
  });

  it('leaves certificates to the stricter rule, so nothing is reported twice', () => {
    expect(materialBasisRule.check(guideWith((g) => (g.materials[1]!.basis = undefined)))).toEqual([]);
  });

  it('counts a basis of 「无」 as missing, and warns about a unit\'s own rule', () => {
    expect(materialBasisRule.check(guideWith((g) => (g.materials[0]!.basis = '无')))).toEqual([
      expect.objectContaining({ severity: 'warning', message: '申请材料“公共场所卫生许可申请表”的依据“无”等于未填写，请注明法律法规条款' }),
    ]);
    expect(materialBasisRule.check(guideWith((g) => (g.materials[0]!.basis = '本中心工作规范')))).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('的依据“本中心工作规范”属于单位内部规定') }),
    ]);
  });

  it('still warns about identity documents and e-licences, which are not certificates', () => {
    const guide = guideWith((g) => {
      g.materials[0]!.name = '本人有效身份证明';
      g.materials[0]!.basis = undefined;
    });
    expect(materialBasisRule.check(guide)).toEqual([expect.objectContaining({ severity: 'warning', path: 'materials.0.basis' })]);
  });
});
