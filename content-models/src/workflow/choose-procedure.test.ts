import { describe, expect, it } from 'vitest';
import { diffGuides } from '../diff/diff-guides.ts';
import type { GuideDraft } from '../guide/guide-schema.ts';
import { chooseProcedure, defaultFallbackProcedureId, defaultProcedureRules, type ProcedureRule } from './choose-procedure.ts';
import { isContactOnly, isContactOnlyChange } from './contact-only.ts';
import { procedures } from './procedures.ts';

const choose = (facts: Parameters<typeof chooseProcedure>[1]) => chooseProcedure(defaultProcedureRules, facts, defaultFallbackProcedureId);

describe('chooseProcedure with the default rules', () => {
  it('sends a contact-only guide change through the simple procedure, other guide changes through 动态调整', () => {
    expect(choose({ kind: 'guide', contactOnly: true })).toBe('contact-update');
    expect(choose({ kind: 'guide', contactOnly: false })).toBe('dynamic-adjustment');
  });

  it('sends changes and cancellations through 动态调整 and new items through 两报两审', () => {
    expect(choose({ kind: 'change', contactOnly: true })).toBe('dynamic-adjustment');
    expect(choose({ kind: 'cancel', contactOnly: false })).toBe('dynamic-adjustment');
    expect(choose({ kind: 'add', contactOnly: false })).toBe('two-reports-two-reviews');
  });

  it('lets a campaign’s own procedure override every rule', () => {
    expect(choose({ kind: 'guide', contactOnly: true, campaign: 'sorting-2026', campaignProcedureId: 'three-ups-three-downs' })).toBe('three-ups-three-downs');
  });

  it('names only shipped procedures', () => {
    for (const rule of defaultProcedureRules) expect(procedures[rule.procedureId]).toBeDefined();
    expect(procedures[defaultFallbackProcedureId]).toBeDefined();
  });
});

describe('chooseProcedure rules', () => {
  const rules: ProcedureRule[] = [
    { campaign: 'sorting-2026', procedureId: 'three-ups-three-downs' },
    { kinds: ['guide'], contactOnly: false, procedureId: 'dynamic-adjustment' },
  ];

  it('takes the first rule that matches; an absent field matches anything', () => {
    expect(chooseProcedure(rules, { kind: 'guide', contactOnly: false, campaign: 'sorting-2026' }, 'x')).toBe('three-ups-three-downs');
    expect(chooseProcedure(rules, { kind: 'guide', contactOnly: false, campaign: 'other' }, 'x')).toBe('dynamic-adjustment');
  });

  it('falls back when nothing matches', () => {
    expect(chooseProcedure(rules, { kind: 'guide', contactOnly: true }, 'joint-review')).toBe('joint-review');
    expect(chooseProcedure([], { kind: 'add', contactOnly: false }, 'joint-review')).toBe('joint-review');
  });
});

describe('isContactOnly', () => {
  it('accepts phones, places, office hours and online addresses', () => {
    expect(isContactOnlyChange(['consultPhone', 'complaintPhone', 'unit.phone', 'unit.hours', 'locations[政务服务中心].address', 'locations', 'onlineUrl'])).toBe(true);
  });

  it('refuses anything else, including other fields of the unit, and an empty change', () => {
    expect(isContactOnlyChange(['consultPhone', 'materials[m-1].copies'])).toBe(false);
    expect(isContactOnlyChange(['unit.name'])).toBe(false);
    expect(isContactOnlyChange(['promisedDays'])).toBe(false);
    expect(isContactOnlyChange([])).toBe(false);
  });

  it('reads the changes diffGuides reports', () => {
    const before = { consultPhone: '0577-88880001', promisedDays: 5 } as unknown as GuideDraft;
    expect(isContactOnly(diffGuides(before, { ...before, consultPhone: '0577-88880002' }))).toBe(true);
    expect(isContactOnly(diffGuides(before, { ...before, consultPhone: '0577-88880002', promisedDays: 3 }))).toBe(false);
    expect(isContactOnly(diffGuides(before, before))).toBe(false);
  });
});
