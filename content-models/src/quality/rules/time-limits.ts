import type { DayKind } from '../../vocabularies/index.ts';
import { findingsOf, isBlank, type Finding, type QualityRule } from '../finding.ts';

const id = 'time-limits';
const { error, warning } = findingsOf(id);

interface Limit {
  days: number;
  kind: DayKind; // absent in the guide means working days
}

const unit = (kind: DayKind) => (kind === 'calendar' ? '个自然日' : '个工作日');
const say = (limit: Limit) => `${limit.days} ${unit(limit.kind)}`;

/** The fewest calendar days that n working days can take: every full week adds a weekend. */
function fewestCalendarDays(workingDays: number): number {
  return workingDays <= 0 ? 0 : workingDays + 2 * Math.floor((Math.ceil(workingDays) - 1) / 5);
}

/**
 * How a promise compares with the statutory limit when the two may be counted in different days.
 * Decided, conservatively, so that an error is always certain:
 * - same kind: compared directly;
 * - promise in working days, statutory in calendar days: the promise takes at least its days plus
 *   the weekends between them (holidays only add more), so it certainly exceeds when that minimum does;
 * - promise in calendar days, statutory in working days: the statutory limit spans an unknown number of
 *   calendar days (holidays), so a promise with more days than the statutory number is only a warning
 *   asking to state both in one kind of day; no more days than that can never exceed.
 */
function compare(promised: Limit, statutory: Limit): 'within' | 'exceeds' | 'units-differ' {
  if (promised.kind === statutory.kind) return promised.days > statutory.days ? 'exceeds' : 'within';
  if (promised.kind === 'working') return fewestCalendarDays(promised.days) > statutory.days ? 'exceeds' : 'within';
  return promised.days > statutory.days ? 'units-differ' : 'within';
}

function atLeast(limit: Limit, other: Limit): string {
  return limit.kind === 'working' && other.kind === 'calendar' ? `（至少 ${fewestCalendarDays(limit.days)} 个自然日）` : '';
}

/**
 * 承诺办结时限 never exceeds 法定办结时限, nor does a per-case limit (分情形办结时限), and the process
 * steps fit inside the promise. A per-case limit over the statutory one is a warning: a law may set a
 * case its own limit (补证、延续) and time for 听证、检测 is not counted, so it is doubtful, not certain.
 */
export const timeLimitsRule: QualityRule = {
  id,
  title: '办结时限',
  check(guide) {
    const findings: Finding[] = [];
    const statutory = guide.statutoryDays === undefined ? undefined : { days: guide.statutoryDays, kind: guide.statutoryDayKind ?? 'working' };
    const promised = guide.promisedDays === undefined ? undefined : { days: guide.promisedDays, kind: guide.promisedDayKind ?? 'working' };

    if (promised && statutory) {
      const result = compare(promised, statutory);
      if (result === 'exceeds') {
        findings.push(
          error('promisedDays', `承诺办结时限 ${say(promised)}${atLeast(promised, statutory)}超过法定办结时限 ${say(statutory)}：承诺时限应不超过法定时限`),
        );
      } else if (result === 'units-differ') {
        findings.push(
          warning(
            'promisedDayKind',
            `承诺办结时限 ${say(promised)}多于法定办结时限 ${say(statutory)}，两者计算单位不同，无法确认是否超过法定时限：请按同一单位（工作日或自然日）填写`,
          ),
        );
      }
    }
    if (promised && statutory === undefined && isBlank(guide.timeLimitNote)) {
      findings.push(warning('statutoryDays', '未填写法定办结时限：请填写法律法规规定的时限；没有法定时限的，请在时限说明中写明“无法定时限”'));
    }

    (guide.caseTimeLimits ?? []).forEach((limit, i) => {
      if (limit.days === undefined || statutory === undefined) return;
      const caseLimit = { days: limit.days, kind: limit.dayKind ?? 'working' };
      const result = compare(caseLimit, statutory);
      if (result === 'within') return;
      findings.push(
        warning(
          `caseTimeLimits.${i}.days`,
          `情形“${limit.case}”的办结时限 ${say(caseLimit)}${atLeast(caseLimit, statutory)}${result === 'exceeds' ? '超过' : '多于'}法定办结时限 ${say(statutory)}：` +
            '该情形另有法定时限的，请在说明中注明依据；否则应不超过法定时限',
        ),
      );
    });

    const stepDays = (guide.process ?? []).reduce((sum, step) => sum + (step.days ?? 0), 0);
    // Steps are counted in working days; more working days than the promise's days exceed it in either kind.
    if (promised && stepDays > promised.days) {
      findings.push(
        warning('process', `办理流程各环节时限合计 ${stepDays} 个工作日，超过承诺办结时限 ${say(promised)}：请核对各环节时限`),
      );
    }
    return findings;
  },
};
