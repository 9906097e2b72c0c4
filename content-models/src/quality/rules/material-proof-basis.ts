import { findingsOf, type Finding, type QualityRule } from '../finding.ts';
import { readBasis } from './legal-instrument.ts';
import { isDemandedFromApplicant, materialLabel } from './material.ts';
import { isMissing } from './placeholder-text.ts';
import { proofDemandIn, type ProofDemand } from './proof-demand.ts';

const id = 'material-proof-basis';
const { error } = findingsOf(id);

/**
 * 法无授权不可为: 除法律、法规和规章等规定以外的其他证明和盖章环节原则上一律取消. A certificate or
 * stamp the applicant must bring needs a basis, and that basis must be a law, regulation, rule or
 * 国务院决定 — a unit's own rules, meeting minutes, custom or "need" are errors. A basis the words
 * cannot place (a ministry's 通知, a document number) passes: the seeds' 「法律、法规和规章等规定」 and
 * 「确需…作出明确规定」 leave room for them, and flagging every one would bury the real 奇葩证明.
 */
export const materialProofBasisRule: QualityRule = {
  id,
  title: '证明和盖章材料须有法定依据',
  check(guide, options) {
    const findings: Finding[] = [];
    (guide.materials ?? []).forEach((material, i) => {
      if (!isDemandedFromApplicant(material)) return;
      const demand = proofDemandIn(material, guide, options?.proofWords);
      if (demand === undefined) return;
      const label = `${materialLabel(material, i)}${demandWording(demand)}`;
      const path = `materials.${i}.basis`;
      if (isMissing(material.basis)) {
        const value = material.basis?.trim() ? `依据为“${material.basis.trim()}”，等于未填写` : '未填写要求提供的依据';
        findings.push(error(path, `${label}，但${value}：除法律、法规、规章规定外的证明和盖章一律取消（法无授权不可为），请填写法律、法规、规章的名称和条款，或删除该材料`));
        return;
      }
      const basis = material.basis!.trim();
      const reading = readBasis(basis);
      if (reading.kind === 'not-legal') {
        findings.push(
          error(path, `${label}，其依据“${basis}”属于${reading.what}，不是法律、法规、规章或国务院决定：请填写法律、法规、规章的名称和条款，或删除该材料（法无授权不可为）`),
        );
      }
    });
    return findings;
  },
};

function demandWording(demand: ProofDemand): string {
  return demand.field === 'name' ? `涉及“${demand.word}”` : `的材料要求涉及“${demand.word}”`;
}
