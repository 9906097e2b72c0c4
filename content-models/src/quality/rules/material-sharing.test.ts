import { describe, expect, it } from 'vitest';
import { completeGuide, guideWith } from '../test-fixtures/complete-guide.ts';
import { materialSharingRule } from './material-sharing.ts';

describe('material-sharing rule', () => {
  it('passes a shared material that is no longer demanded', () => {
    expect(materialSharingRule.check(completeGuide)).toEqual([]);
  });

  it('refuses a material obtainable by sharing but still demanded', () => {
    expect(materialSharingRule.check(guideWith((g) => (g.materials[2]!.demandedFromApplicant = true)))).toEqual([
      {
        rule: 'material-sharing',
        severity: 'error',
        path: 'materials.2.demandedFromApplicant',
        message: expect.stringContaining('申请材料“营业执照”可通过数据共享获取，却仍要求申请人提交'),
      },
    ]);
  });

  it('warns about a government-issued material not marked as shareable', () => {
    const guide = guideWith((g) => {
      g.materials[2]!.obtainableBySharing = false;
      g.materials[2]!.demandedFromApplicant = true;
    });
    expect(materialSharingRule.check(guide)).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'materials.2.obtainableBySharing' }),
    ]);
  });
});
