import type { Payload, Where } from 'payload';
import {
  beijingDay,
  publicChanges,
  regionSchema,
  type CatalogEntry,
  type ItemRatings,
  type Consultation,
  type Cancellation,
  type PublicAdjustment,
  type PublicItem,
  type Region,
  type SiteSettings,
  type SnapshotMeta,
  type UnitRef,
} from '@catalog/content-models';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readTrustedSnapshotFile, writeSnapshot } from '@catalog/content-models/snapshot/snapshot-io.ts';
import type { Synonym } from '@catalog/content-models/search/synonyms.ts';
import type { PublicLaw } from '@catalog/content-models/laws/public-law.ts';
import { publicLaws } from '../laws/publicLaws.ts';
import { readSearchSynonyms } from '../globals/readSearchSynonyms.ts';
import { writeSnapshotDelta, type ChangedItem } from './snapshotDelta.ts';
import { toPublicItem } from './toPublicItem.ts';
import { cmsPublicBase, commentEndpoint, searchEndpoint } from './commentEndpoint.ts';
import { absoluteFileUrls } from '@catalog/content-models/guide/file-urls.ts';
import { localSiteUrl } from './siteUrl.ts';
import { itemRatings } from './itemRatings.ts';
import { findStored, populateOneLevel } from './storedDocs.ts';

type Doc = Record<string, unknown>;

export interface ExportResult {
  meta: SnapshotMeta;
  /** Published documents left out because they do not satisfy the snapshot schema. */
  skipped: { code: string; problems: string[] }[];
}

const PAGE_SIZE = 200;
/** Published guides are read in larger pages: each page query costs a fixed ~10–20 ms to build and plan, besides its rows. */
const GUIDE_PAGE_SIZE = 1000;

const idOf = (value: unknown): string | undefined =>
  value && typeof value === 'object' ? String((value as Doc).id) : value === null || value === undefined ? undefined : String(value);
const asDoc = (value: unknown): Doc | null => (value && typeof value === 'object' ? (value as Doc) : null);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/**
 * Every document of a collection, page by page, as the system sees it (published versions only
 * where drafts exist). Pages follow the id (`id > last`), not page numbers: an OFFSET makes the
 * database build and throw away every earlier row of the page query — with the guides' fourteen
 * array joins — so a 100,000-item export read ~25 million joined rows for 100,000 (deploy/QUERY-PLANS.md).
 * No count per page either (`pagination: false` keeps the limit).
 */
async function* allDocs(payload: Payload, collection: string, options: { where?: Where; depth?: number; published?: boolean } = {}) {
  let after: unknown;
  for (;;) {
    const where: Where | undefined = after === undefined ? options.where : { and: [...(options.where ? [options.where] : []), { id: { greater_than: after } }] };
    const result = await payload.find({
      collection: collection as 'units',
      where,
      depth: options.depth ?? 0,
      limit: PAGE_SIZE,
      pagination: false,
      draft: false,
      overrideAccess: true,
      sort: 'id',
    });
    for (const doc of result.docs) yield doc as unknown as Doc;
    if (result.docs.length < PAGE_SIZE) return;
    after = result.docs.at(-1)!.id;
  }
}

/**
 * The published implementations, each with its catalog item, unit, region and files populated (as
 * `depth: 1` reads them), in pages by id like `allDocs`. The next page is read while this one is
 * turned into items: the export waits on the database and works on the CPU at the same time.
 */
async function* publishedImplementations(payload: Payload, context: PublishedContext, where: Where) {
  const published: Where = { and: [{ _status: { equals: 'published' } }, where] };
  // Units, regions and files are few and shared by many guides: read once; catalog items per page.
  const known = new Map([
    ['units', context.unitsById],
    ['regions', context.regionsById],
  ]);
  const cache = new Set(['units', 'regions', 'media']);
  const page = async (after: unknown) => {
    const docs = await findStored(payload, 'implementations', after === undefined ? published : { and: [published, { id: { greater_than: after } }] }, GUIDE_PAGE_SIZE);
    await populateOneLevel(payload, 'implementations', docs, known, cache);
    return docs;
  };
  let next: Promise<Doc[]> | undefined = page(undefined);
  while (next) {
    const docs: Doc[] = await next;
    next = docs.length < GUIDE_PAGE_SIZE ? undefined : page(docs.at(-1)!.id);
    // Handled here so that a consumer stopping early leaves no unhandled rejection; awaited above otherwise.
    next?.catch(() => undefined);
    yield* docs;
  }
}

async function collect(payload: Payload, collection: string, options?: Parameters<typeof allDocs>[2]): Promise<Doc[]> {
  const docs: Doc[] = [];
  for await (const doc of allDocs(payload, collection, options)) docs.push(doc);
  return docs;
}

function toUnitRef(unit: Doc, unitsById: Map<string, Doc>): UnitRef {
  const supervisor = unitsById.get(idOf(unit.supervisor) ?? '');
  return {
    id: String(unit.id),
    name: String(unit.name),
    kind: unit.kind as UnitRef['kind'],
    creditCode: text(unit.creditCode),
    phone: text(unit.phone),
    address: text(unit.address),
    hours: text(unit.hours),
    supervisorName: text(supervisor?.name),
  };
}

function toPublicAdjustment(adjustment: Doc, implementation: Doc, unitName: string): PublicAdjustment | undefined {
  const publishedAt = text(adjustment.publishedAt);
  const effective = text(adjustment.effectiveDate) ?? publishedAt;
  if (!publishedAt || !effective) return undefined;
  return {
    id: String(adjustment.id),
    kind: adjustment.kind as PublicAdjustment['kind'],
    implementationCode: String(implementation.implementationCode),
    itemName: String(implementation.name),
    unitName,
    reason: String(adjustment.reason),
    basis: text(adjustment.basis),
    // Both are stored as instants; the public date is the Beijing day (22:49 UTC on the 7th is the 8th in Beijing).
    effectiveDate: beijingDay(effective),
    publishedAt: new Date(publishedAt).toISOString(),
    // The adjustment keeps the full diff for reviewers; the public record names public elements only.
    changes: publicChanges(adjustment.kind as PublicAdjustment['kind'], Array.isArray(adjustment.changes) ? (adjustment.changes as PublicAdjustment['changes']) : []),
  };
}

async function siteSettings(payload: Payload): Promise<SiteSettings> {
  const settings = (await payload.findGlobal({ slug: 'site-settings' as never, overrideAccess: true })) as unknown as Doc;
  return {
    siteName: text(settings.siteName) ?? '公共服务事项目录',
    regionName: text(settings.regionName) ?? '本地区',
    hotline: text(settings.hotline) ?? '12345',
    footer: text(settings.footer) ?? '',
    icp: text(settings.icp),
    publicSecurityFiling: text(settings.publicSecurityFiling),
    siteCode: text(settings.siteCode),
    baseUrl: text(settings.baseUrl) ?? process.env.SITE_URL ?? localSiteUrl(),
    commentEndpoint: commentEndpoint(),
    searchEndpoint: searchEndpoint(),
  };
}

/** What every item and the index files are built from, besides the implementations themselves. */
interface PublishedContext {
  unitsById: Map<string, Doc>;
  regionsById: Map<string, Doc>;
  units: UnitRef[];
  regions: Region[];
  settings: SiteSettings;
  consultations: Consultation[];
  /** 搜索同义词 (the shipped dictionary while the global was never saved). */
  synonyms: Synonym[];
  /** 法律法规库 (laws.json). */
  laws: PublicLaw[];
  /** 好差评 counts of approved ratings per published item. */
  ratings: ItemRatings[];
}

/** The index files of a snapshot, whole or incremental, from the context. */
const indexParts = ({ units, regions, consultations, settings, synonyms, laws, ratings }: PublishedContext) => ({ units, regions, consultations, settings, synonyms, laws, ratings });

async function publishedContext(payload: Payload, now: Date): Promise<PublishedContext> {
  const units = await collect(payload, 'units');
  const unitsById = new Map(units.map((u) => [String(u.id), u]));
  const regions = await collect(payload, 'regions');
  const regionsById = new Map(regions.map((r) => [String(r.id), r]));
  const regionList: Region[] = regions.flatMap((r) => {
    const parsed = regionSchema.safeParse({
      code: r.code,
      name: r.name,
      level: r.level,
      parentCode: text(regionsById.get(idOf(r.parent) ?? '')?.code),
    });
    return parsed.success ? [parsed.data] : [];
  });
  return {
    unitsById,
    regionsById,
    units: units.map((u) => toUnitRef(u, unitsById)),
    regions: regionList,
    settings: await siteSettings(payload),
    consultations: await openConsultations(payload, now),
    synonyms: (await readSearchSynonyms(payload)).synonyms,
    laws: await publicLaws(payload),
    ratings: await itemRatings(payload),
  };
}

type History = Map<string, { adjustment: Doc; entry: PublicAdjustment }[]>;

/** Published adjustments (with implementation and unit populated) as log entries, grouped by implementation. */
function adjustmentLog(publishedAdjustments: Doc[]): { log: PublicAdjustment[]; history: History } {
  const log: PublicAdjustment[] = [];
  const history: History = new Map();
  for (const adjustment of publishedAdjustments) {
    const implementation = asDoc(adjustment.implementation);
    const entry = implementation && toPublicAdjustment(adjustment, implementation, text(asDoc(adjustment.unit)?.name) ?? '');
    if (!implementation || !entry) continue;
    log.push(entry);
    const key = String(implementation.id);
    history.set(key, [...(history.get(key) ?? []), { adjustment, entry }]);
  }
  return { log, history };
}

/** Newest first; equal times keep the order of ids, as the full export reads them. */
function sortLog(log: PublicAdjustment[]): PublicAdjustment[] {
  const id = (a: PublicAdjustment) => (/^\d+$/.test(a.id) ? a.id.padStart(20, '0') : a.id);
  return log.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || id(a).localeCompare(id(b)));
}

async function* publicItems(payload: Payload, context: PublishedContext, history: History, where: Where, now: Date, skipped: ExportResult['skipped']): AsyncIterable<PublicItem> {
  // Uploads are addresses on the CMS (/api/media/file/…): on the public site they must name it.
  const cmsBase = cmsPublicBase();
  for await (const implementation of publishedImplementations(payload, context, where)) {
    const unit = asDoc(implementation.unit) ?? context.unitsById.get(idOf(implementation.unit) ?? '') ?? null;
    const region = asDoc(implementation.region) ?? context.regionsById.get(idOf(implementation.region) ?? '') ?? null;
    const catalogItem = asDoc(implementation.catalogItem);
    const entries = (history.get(String(implementation.id)) ?? []).sort((a, b) => b.entry.publishedAt.localeCompare(a.entry.publishedAt));
    const cancel = entries.find((e) => e.entry.kind === 'cancel')?.adjustment;
    const cancellation: Cancellation | undefined = cancel
      ? { date: beijingDay(text(cancel.effectiveDate) ?? now), reason: String(cancel.reason), basis: text(cancel.basis) }
      : undefined;
    const result = toPublicItem(
      {
        implementation,
        catalogItem,
        unit,
        region,
        supervisorName: text(context.unitsById.get(idOf(unit?.supervisor) ?? '')?.name),
        history: entries.map((e) => e.entry),
        cancellation,
      },
      now,
    );
    if (!result.ok) {
      skipped.push({ code: result.code, problems: result.problems });
      continue;
    }
    yield absoluteFileUrls(result.item, cmsBase);
  }
}

/**
 * Every published item exactly as a snapshot would carry it, one at a time: what the oversight
 * reports (oversight/) read, so they judge what citizens see, not drafts.
 */
export async function* publishedItems(payload: Payload, now: Date = new Date()): AsyncIterable<PublicItem> {
  const context = await publishedContext(payload, now);
  const { history } = adjustmentLog(await collect(payload, 'adjustments', { depth: 1, where: { publishedAt: { exists: true } } }));
  yield* publicItems(payload, context, history, { id: { exists: true } }, now, []);
}

/**
 * Writes the published catalog as a snapshot directory (the contract with the site and the
 * open-data export). Reads through the Local API only, so it runs unchanged on every adapter.
 */
export async function exportSnapshot(payload: Payload, dir: string, options: { now?: Date; siteVersion?: string } = {}): Promise<ExportResult> {
  const now = options.now ?? new Date();
  const context = await publishedContext(payload, now);
  const { log, history } = adjustmentLog(await collect(payload, 'adjustments', { depth: 1, where: { publishedAt: { exists: true } } }));
  sortLog(log);
  const skipped: ExportResult['skipped'] = [];
  const meta = await writeSnapshot(dir, {
    items: publicItems(payload, context, history, { id: { exists: true } }, now, skipped),
    ...indexParts(context),
    adjustments: log,
    siteVersion: options.siteVersion,
    now,
  });
  await writeExportState(dir, { publishedDocuments: await countPublished(payload), skipped: skipped.length });
  return { meta, skipped };
}

/** Beside the snapshot (not part of it): what the export saw, so the next incremental export notices removals. */
interface ExportState {
  publishedDocuments: number;
  skipped: number;
}
const exportStateFile = '.export-state.json';

/** Written under a temporary name and renamed: in an incremental snapshot the old file is a hard link shared with the previous one. */
async function writeExportState(dir: string, state: ExportState): Promise<void> {
  const path = join(dir, exportStateFile);
  await writeFile(`${path}.new`, `${JSON.stringify(state)}\n`, 'utf8');
  await rename(`${path}.new`, path);
}

async function countPublished(payload: Payload): Promise<number> {
  return (await payload.count({ collection: 'implementations', where: { _status: { equals: 'published' } }, overrideAccess: true })).totalDocs;
}

export type ChangesResult = (ExportResult & { ok: true; changed: ChangedItem[]; catalog: CatalogEntry[]; previousCatalog: CatalogEntry[] }) | { ok: false; reason: string };

/**
 * Catalog changes not tied to an adjustment (direct edits, imports) are found by time. The margin
 * covers writes committed just after the previous export read the database and clocks of CMS
 * processes on other machines; re-exporting an unchanged item only costs its re-render.
 */
const SINCE_MARGIN_MS = 10_000;
/** Beyond this many changed items a full rebuild is as quick and simpler. */
export const MAX_INCREMENTAL_ITEMS = Number(process.env.PUBLISH_INCREMENTAL_MAX_ITEMS ?? 200);

/**
 * The incremental export: the previous snapshot with only the implementations that changed since
 * it was written re-exported — those named by the run's adjustments plus any implementation or
 * catalog item saved since (so nothing published by another route is missed). Refuses (→ a full
 * export) when documents were removed or unpublished, when too many changed, or when
 * settings, units, regions or search synonyms changed (see writeSnapshotDelta).
 */
export async function exportSnapshotChanges(
  payload: Payload,
  previousDir: string,
  dir: string,
  options: { adjustments: string[]; siteVersion: string; now?: Date },
): Promise<ChangesResult> {
  const now = options.now ?? new Date();
  const previousState = await readFile(join(previousDir, exportStateFile), 'utf8').then((t) => JSON.parse(t) as ExportState, () => undefined);
  if (!previousState) return { ok: false, reason: '上一版快照没有导出记录' };
  const previousMeta = await readTrustedSnapshotFile<SnapshotMeta>(previousDir, 'meta.json');
  const since = new Date(Date.parse(previousMeta.generatedAt) - SINCE_MARGIN_MS).toISOString();

  const ids = new Set<string>();
  if (options.adjustments.length > 0) {
    const named = await payload.find({ collection: 'adjustments', where: { id: { in: options.adjustments } }, depth: 0, limit: options.adjustments.length, overrideAccess: true, pagination: false });
    for (const doc of named.docs as unknown as Doc[]) if (idOf(doc.implementation)) ids.add(idOf(doc.implementation)!);
  }
  const recent = await collect(payload, 'adjustments', { where: { publishedAt: { greater_than: since } } });
  for (const doc of recent) if (idOf(doc.implementation)) ids.add(idOf(doc.implementation)!);
  for (const doc of await collect(payload, 'implementations', { where: { updatedAt: { greater_than: since } } })) ids.add(String(doc.id));
  const items = await collect(payload, 'catalog-items', { where: { updatedAt: { greater_than: since } } });
  if (items.length > 0) {
    const users = await collect(payload, 'implementations', { where: { catalogItem: { in: items.map((i) => String(i.id)) } } });
    for (const doc of users) ids.add(String(doc.id));
  }
  if (ids.size > MAX_INCREMENTAL_ITEMS) return { ok: false, reason: `变更事项 ${ids.size} 个，超过增量发布上限 ${MAX_INCREMENTAL_ITEMS}` };

  const context = await publishedContext(payload, now);
  // The whole log is read again only for the changed implementations: the rest is copied from the
  // previous snapshot, whose entries cannot have changed (unit names are checked equal below).
  const changedIds = [...ids];
  const { log: changedLog, history } = adjustmentLog(
    changedIds.length === 0 ? [] : await collect(payload, 'adjustments', { depth: 1, where: { and: [{ publishedAt: { exists: true } }, { implementation: { in: changedIds } }] } }),
  );
  const changedCodes = new Set<string>();
  const skipped: ExportResult['skipped'] = [];
  const fresh: PublicItem[] = [];
  if (changedIds.length > 0) for await (const item of publicItems(payload, context, history, { id: { in: changedIds } }, now, skipped)) fresh.push(item);
  if (skipped.length > 0) return { ok: false, reason: `有 ${skipped.length} 个变更事项内容不完整` };
  for (const item of fresh) changedCodes.add(item.implementationCode);
  const changedLogIds = new Set(changedLog.map((a) => a.id));
  const previousLog = await readTrustedSnapshotFile<PublicAdjustment[]>(previousDir, 'adjustments.json');
  const log = sortLog([...previousLog.filter((a) => !changedLogIds.has(a.id) && !changedCodes.has(a.implementationCode)), ...changedLog]);

  const result = await writeSnapshotDelta(previousDir, dir, {
    items: fresh,
    ...indexParts(context),
    adjustments: log,
    siteVersion: options.siteVersion,
    now,
  });
  if (!result.ok) return result;
  // Every published document is in the catalog or was skipped: anything else was removed or unpublished.
  const published = await countPublished(payload);
  const added = result.changed.filter((c) => !c.before).length;
  if (published !== previousState.publishedDocuments + added) {
    await rm(dir, { recursive: true, force: true });
    return { ok: false, reason: '有事项被删除或撤回发布' };
  }
  await writeExportState(dir, { publishedDocuments: published, skipped: previousState.skipped });
  return { ok: true, meta: result.meta, skipped, changed: result.changed, catalog: result.catalog, previousCatalog: result.previousCatalog };
}

/** Adjustments whose public consultation window (征求意见) is open now. */
async function openConsultations(payload: Payload, now: Date): Promise<Consultation[]> {
  const docs = await collect(payload, 'adjustments', {
    where: {
      and: [
        { state: { equals: 'in-review' } },
        { consultationOpensAt: { less_than_equal: now.toISOString() } },
        { consultationClosesAt: { greater_than: now.toISOString() } },
      ],
    },
  });
  return docs.flatMap((doc) => {
    const draft = asDoc(doc.proposedVersion);
    if (!draft) return [];
    return [
      {
        adjustmentId: String(doc.id),
        kind: doc.kind as Consultation['kind'],
        reason: String(doc.reason),
        basis: text(doc.basis),
        opensAt: new Date(String(doc.consultationOpensAt)).toISOString(),
        closesAt: new Date(String(doc.consultationClosesAt)).toISOString(),
        draft: draft as Consultation['draft'],
        changes: publicChanges(doc.kind as Consultation['kind'], Array.isArray(doc.changes) ? (doc.changes as Consultation['changes']) : []),
      },
    ];
  });
}
