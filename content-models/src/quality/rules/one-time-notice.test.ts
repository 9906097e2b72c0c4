import { describe, expect, it } from 'vitest';
import type { Guide } from '../../guide/guide-schema.ts';
import { completeGuide, guideWith } from '../test-fixtures/complete-guide.ts';
import { oneTimeNoticeRule } from './one-time-notice.ts';

function pathsOf(change: (guide: Guide) => void): string[] {
  return oneTimeNoticeRule.check(guideWith(change)).map((f) => `${f.severity} ${f.path}`);
}

describe('one-time-notice rule (一次性告知)', () => {
  it('passes a complete guide', () => {
    expect(oneTimeNoticeRule.check(completeGuide)).toEqual([]);
  });

  it('refuses each missing required element at its own path', () => {
    expect(pathsOf((g) => (g.name = ''))).toEqual(['error name']);
    expect(pathsOf((g) => (g.unit.name = ' '))).toEqual(['error unit']);
    expect(pathsOf((g) => (g.process = []))).toEqual(['error process']);
    expect(pathsOf((g) => (g.materials = []))).toEqual(['error materials']);
    expect(pathsOf((g) => delete (g as Partial<Guide>).charged)).toEqual(['error charged']);
    expect(pathsOf((g) => (g.promisedDays = undefined))).toEqual(['error promisedDays']);
    // 即办件 states its limit (on the spot) by itself.
    expect(pathsOf((g) => { g.promisedDays = undefined; g.caseType = 'instant'; })).toEqual([]);
    expect(pathsOf((g) => (g.consultPhone = undefined))).toEqual(['error consultPhone']);
    expect(pathsOf((g) => (g.locations = []))).toEqual(['error locations']);
  });

  it('lists every gap of an empty draft', () => {
    expect(oneTimeNoticeRule.check({}).map((f) => f.path)).toEqual([
      'name', 'unit', 'process', 'materials', 'charged', 'promisedDays', 'consultPhone', 'complaintPhone', 'locations',
    ]);
  });

  it('names the missing element in the message', () => {
    const [finding] = oneTimeNoticeRule.check(guideWith((g) => (g.consultPhone = '')));
    expect(finding?.message).toBe('未填写咨询电话：办事指南须一次性告知，该要素不能为空');
  });

  it('refuses locations when none has both address and hours', () => {
    expect(pathsOf((g) => (g.locations[0]!.hours = undefined))).toEqual(['error locations.0.hours']);
    expect(pathsOf((g) => (g.locations[0]!.address = ''))).toEqual(['error locations.0.address']);
  });

  it('only warns about an incomplete extra location when another one is complete', () => {
    expect(pathsOf((g) => g.locations.push({ name: '东区分中心', address: '东区大道 1 号' }))).toEqual(['warning locations.1.hours']);
  });

  it('warns about a missing complaint phone', () => {
    expect(pathsOf((g) => (g.complaintPhone = undefined))).toEqual(['warning complaintPhone']);
  });

  it('reports a blank 是否收费 as 未填写, never as 否', () => {
    const [finding] = oneTimeNoticeRule.check(guideWith((g) => delete (g as { charged?: boolean }).charged));
    expect(finding).toEqual(expect.objectContaining({ severity: 'error', path: 'charged', message: expect.stringMatching(/^未填写是否收费：.*不能按“不收费”公布/) }));
    expect(oneTimeNoticeRule.check(guideWith((g) => { g.charged = false; g.fees = []; }))).toEqual([]);
  });
});
