import { describe, expect, it } from 'vitest';
import { checkGuide, hasBlockingFindings, qualityRules, type Finding } from './index.ts';
import { completeGuide, guideWith } from './test-fixtures/complete-guide.ts';

describe('checkGuide', () => {
  it('finds nothing in a complete guide', () => {
    expect(checkGuide(completeGuide)).toEqual([]);
  });

  it('runs every rule and keeps their findings apart', () => {
    const guide = guideWith((g) => {
      g.legalBasis = [];
      g.promisedDays = 30;
      g.materials[2]!.demandedFromApplicant = true;
    });
    const found = checkGuide(guide).map((f) => `${f.rule} ${f.path}`);
    expect(found).toEqual(['legal-basis legalBasis', 'material-sharing materials.2.demandedFromApplicant', 'time-limits promisedDays']);
  });

  it('skips rules a deployment switched off', () => {
    const guide = guideWith((g) => (g.materials[0]!.basis = undefined));
    expect(checkGuide(guide).map((f) => f.rule)).toEqual(['material-basis']);
    expect(checkGuide(guide, { disabledRules: ['material-basis'] })).toEqual([]);
  });

  it('never reads a blank 是否收费 as 否 in any rule', () => {
    const unknown = guideWith((g) => delete (g as { charged?: boolean }).charged);
    expect(checkGuide(unknown).map((f) => `${f.severity} ${f.rule} ${f.path}`)).toEqual(['error one-time-notice charged']);
    const unknownWithoutFees = guideWith((g) => {
      delete (g as { charged?: boolean }).charged;
      g.fees = [];
    });
    expect(checkGuide(unknownWithoutFees).map((f) => `${f.severity} ${f.rule} ${f.path}`)).toEqual(['error one-time-notice charged']);
  });

  it('gives every finding a Chinese message and a path', () => {
    for (const finding of checkGuide({})) {
      expect(finding.path).not.toBe('');
      expect(finding.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('qualityRules', () => {
  it('have unique ids and Chinese titles', () => {
    const ids = qualityRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of qualityRules) expect(rule.title).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('hasBlockingFindings', () => {
  const warning: Finding = { rule: 'r', severity: 'warning', path: 'p', message: '提示' };
  it('blocks on any error and never on warnings alone', () => {
    expect(hasBlockingFindings([])).toBe(false);
    expect(hasBlockingFindings([warning])).toBe(false);
    expect(hasBlockingFindings([warning, { ...warning, severity: 'error' }])).toBe(true);
    expect(hasBlockingFindings(checkGuide({}))).toBe(true);
  });
});
