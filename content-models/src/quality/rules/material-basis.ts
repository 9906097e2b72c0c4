import { findingsOf, type Finding, type QualityRule } from '../finding.ts';
import { readBasis } from './legal-instrument.ts';
import { isCatchAll } from './catch-all-materials.ts';
import { isDemandedFromApplicant, materialLabel } from './material.ts';
import { isMissing } from './placeholder-text.ts';
import { proofDemandIn } from './proof-demand.ts';

const id = 'material-basis';
const { warning } = findingsOf(id);

/**
 * The exchange schema carries 要求提供材料的依据 for every material. Certificates and stamps are
 * judged strictly by material-proof-basis; for any other material a missing basis (「无」 included)
 * or one that is only a unit's own rule is a warning: incomplete or doubtful, not forbidden outright.
 */
export const materialBasisRule: QualityRule = {
  id,
  title: '申请材料的依据',
  check(guide, options) {
    const findings: Finding[] = [];
    (guide.materials ?? []).forEach((material, i) => {
      if (!isDemandedFromApplicant(material)) return;
      if (proofDemandIn(material, guide, options?.proofWords) !== undefined) return;
      if (isCatchAll(material.name ?? '')) return; // to be removed, reported by catch-all-materials
      const path = `materials.${i}.basis`;
      if (isMissing(material.basis)) {
        const given = material.basis?.trim();
        const what = given ? `的依据“${given}”等于未填写` : '未填写要求提供的依据';
        findings.push(warning(path, `${materialLabel(material, i)}${what}，请注明法律法规条款`));
        return;
      }
      const basis = material.basis!.trim();
      const reading = readBasis(basis);
      if (reading.kind === 'not-legal') {
        findings.push(
          warning(path, `${materialLabel(material, i)}的依据“${basis}”属于${reading.what}：除办事指南明确的条件外不得自行增加办事要求，请注明法律法规条款或删除该材料`),
        );
      }
    });
    return findings;
  },
};
