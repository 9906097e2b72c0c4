import { checkGuide, diffGuides, type FieldChange, type Finding, type GuideDraft } from '@catalog/content-models';
import type { PayloadRequest } from 'payload';
import { toGuideDraft } from '../guide/toGuideDraft.ts';
import { idOf, type Doc, type Id } from './docs.ts';
import { loadRepealedLaws } from '../laws/repealed.ts';
import { cachedRead, docKey } from './readCache.ts';

/** The documents a guide is made of, read as the system (drafts included), inside `req`'s transaction. */
export interface GuideDocs {
  implementation: Doc;
  catalogItem: Doc | null;
  unit: Doc | null;
  region: Doc | null;
}

/** One document read as the system inside `req`'s transaction, or null when there is none. */
export async function byId(req: PayloadRequest, collection: 'implementations' | 'catalog-items' | 'units' | 'regions', id: Id | undefined, draft = false): Promise<Doc | null> {
  if (id === undefined) return null;
  const scope = collection === 'units' || collection === 'regions' ? 'stable' : 'row';
  return cachedRead(req, scope, docKey(collection, id, draft), async () => {
    try {
      return (await req.payload.findByID({ collection, id, draft, depth: 0, overrideAccess: true, req })) as unknown as Doc;
    } catch {
      return null;
    }
  });
}

/** The newest draft (`draft: true`) or the published document (`draft: false`, null if never published). */
export async function loadGuideDocs(req: PayloadRequest, implementationId: Id, draft: boolean): Promise<GuideDocs | null> {
  return cachedRead(req, 'row', guideKey(implementationId, draft), () => readGuideDocs(req, implementationId, draft));
}

/** The cache key of loadGuideDocs: a caller that has just created a guide as a draft knows it has no published version. */
export const guideKey = (implementationId: Id, draft: boolean): string => `guide:${docKey('implementations', implementationId, draft)}`;

async function readGuideDocs(req: PayloadRequest, implementationId: Id, draft: boolean): Promise<GuideDocs | null> {
  const implementation = await byId(req, 'implementations', implementationId, draft);
  if (!implementation || (!draft && implementation._status !== 'published')) return null;
  const catalogItem = await byId(req, 'catalog-items', idOf(implementation.catalogItem), draft);
  return {
    implementation,
    catalogItem,
    unit: await byId(req, 'units', idOf(implementation.unit)),
    region: await byId(req, 'regions', idOf(implementation.region)),
  };
}

export async function latestVersionId(req: PayloadRequest, collection: 'implementations' | 'catalog-items', parent: Id): Promise<string | undefined> {
  return cachedRead(req, 'row', `versions:${collection}:${String(parent)}`, () => readLatestVersionId(req, collection, parent));
}

async function readLatestVersionId(req: PayloadRequest, collection: 'implementations' | 'catalog-items', parent: Id): Promise<string | undefined> {
  const found = await req.payload.findVersions({
    collection,
    where: { parent: { equals: parent } },
    sort: '-updatedAt',
    limit: 1,
    // No count of all the versions: only the newest is wanted (the limit still applies).
    pagination: false,
    depth: 0,
    overrideAccess: true,
    // Only the id is wanted: one column instead of the whole guide with its arrays (a third of the time).
    select: { version: { _status: true } },
    req,
  });
  const id = found.docs[0]?.id;
  return id === undefined ? undefined : String(id);
}

export interface Proposal {
  proposedVersion: GuideDraft;
  changes: FieldChange[];
  findings: Finding[];
  implementationVersion?: string;
  catalogItemVersion?: string;
  /** Reasons the proposal cannot be submitted as it stands (Chinese). */
  blockers: string[];
}

/**
 * What an adjustment proposes: the implementation's newest draft as a guide, its field-level
 * difference from the published guide, the quality findings, and the exact versions that will be
 * published on approval (later edits of the draft need a new submission). The catalog item's
 * version is part of the proposal only when the guide's unit owns the item (目录清单 is its
 * 责任单位's to change); a guide of another unit's item needs that item to be public already.
 * A cancellation proposes the published guide unchanged.
 */
export async function buildProposal(req: PayloadRequest, implementationId: Id, kind: string): Promise<Proposal | null> {
  // The adjustment's hook and the submission propose the same guide: with a shared cache, built once.
  return cachedRead(req, 'row', `proposal:${String(implementationId)}:${kind}`, () => proposalOf(req, implementationId, kind));
}

async function proposalOf(req: PayloadRequest, implementationId: Id, kind: string): Promise<Proposal | null> {
  const published = await loadGuideDocs(req, implementationId, false);
  const publishedGuide = published ? toGuideDraft(published) : undefined;
  if (kind === 'cancel') {
    return publishedGuide ? { proposedVersion: publishedGuide, changes: [], findings: [], blockers: [] } : null;
  }
  const draft = await loadGuideDocs(req, implementationId, true);
  if (!draft) return null;
  const proposedVersion = toGuideDraft(draft);
  const catalogItemId = idOf(draft.implementation.catalogItem);
  const ownsItem = draft.catalogItem !== null && String(idOf(draft.catalogItem.unit)) === String(idOf(draft.implementation.unit));
  const blockers: string[] = [];
  if (!ownsItem) {
    const item = catalogItemId === undefined ? null : await byId(req, 'catalog-items', catalogItemId);
    if (item?._status !== 'published') blockers.push('办事指南所属的目录清单事项尚未发布：须由事项的责任单位先提交新增并经审核。');
  }
  return {
    proposedVersion,
    changes: diffGuides(publishedGuide, proposedVersion),
    findings: checkGuide(proposedVersion, { repealedLaws: await cachedRead(req, 'stable', 'laws:repealed', () => loadRepealedLaws(req.payload, req)) }),
    implementationVersion: await latestVersionId(req, 'implementations', implementationId),
    catalogItemVersion: ownsItem && catalogItemId !== undefined ? await latestVersionId(req, 'catalog-items', catalogItemId) : undefined,
    blockers,
  };
}
