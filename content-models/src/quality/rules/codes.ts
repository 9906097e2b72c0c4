import {
  basicCodeLength,
  defaultCodeFormat,
  implementationCodeLength,
  validateBasicCode,
  validateCreditCode,
  validateImplementationCode,
  validateRegionCode,
  type CodeCheck,
} from '../../codes/index.ts';
import { findingsOf, isBlank, type Finding, type QualityRule } from '../finding.ts';

const id = 'codes';
const { error, warning } = findingsOf(id);

/** Codes follow the coding rules (同一事项、同一标准、同一编码). */
export const codesRule: QualityRule = {
  id,
  title: '编码规则',
  check(guide, options) {
    const format = options?.codeFormat ?? defaultCodeFormat;
    const findings: Finding[] = [];
    const report = (path: string, check: CodeCheck) => {
      if (!check.ok) findings.push(error(path, check.message));
    };
    if (isBlank(guide.basicCode)) {
      findings.push(error('basicCode', `未填写基本编码：应为 ${basicCodeLength(format)} 位`));
    } else {
      report('basicCode', validateBasicCode(guide.basicCode!, format));
    }
    if (isBlank(guide.implementationCode)) {
      const length = implementationCodeLength(format);
      findings.push(error('implementationCode', `未填写实施编码：应为 ${length} 位（统一社会信用代码 + 行使层级 + 基本编码）`));
    } else {
      report('implementationCode', validateImplementationCode(guide.implementationCode!, format));
    }
    if (guide.unit && isBlank(guide.unit.creditCode)) {
      findings.push(warning('unit.creditCode', `实施主体“${guide.unit.name}”未填写统一社会信用代码（18 位）`));
    } else if (guide.unit) {
      report('unit.creditCode', validateCreditCode(guide.unit.creditCode!));
    }
    if (guide.region && !isBlank(guide.region.code)) report('region.code', validateRegionCode(guide.region.code));
    return findings;
  },
};
