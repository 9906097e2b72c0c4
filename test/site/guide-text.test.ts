import { describe, expect, it } from 'vitest';
import { beijingIso, chineseDate, chineseDateTime, dayCount } from '../../site/src/lib/format.ts';
import { bringSummary, consultNumber, feeSummary, shareDescription, timeSummary } from '../../site/src/lib/guide-text.ts';

/** The site's short answers and dates, as pure functions: nothing is said that the guide does not state. */
const fee = (charged: boolean | undefined, ...cases: (string | undefined)[]) =>
  feeSummary({ charged, fees: cases.map((applicableCase, i) => ({ name: `费${i}`, applicableCase, reducible: false })) });
const limits = { caseTimeLimits: [] };

describe('要不要钱', () => {
  it('is unknown when nobody said, never 不收费', () => {
    expect(fee(undefined)).toBeUndefined();
    expect(fee(false)).toBe('不收费');
    expect(fee(true)).toBe('收费（见下方收费标准）');
  });
  it('names the cases that pay, even when the item is otherwise free', () => {
    expect(fee(false, '遗失补领')).toBe('收费（仅限：遗失补领）');
    expect(fee(true, '遗失补领', '损毁换领')).toBe('收费（仅限：遗失补领、损毁换领）');
    expect(fee(undefined, '遗失补领')).toBe('收费（仅限：遗失补领）');
    expect(fee(true, '遗失补领', undefined)).toBe('收费（见下方收费标准）');
  });
});

describe('要带什么', () => {
  const material = (name: string, necessity: 'required' | 'deferrable' | 'conditional' | 'unspecified' = 'required', shared = false) =>
    ({ name, necessity, obtainableBySharing: shared, demandedFromApplicant: !shared });
  it('is unknown when the guide lists no materials, never 不用带', () => {
    expect(bringSummary([])).toBeUndefined();
  });
  it('counts what to bring, names the first three and says 等 for more', () => {
    expect(bringSummary([material('身份证'), material('户口簿'), material('照片', 'unspecified'), material('申请表')]))
      .toBe('4 项：身份证、户口簿、照片等');
    expect(bringSummary([material('身份证'), material('结婚证', 'conditional'), material('证明', 'deferrable')]))
      .toBe('3 项：身份证、结婚证（视情况提供）、证明（容缺）');
  });
  it('counts 免提交 materials apart and never as something to bring', () => {
    expect(bringSummary([material('身份证', 'required', true), material('申请表')])).toBe('1 项：申请表；另有 1 项免提交（部门通过数据共享获取）');
    expect(bringSummary([material('身份证', 'required', true), material('户口簿', 'required', true)])).toBe('不用带材料：2 项均免提交（部门通过数据共享获取）');
    // Obtainable by sharing but still demanded: to bring.
    expect(bringSummary([{ ...material('营业执照'), obtainableBySharing: true }])).toBe('1 项：营业执照');
  });
});

describe('多久办好', () => {
  it('gives the unit of every limit', () => {
    expect(timeSummary({ ...limits, promisedDays: 30, promisedDayKind: 'calendar' })).toBe('承诺 30 个自然日');
    expect(timeSummary({ ...limits, statutoryDays: 20 })).toBe('法定 20 个工作日');
    expect(timeSummary({ ...limits, promisedDays: 0 })).toBe('即办（当场办结）');
    expect(dayCount(5, 'working')).toBe('5 个工作日');
  });
  it('falls back to what the guide says in words, and is unknown otherwise', () => {
    expect(timeSummary({ caseTimeLimits: [{ case: '补领', days: 5 }] })).toBe('分情形办结，见下方办理时限');
    expect(timeSummary({ ...limits, timeLimitNote: '资料齐全当场办结' })).toBe('资料齐全当场办结');
    expect(timeSummary({ ...limits, caseType: 'instant' })).toBe('即办件（当场办结）');
    expect(timeSummary(limits)).toBeUndefined();
  });
});

describe('the number to ask', () => {
  const unit = { id: 'u', name: '某局', kind: 'government' as const };
  it('is the consult phone, else the unit phone, else the hotline; words are no number', () => {
    expect(consultNumber({ consultPhone: '0577-88886666', unit }, '12345')).toBe('0577-88886666');
    expect(consultNumber({ consultPhone: '详见窗口', unit: { ...unit, phone: '0577-88887777' } }, '12345')).toBe('0577-88887777');
    expect(consultNumber({ consultPhone: '无', unit: { ...unit, phone: '无' } }, '12345')).toBe('12345');
  });
});

describe('dates in Beijing time', () => {
  it('shows an instant near midnight UTC on the next Beijing day', () => {
    expect(chineseDateTime('2026-11-30T22:41:00Z')).toBe('2026年12月1日 06:41');
    expect(chineseDateTime('2026-11-30T14:41:00.000Z')).toBe('2026年11月30日 22:41');
    expect(chineseDate('2026-12-31T16:30:00Z')).toBe('2027年1月1日');
  });
  it('keeps a calendar date date-only, and writes ISO with +08:00 for exports', () => {
    expect(chineseDateTime('2026-11-30')).toBe('2026年11月30日');
    expect(beijingIso('2026-11-30T22:41:09.000Z')).toBe('2026-12-01T06:41:09+08:00');
  });
});

describe('the description a shared link shows (og:description)', () => {
  const item = { name: '居民身份证换领', unit: { name: '县公安局' }, status: 'active', materials: [], caseTimeLimits: [] } as unknown as Parameters<typeof shareDescription>[0];
  it('says 即办 for a zero-day limit, never 「0 个工作日」', () => {
    expect(shareDescription({ ...item, promisedDays: 0 })).toBe('居民身份证换领：县公安局办理，即办（当场办结）。');
    expect(shareDescription({ ...item, statutoryDays: 0 })).toBe('居民身份证换领：县公安局办理，即办（当场办结）。');
    expect(shareDescription({ ...item, promisedDays: 0 })).not.toMatch(/0 ?个/);
  });
  it('gives the promised limit and the number of materials when the guide states them', () => {
    const materials = [{}, {}] as never;
    expect(shareDescription({ ...item, promisedDays: 5, materials })).toBe('居民身份证换领：县公安局办理，办结时限承诺 5 个工作日，需2项材料。');
  });
  it('leaves out what nobody stated, and says when a cancelled item was cancelled', () => {
    expect(shareDescription(item)).toBe('居民身份证换领：县公安局办理。');
    expect(shareDescription({ ...item, status: 'cancelled' }, '2026年11月30日')).toBe('居民身份证换领已于2026年11月30日取消。');
  });
});

