import { citesEntry, guideCitations, type GuideCitation, type RegisterEntry } from '@catalog/content-models';
import type { PayloadRequest } from 'payload';
import { toGuideDraft } from '../guide/toGuideDraft.ts';
import { idOf, text, type Doc, type Id } from '../workflow/docs.ts';

/** A catalog item or implementation and the instruments it cites, read from its newest version. */
export interface CitingDoc {
  collection: 'catalog-items' | 'implementations';
  id: Id;
  name: string;
  code?: string;
  unit?: Id;
  catalogItem?: Id;
  citations: GuideCitation[];
}

/**
 * Every catalog item (设定依据) and implementation (材料、收费、中介服务依据) with its citations, as
 * the newest version holds them (drafts included: a unit working on a guide is affected too). With
 * `asUser`, only what that user may read (the Local API applies their access); otherwise all.
 */
export async function loadCitingDocs(req: PayloadRequest, asUser: boolean): Promise<CitingDoc[]> {
  const access = asUser ? { overrideAccess: false, user: req.user } : { overrideAccess: true };
  const common = { depth: 0, limit: 0, pagination: false, draft: true, req, ...access } as const;
  const [items, implementations] = await Promise.all([
    req.payload.find({ collection: 'catalog-items', ...common, select: { name: true, basicCode: true, unit: true, legalBasis: true } as never }),
    req.payload.find({ collection: 'implementations', ...common, select: { name: true, implementationCode: true, unit: true, catalogItem: true, materials: true, fees: true, intermediaryServices: true } as never }),
  ]);
  const out: CitingDoc[] = [];
  for (const item of items.docs as unknown as Doc[]) {
    const citations = guideCitations(toGuideDraft({ implementation: {}, catalogItem: item }));
    out.push({ collection: 'catalog-items', id: item.id as Id, name: text(item.name) ?? '', code: text(item.basicCode), unit: idOf(item.unit), citations });
  }
  for (const impl of implementations.docs as unknown as Doc[]) {
    const citations = guideCitations(toGuideDraft({ implementation: impl })).filter((c) => c.part !== 'legalBasis');
    out.push({ collection: 'implementations', id: impl.id as Id, name: text(impl.name) ?? '', code: text(impl.implementationCode), unit: idOf(impl.unit), catalogItem: idOf(impl.catalogItem), citations });
  }
  return out;
}

/** The citations of one register entry in a document. */
export const citationsOf = (doc: CitingDoc, entry: RegisterEntry): GuideCitation[] => doc.citations.filter((c) => citesEntry(c, entry));

/** The register entry of a law document. */
export const entryOf = (law: Doc): RegisterEntry => ({ key: String(law.key ?? ''), documentNumber: text(law.documentNumber) ?? null });
