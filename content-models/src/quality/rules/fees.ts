import { findingsOf, isBlank, type Finding, type QualityRule } from '../finding.ts';

const id = 'fees';
const { error, warning } = findingsOf(id);

/** A priced item states each fee with its basis (收费依据) and its standard (收费标准). */
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
      if (isBlank(fee.basis)) {
        findings.push(error(`fees.${i}.basis`, `${name}未填写收费依据：请填写设定收费的法律法规或文件及文号`));
      }
      if (isBlank(fee.standard)) {
        findings.push(error(`fees.${i}.standard`, `${name}未填写收费标准：请填写金额或计算方法，如“每件 10 元”`));
      }
      if (fee.reducible === true && isBlank(fee.reductionBasis)) {
        findings.push(warning(`fees.${i}.reductionBasis`, `${name}允许减免，但未填写减免依据`));
      }
    });
    return findings;
  },
};
