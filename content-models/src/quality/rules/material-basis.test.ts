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
});
