import {
  defaultCodeFormat,
  parseImplementationCode,
  regionCodeLevelLabels,
  regionLevelOfCode,
  splitBasicCode,
  validateBasicCode,
  validateImplementationCode,
} from '../../codes/index.ts';
import { itemTypes, levels } from '../../vocabularies/index.ts';
import { findingsOf, type Finding, type QualityRule } from '../finding.ts';

const id = 'code-consistency';
const { warning } = findingsOf(id);

/**
 * Codes that embed other fields agree with them. Warnings, not errors: how codes compose is
 * inferred from published examples (DOMAIN.md §7), and only valid codes are compared.
 */
export const codeConsistencyRule: QualityRule = {
  id,
  title: '编码与事项信息一致',
  check(guide, options) {
    const format = options?.codeFormat ?? defaultCodeFormat;
    const findings: Finding[] = [];
    const { basicCode, implementationCode, itemType, level, unit, region } = guide;

    if (basicCode && itemType && validateBasicCode(basicCode, format).ok) {
      const segment = splitBasicCode(basicCode, format).itemType;
      if (segment !== undefined && segment !== itemType) {
        findings.push(
          warning('basicCode', `基本编码“${basicCode}”中的事项类型码“${segment}”与事项类型“${itemTypes.label(itemType)}”（${itemType}）不一致`),
        );
      }
    }

    const parts = implementationCode && validateImplementationCode(implementationCode, format).ok
      ? parseImplementationCode(implementationCode, format)
      : undefined;
    if (parts) {
      if (unit?.creditCode && parts.creditCode !== unit.creditCode) {
        findings.push(
          warning('implementationCode', `实施编码前 18 位“${parts.creditCode}”与实施主体统一社会信用代码“${unit.creditCode}”不一致`),
        );
      }
      if (level && parts.level !== level) {
        findings.push(warning('implementationCode', `实施编码第 19 位行使层级“${parts.level}”与行使层级“${levels.label(level)}”（${level}）不一致`));
      }
      if (basicCode && parts.basicCode !== basicCode) {
        findings.push(warning('implementationCode', `实施编码后 ${parts.basicCode.length} 位“${parts.basicCode}”与基本编码“${basicCode}”不一致`));
      }
    }

    const codeLevel = region?.code ? regionLevelOfCode(region.code) : undefined;
    if (region && codeLevel && codeLevel !== region.level) {
      findings.push(
        warning('region.level', `区划“${region.name}”的代码“${region.code}”是${regionCodeLevelLabels[codeLevel]}，与所填层级“${regionCodeLevelLabels[region.level]}”不一致`),
      );
    }
    return findings;
  },
};
