import { findingsOf, type Finding, type QualityRule } from '../finding.ts';
import { isDemandedFromApplicant, materialLabel } from './material.ts';

const id = 'catch-all-materials';
const { error } = findingsOf(id);

/**
 * 兜底材料 such as 「其他相关材料」「审批机关认为需要的其他材料」 let the office ask for anything later,
 * which the seeds forbid: 除办事指南明确的条件外，不得自行增加办事要求; materials are listed by name
 * (明确需要提交材料的名称、依据、格式、份数) and told once (一次性告知). 「其他」 alone is not enough —
 * 「其他共有人身份证明」 names real people — so the patterns need 其他 + a vague kind of paper, or
 * an office's discretion (认为需要、视情况要求).
 */
const catchAllPatterns: readonly RegExp[] = [
  /^(提供|提交)?(其他|其它)(相关|有关|必要|必需|必须|需要|所需|补充|应当提交|需要提供|需提供|需要提交)?的?(材料|资料|文件|证件|证明材料|证明)$/u,
  /(其他|其它)(相关|有关|必要|必需|补充)(的)?(材料|资料|文件|证件|证明)/u,
  /(认为|视情况|根据需要|根据实际需要|确有需要)[^，。；]{0,10}(需要|必要|要求|提供|提交|补充|的)[^，。；]{0,6}(材料|资料|文件|证件|证明)/u,
  /(规定|要求|需要|需)(提交|提供)?的(其他|其它)(材料|资料|文件|证件)/u,
  /(等|及)(其他|其它)?(相关|有关)(材料|资料|文件|证件)$/u,
];

/** 「无需提供其他相关材料」 promises the opposite of a catch-all. */
const waived = /(无需|无须|不需|不必|不用|不再|不得|免于|免予|免交)/u;

export function isCatchAll(text: string): boolean {
  const compact = text.replace(/\s+/gu, '');
  return !waived.test(compact) && catchAllPatterns.some((pattern) => pattern.test(compact));
}

export const catchAllMaterialsRule: QualityRule = {
  id,
  title: '不得设兜底材料',
  check(guide) {
    const findings: Finding[] = [];
    (guide.materials ?? []).forEach((material, i) => {
      if (!isDemandedFromApplicant(material)) return;
      const name = material.name?.trim() ?? '';
      if (isCatchAll(name)) {
        findings.push(
          error(`materials.${i}.name`, `${materialLabel(material, i)}是兜底材料：除办事指南明确的条件外不得自行增加办事要求，请逐项写明具体材料名称，或删除该项`),
        );
        return;
      }
      const clause = (material.requirements ?? '').split(/[。；;\n]/u).find((part) => isCatchAll(part.replace(/[，,、]/gu, '')));
      if (clause !== undefined) {
        findings.push(
          error(
            `materials.${i}.requirements`,
            `${materialLabel(material, i)}的材料要求“${clause.trim()}”是兜底条款：除办事指南明确的条件外不得自行增加办事要求，请写明具体材料或删除该句`,
          ),
        );
      }
    });
    return findings;
  },
};
