import { findingsOf, isBlank, type Finding, type QualityRule } from '../finding.ts';
import type { GuideDraft } from '../../guide/guide-schema.ts';

const id = 'one-time-notice';
const { error, warning } = findingsOf(id);

/**
 * 一次性告知: a guide tells the applicant everything before it may be submitted. The legal basis
 * is part of this list too but has its own rule (legal-basis), so it is not reported twice.
 */
export const oneTimeNoticeRule: QualityRule = {
  id,
  title: '一次性告知要素齐全',
  check(guide) {
    const findings: Finding[] = [];
    const missing = (path: string, what: string) => findings.push(error(path, `未填写${what}：办事指南须一次性告知，该要素不能为空`));
    if (isBlank(guide.name)) missing('name', '事项名称');
    if (!guide.unit || isBlank(guide.unit.name)) missing('unit', '实施主体（办理单位）');
    if ((guide.process ?? []).length === 0) missing('process', '办理流程（至少一个环节）');
    if ((guide.materials ?? []).length === 0) missing('materials', '申请材料（无需材料的事项也请写明）');
    // A blank 是否收费 is unknown, never 否: the applicant must be told whether they pay.
    if (guide.charged === undefined) {
      findings.push(error('charged', '未填写是否收费：请填写“是”或“否”，来源未说明的不能按“不收费”公布（一次性告知要素）'));
    }
    // A 即办件 is done on the spot: its time limit is stated by the case type itself.
    if (guide.promisedDays === undefined && guide.caseType !== 'instant') missing('promisedDays', '承诺办结时限（即办件可选办件类型“即办件”或填 0）');
    if (isBlank(guide.consultPhone)) missing('consultPhone', '咨询电话');
    if (isBlank(guide.complaintPhone)) {
      findings.push(warning('complaintPhone', '未填写监督投诉电话：群众需要知道向谁投诉'));
    }
    findings.push(...locationFindings(guide));
    return findings;
  },
};

/** At least one location with both address and hours; others missing hours are only warned about. */
function locationFindings(guide: GuideDraft): Finding[] {
  const locations = guide.locations ?? [];
  if (locations.length === 0) {
    return [error('locations', '未填写办理地点：请至少填写一个办理地点及其地址和办公时间')];
  }
  const complete = locations.some((l) => !isBlank(l.address) && !isBlank(l.hours));
  const findings: Finding[] = [];
  locations.forEach((location, i) => {
    const name = location.name?.trim() ? `办理地点“${location.name.trim()}”` : `第 ${i + 1} 个办理地点`;
    const report = complete ? warning : error;
    if (isBlank(location.address)) findings.push(report(`locations.${i}.address`, `${name}未填写地址`));
    if (isBlank(location.hours)) findings.push(report(`locations.${i}.hours`, `${name}未填写办公时间，如“周一至周五 9:00–12:00，13:30–17:00”`));
  });
  return findings;
}
