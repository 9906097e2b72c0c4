import { findingsOf, type Finding, type QualityRule } from '../finding.ts';
import { isDemandedFromApplicant, materialLabel } from './material.ts';

const id = 'material-sharing';
const { error, warning } = findingsOf(id);

/**
 * 能通过共享获取的，不得要求申请人提供. A material already marked obtainable by sharing but
 * still demanded is an error; a government-issued one not marked at all is worth a second look.
 */
export const materialSharingRule: QualityRule = {
  id,
  title: '可共享获取的材料不再要求提交',
  check(guide) {
    const findings: Finding[] = [];
    (guide.materials ?? []).forEach((material, i) => {
      if (!isDemandedFromApplicant(material)) return;
      if (material.obtainableBySharing === true) {
        findings.push(
          error(
            `materials.${i}.demandedFromApplicant`,
            `${materialLabel(material, i)}可通过数据共享获取，却仍要求申请人提交：能共享获取的材料不得要求申请人提供，“仍要求申请人提交”应为“否”`,
          ),
        );
      } else if (material.source === 'government') {
        findings.push(
          warning(
            `materials.${i}.obtainableBySharing`,
            `${materialLabel(material, i)}由政府部门核发，未标明可通过数据共享获取：请核实能否共享获取，或只要求提供证照名称、文号、编码供查询`,
          ),
        );
      }
    });
    return findings;
  },
};
