import { findingsOf, isBlank, type Finding, type QualityRule } from '../finding.ts';
import { isDemandedFromApplicant, materialLabel } from './material.ts';
import { proofOrStampWordIn } from './material-proof-basis.ts';

const id = 'material-basis';
const { warning } = findingsOf(id);

/**
 * The exchange schema carries 要求提供材料的依据 for every material. Certificates and stamps
 * without one are errors (material-proof-basis); any other material without one is a warning.
 */
export const materialBasisRule: QualityRule = {
  id,
  title: '申请材料的依据',
  check(guide, options) {
    const findings: Finding[] = [];
    (guide.materials ?? []).forEach((material, i) => {
      if (!isDemandedFromApplicant(material) || !isBlank(material.basis)) return;
      if (proofOrStampWordIn(material, options?.proofWords) !== undefined) return;
      findings.push(warning(`materials.${i}.basis`, `${materialLabel(material, i)}未填写要求提供的依据，请注明法律法规条款`));
    });
    return findings;
  },
};
