import { describe, expect, it } from 'vitest';
import { completeGuide, guideWith } from '../test-fixtures/complete-guide.ts';
import { materialNecessityRule } from './material-necessity.ts';

describe('material-necessity rule', () => {
  it('passes materials whose necessity is stated', () => {
    expect(materialNecessityRule.check(completeGuide)).toEqual([]);
    for (const necessity of ['deferrable', 'conditional'] as const) {
      expect(materialNecessityRule.check(guideWith((g) => (g.materials[0]!.necessity = necessity)))).toEqual([]);
    }
  });

  it('warns when the source did not say, never reading it as 必需', () => {
    expect(materialNecessityRule.check(guideWith((g) => (g.materials[0]!.necessity = 'unspecified')))).toEqual([
      {
        rule: 'material-necessity',
        severity: 'warning',
        path: 'materials.0.necessity',
        message: '申请材料“公共场所卫生许可申请表”未说明是否必需：请选择“必需”“容缺”或“视情况提供”',
      },
    ]);
    const draft = guideWith((g) => delete (g.materials[0] as Partial<typeof g.materials[0]>).necessity);
    expect(materialNecessityRule.check(draft)).toEqual([expect.objectContaining({ path: 'materials.0.necessity' })]);
  });
});
