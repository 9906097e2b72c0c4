import { findingsOf, isBlank, type Finding, type QualityRule } from '../finding.ts';

const id = 'time-limits';
const { error, warning } = findingsOf(id);

/** 承诺办结时限 never exceeds 法定办结时限, and the process steps fit inside the promise. */
export const timeLimitsRule: QualityRule = {
  id,
  title: '办结时限',
  check(guide) {
    const findings: Finding[] = [];
    const { statutoryDays, promisedDays } = guide;
    if (promisedDays !== undefined && statutoryDays !== undefined && promisedDays > statutoryDays) {
      findings.push(
        error(
          'promisedDays',
          `承诺办结时限 ${promisedDays} 个工作日超过法定办结时限 ${statutoryDays} 个工作日：承诺时限应不超过法定时限`,
        ),
      );
    }
    if (promisedDays !== undefined && statutoryDays === undefined && isBlank(guide.timeLimitNote)) {
      findings.push(warning('statutoryDays', '未填写法定办结时限：请填写法律法规规定的工作日数；没有法定时限的，请在时限说明中写明“无法定时限”'));
    }
    const stepDays = (guide.process ?? []).reduce((sum, step) => sum + (step.days ?? 0), 0);
    if (promisedDays !== undefined && stepDays > promisedDays) {
      findings.push(
        warning('process', `办理流程各环节时限合计 ${stepDays} 个工作日，超过承诺办结时限 ${promisedDays} 个工作日：请核对各环节时限`),
      );
    }
    return findings;
  },
};
