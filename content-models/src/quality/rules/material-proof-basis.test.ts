import { describe, expect, it } from 'vitest';
import { completeGuide, guideWith } from '../test-fixtures/complete-guide.ts';
import { materialProofBasisRule } from './material-proof-basis.ts';

describe('material-proof-basis rule', () => {
  it('passes certificates that carry their basis', () => {
    expect(materialProofBasisRule.check(completeGuide)).toEqual([]);
  });

  it('refuses a certificate without basis: 法无授权不可为', () => {
    const findings = materialProofBasisRule.check(guideWith((g) => (g.materials[1]!.basis = undefined)));
    expect(findings).toEqual([
      {
        rule: 'material-proof-basis',
        severity: 'error',
        path: 'materials.1.basis',
        message: expect.stringMatching(/^申请材料“从业人员健康合格证明”涉及“证明”，但未填写要求提供的依据：.*法无授权不可为/),
      },
    ]);
  });

  it('refuses a stamp demanded in the requirements without basis', () => {
    const findings = materialProofBasisRule.check(
      guideWith((g) => {
        g.materials[0]!.requirements = '须加盖单位公章';
        g.materials[0]!.basis = '';
      }),
    );
    expect(findings).toEqual([expect.objectContaining({ path: 'materials.0.basis', message: expect.stringContaining('涉及“公章”') })]);
  });

  it('leaves alone a certificate the applicant no longer hands in', () => {
    const guide = guideWith((g) => {
      g.materials[1]!.basis = undefined;
      g.materials[1]!.demandedFromApplicant = false;
    });
    expect(materialProofBasisRule.check(guide)).toEqual([]);
  });

  it('uses the words a deployment configures', () => {
    const guide = guideWith((g) => (g.materials[0]!.basis = undefined));
    expect(materialProofBasisRule.check(guide)).toEqual([]);
    expect(materialProofBasisRule.check(guide, { proofWords: ['申请表'] })).toEqual([
      expect.objectContaining({ path: 'materials.0.basis', message: expect.stringContaining('涉及“申请表”') }),
    ]);
  });
});
