import type { Material } from '../../guide/guide-schema.ts';
import { findingsOf, type Finding, type QualityRule } from '../finding.ts';
import { isDemandedFromApplicant } from './material.ts';

const id = 'duplicate-materials';
const { error, warning } = findingsOf(id);

/**
 * The same material listed twice asks the applicant for it twice (重复提交材料; 避免重复提交材料和循环证明).
 * Names are compared after normalising what does not change the material: spaces, full-width and
 * half-width forms, bracket and quote styles. Demanded twice unconditionally it is an error; when
 * either listing is 视情况提供 it may belong to another case (the agent's 身份证 beside the
 * applicant's), so it is a warning asking to name the case.
 */
export function normalisedMaterialName(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[【〔［\[{｛〈<]/gu, '(')
    .replace(/[】〕］\]}｝〉>]/gu, ')')
    .replace(/[《》“”"'‘’「」『』]/gu, '')
    .replace(/[。.；;，,、:：]+$/u, '')
    .toLowerCase();
}

export const duplicateMaterialsRule: QualityRule = {
  id,
  title: '申请材料不得重复',
  check(guide) {
    const findings: Finding[] = [];
    const firstByName = new Map<string, { material: Material; index: number }>();
    (guide.materials ?? []).forEach((material, i) => {
      if (!isDemandedFromApplicant(material) || !material.name?.trim()) return;
      const key = normalisedMaterialName(material.name);
      const first = firstByName.get(key);
      if (first === undefined) {
        firstByName.set(key, { material, index: i });
        return;
      }
      const name = material.name.trim();
      const firstName = first.material.name.trim();
      const same = firstName === name ? `与第 ${first.index + 1} 项同名` : `与第 ${first.index + 1} 项“${firstName}”是同一材料`;
      if (material.necessity === 'conditional' || first.material.necessity === 'conditional') {
        findings.push(
          warning(`materials.${i}.name`, `第 ${i + 1} 项申请材料“${name}”${same}：如属不同情形（如代理人的身份证），请在名称中写明情形；否则请删除重复项`),
        );
      } else {
        findings.push(error(`materials.${i}.name`, `第 ${i + 1} 项申请材料“${name}”${same}：同一材料只列一次，不得要求申请人重复提交，请删除重复项`));
      }
    });
    return findings;
  },
};
