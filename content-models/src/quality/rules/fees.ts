import { findingsOf, type Finding, type QualityRule } from '../finding.ts';
import { readBasis } from './legal-instrument.ts';
import { isMissing } from './placeholder-text.ts';

const id = 'fees';
const { error, warning } = findingsOf(id);

/**
 * A priced item states each fee with its basis (收费依据) and its standard (收费标准); 「无」「/」
 * count as missing, and a unit's own rules or meeting minutes are no basis for charging. An unknown
 * 是否收费 is never read as 否: fees listed under it are checked as if the item were priced, and the
 * missing answer itself is reported by one-time-notice.
 */
export const feesRule: QualityRule = {
  id,
  title: '收费依据和收费标准',
  check(guide) {
    const fees = guide.fees ?? [];
    if (guide.charged === false) {
      return fees.length > 0
        ? [warning('charged', `“是否收费”为否，却列有 ${fees.length} 项收费项目：请改为“是”或删除收费项目`)]
        : [];
    }
    if (guide.charged === true && fees.length === 0) {
      return [error('fees', '“是否收费”为是，但未列收费项目：请逐项填写收费项目名称、收费标准和收费依据')];
    }
    const findings: Finding[] = [];
    fees.forEach((fee, i) => {
      const name = fee.name?.trim() ? `收费项目“${fee.name.trim()}”` : `第 ${i + 1} 项收费项目`;
      const basis = fee.basis?.trim();
      if (isMissing(basis)) {
        const what = basis ? `的收费依据“${basis}”等于未填写` : '未填写收费依据';
        findings.push(error(`fees.${i}.basis`, `${name}${what}：请填写设定收费的法律法规或价格主管部门文件及文号，如“粤价〔2017〕1 号”`));
      } else {
        const reading = readBasis(basis!);
        if (reading.kind === 'not-legal') {
          findings.push(
            error(`fees.${i}.basis`, `${name}的收费依据“${basis}”属于${reading.what}，不能作为收费依据：请填写设定收费的法律法规或价格主管部门文件及文号`),
          );
        }
      }
      const standard = fee.standard?.trim();
      if (isMissing(standard)) {
        const what = standard ? `的收费标准“${standard}”等于未填写` : '未填写收费标准';
        findings.push(error(`fees.${i}.standard`, `${name}${what}：请填写金额或计算方法，如“每件 10 元”`));
      }
      if (fee.reducible === true && isMissing(fee.reductionBasis)) {
        findings.push(warning(`fees.${i}.reductionBasis`, `${name}允许减免，但未填写减免依据`));
      }
    });
    return findings;
  },
};
