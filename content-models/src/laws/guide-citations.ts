import type { GuideDraft } from '../guide/guide-schema.ts';
import { citationsIn, instrumentCitation, type Citation } from './citation.ts';

/** Where in a guide an instrument is cited. */
export type CitingPart = 'legalBasis' | 'material' | 'fee' | 'intermediary';

export interface GuideCitation extends Citation {
  part: CitingPart;
  /** Guide field path, as quality findings use: legalBasis.0.instrument, materials.2.basis. */
  path: string;
  /** The material's, fee's or service's name; the article for a 设定依据 row. */
  label?: string;
}

/**
 * Every instrument a guide cites: the item's 设定依据, each material's 依据, each fee's 收费依据 and
 * 减免依据, each intermediary service's 设定依据. One rule for the register's fill, the impact list
 * and the repealed-basis finding.
 */
export function guideCitations(guide: GuideDraft): GuideCitation[] {
  const out: GuideCitation[] = [];
  (guide.legalBasis ?? []).forEach((basis, i) => {
    const citation = instrumentCitation(basis?.instrument);
    if (citation) out.push({ ...citation, part: 'legalBasis', path: `legalBasis.${i}.instrument`, ...(basis.article?.trim() ? { label: basis.article.trim() } : {}) });
  });
  const free = (part: CitingPart, path: string, text: string | undefined, label: string | undefined) => {
    for (const citation of citationsIn(text)) out.push({ ...citation, part, path, ...(label?.trim() ? { label: label.trim() } : {}) });
  };
  (guide.materials ?? []).forEach((material, i) => free('material', `materials.${i}.basis`, material?.basis, material?.name));
  (guide.fees ?? []).forEach((fee, i) => {
    free('fee', `fees.${i}.basis`, fee?.basis, fee?.name);
    free('fee', `fees.${i}.reductionBasis`, fee?.reductionBasis, fee?.name);
  });
  (guide.intermediaryServices ?? []).forEach((service, i) => free('intermediary', `intermediaryServices.${i}.basis`, service?.basis, service?.name));
  return out;
}
