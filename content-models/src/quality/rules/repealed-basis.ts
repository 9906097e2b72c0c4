import { guideCitations, type CitingPart } from '../../laws/guide-citations.ts';
import { citesEntry } from '../../laws/register.ts';
import { findingsOf, type Finding, type QualityRule, type RepealedLaw } from '../finding.ts';

const id = 'repealed-basis';
const { error, warning } = findingsOf(id);

const partLabel: Record<CitingPart, string> = { legalBasis: '设定依据', material: '材料依据', fee: '收费依据', intermediary: '中介服务设定依据' };

function repealedText(law: RepealedLaw): string {
  return `《${law.name}》${law.documentNumber ? `（${law.documentNumber}）` : ''}已废止${law.repealedOn ? `（${law.repealedOn}废止）` : ''}`;
}

/**
 * A basis citing an instrument the law register marks 已废止. The register is outside the guide, so
 * the caller passes its repealed entries (`options.repealedLaws`); without them the rule finds
 * nothing. When every 设定依据 of the item is repealed the item has no legal basis left — an error,
 * as a missing basis is; any other repealed citation is a warning for the unit to update.
 */
export const repealedBasisRule: QualityRule = {
  id,
  title: '依据已废止',
  check(guide, options) {
    const repealed = options?.repealedLaws ?? [];
    if (repealed.length === 0) return [];
    const citations = guideCitations(guide);
    const basisRows = citations.filter((c) => c.part === 'legalBasis');
    const repealedOf = (c: (typeof citations)[number]) => repealed.find((law) => citesEntry(c, law));
    const noBasisLeft = basisRows.length > 0 && basisRows.every((c) => repealedOf(c)) && basisRows.length === (guide.legalBasis ?? []).length;
    const findings: Finding[] = [];
    for (const citation of citations) {
      const law = repealedOf(citation);
      if (!law) continue;
      const where = `${partLabel[citation.part]}${citation.label ? `“${citation.label}”` : ''}引用的${repealedText(law)}`;
      if (citation.part === 'legalBasis' && noBasisLeft) {
        findings.push(error(citation.path, `${where}，本事项已没有现行有效的设定依据：请改为现行的法律法规，或按程序取消本事项`));
      } else {
        findings.push(warning(citation.path, `${where}：请核实后改为现行有效的依据`));
      }
    }
    return findings;
  },
};
