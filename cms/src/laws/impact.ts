import { guideCitations, type CitingPart } from '@catalog/content-models';
import type { PayloadRequest } from 'payload';
import type { Doc, Id } from '../workflow/docs.ts';
import { citationsOf, entryOf, loadCitingDocs, type CitingDoc } from './citing.ts';

const partLabels: Record<CitingPart, string> = { legalBasis: '设定依据', material: '申请材料依据', fee: '收费依据', intermediary: '中介服务依据' };

export interface ImpactCitation {
  part: CitingPart;
  partLabel: string;
  path: string;
  label?: string;
}

export interface ImpactLine {
  collection: 'catalog-items' | 'implementations';
  id: Id;
  name: string;
  code?: string;
  unit?: Id;
  /** Implementations: cited through their catalog item's 设定依据, their own elements, or both. */
  via?: ('item' | 'own')[];
  citations: ImpactCitation[];
}

export interface LawImpact {
  catalogItems: ImpactLine[];
  implementations: ImpactLine[];
}

const toCitation = (c: ReturnType<typeof guideCitations>[number]): ImpactCitation => ({ part: c.part, partLabel: partLabels[c.part], path: c.path, ...(c.label ? { label: c.label } : {}) });

/**
 * Who cites the law: catalog items by their 设定依据; implementations by their own materials, fees
 * and intermediary services, and every implementation of a citing item (its guide rests on that
 * basis).
 */
export function impactOf(docs: readonly CitingDoc[], law: Doc): LawImpact {
  const entry = entryOf(law);
  const catalogItems: ImpactLine[] = [];
  const citingItems = new Set<string>();
  for (const doc of docs) {
    if (doc.collection !== 'catalog-items') continue;
    const found = citationsOf(doc, entry);
    if (found.length === 0) continue;
    citingItems.add(String(doc.id));
    catalogItems.push({ collection: doc.collection, id: doc.id, name: doc.name, code: doc.code, unit: doc.unit, citations: found.map(toCitation) });
  }
  const implementations: ImpactLine[] = [];
  for (const doc of docs) {
    if (doc.collection !== 'implementations') continue;
    const found = citationsOf(doc, entry);
    const viaItem = doc.catalogItem !== undefined && citingItems.has(String(doc.catalogItem));
    if (found.length === 0 && !viaItem) continue;
    const via: ('item' | 'own')[] = [...(viaItem ? (['item'] as const) : []), ...(found.length ? (['own'] as const) : [])];
    implementations.push({ collection: doc.collection, id: doc.id, name: doc.name, code: doc.code, unit: doc.unit, via, citations: found.map(toCitation) });
  }
  return { catalogItems, implementations };
}

/** The impact over the newest versions; with `asUser`, only what the requesting user may read. */
export async function loadLawImpact(req: PayloadRequest, law: Doc, asUser: boolean): Promise<LawImpact> {
  return impactOf(await loadCitingDocs(req, asUser), law);
}
