import { findingsOf, isBlank, type Finding, type QualityRule } from '../finding.ts';
import type { Material } from '../../guide/guide-schema.ts';
import { isDemandedFromApplicant, materialLabel } from './material.ts';

const id = 'material-proof-basis';
const { error } = findingsOf(id);

/** Words in a material's name or requirements that make it a certificate or a stamp demand. */
export const proofOrStampWords: readonly string[] = ['证明', '盖章', '公章', '印章', '签章'];

export function proofOrStampWordIn(material: Material, words: readonly string[] = proofOrStampWords): string | undefined {
  const text = `${material.name ?? ''} ${material.requirements ?? ''}`;
  return words.find((word) => text.includes(word));
}

/**
 * 法无授权不可为: a certificate or stamp the applicant must bring needs its own legal basis,
 * otherwise it is to be removed (no 奇葩证明 / 循环证明).
 */
export const materialProofBasisRule: QualityRule = {
  id,
  title: '证明和盖章材料须有依据',
  check(guide, options) {
    const findings: Finding[] = [];
    (guide.materials ?? []).forEach((material, i) => {
      if (!isDemandedFromApplicant(material) || !isBlank(material.basis)) return;
      const word = proofOrStampWordIn(material, options?.proofWords);
      if (word === undefined) return;
      findings.push(
        error(
          `materials.${i}.basis`,
          `${materialLabel(material, i)}涉及“${word}”，但未填写要求提供的依据：除法律、法规、规章规定外的证明和盖章一律取消（法无授权不可为），请填写依据或删除该材料`,
        ),
      );
    });
    return findings;
  },
};
