import { findingsOf, type Finding, type QualityRule } from '../finding.ts';
import { isCatchAll } from './catch-all-materials.ts';
import { isDemandedFromApplicant, materialLabel } from './material.ts';

const id = 'material-necessity';
const { warning } = findingsOf(id);

/**
 * 未说明 is what the source said about a material's necessity, kept as unknown rather than
 * published as 必需. The applicant still needs to know, so it is a warning, not an error.
 */
export const materialNecessityRule: QualityRule = {
  id,
  title: '申请材料是否必需',
  check(guide) {
    const findings: Finding[] = [];
    (guide.materials ?? []).forEach((material, i) => {
      if (!isDemandedFromApplicant(material)) return;
      if (isCatchAll(material.name ?? '')) return; // to be removed, reported by catch-all-materials
      if (material.necessity === undefined || material.necessity === 'unspecified') {
        findings.push(warning(`materials.${i}.necessity`, `${materialLabel(material, i)}未说明是否必需：请选择“必需”“容缺”或“视情况提供”`));
      }
    });
    return findings;
  },
};
