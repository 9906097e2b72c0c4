import type { Payload, Where } from 'payload';
import {
  regionSchema,
  type Consultation,
  type Cancellation,
  type PublicAdjustment,
  type PublicItem,
  type Region,
  type SiteSettings,
  type SnapshotMeta,
  type UnitRef,
} from '@catalog/content-models';
import { writeSnapshot } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { toPublicItem } from './toPublicItem.ts';

type Doc = Record<string, unknown>;

export interface ExportResult {
  meta: SnapshotMeta;
  /** Published documents left out because they do not satisfy the snapshot schema. */
  skipped: { code: string; problems: string[] }[];
}

const PAGE_SIZE = 200;

const idOf = (value: unknown): string | undefined =>
  value && typeof value === 'object' ? String((value as Doc).id) : value === null || value === undefined ? undefined : String(value);
const asDoc = (value: unknown): Doc | null => (value && typeof value === 'object' ? (value as Doc) : null);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** Every document of a collection, page by page, as the system sees it (published versions only where drafts exist). */
async function* allDocs(payload: Payload, collection: string, options: { where?: Where; depth?: number; published?: boolean } = {}) {
  for (let page = 1; ; page += 1) {
    const result = await payload.find({
      collection: collection as 'units',
      where: options.where,
      depth: options.depth ?? 0,
      limit: PAGE_SIZE,
      page,
      draft: false,
      overrideAccess: true,
      sort: 'id',
    });
    for (const doc of result.docs) yield doc as unknown as Doc;
    if (!result.hasNextPage) return;
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
    effectiveDate: effective.slice(0, 10),
    publishedAt: new Date(publishedAt).toISOString(),
    changes: Array.isArray(adjustment.changes) ? (adjustment.changes as PublicAdjustment['changes']) : [],
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
    baseUrl: text(settings.baseUrl) ?? process.env.SITE_URL ?? 'http://localhost:4321',
    commentEndpoint: process.env.COMMENT_ENDPOINT ?? `${process.env.CMS_PUBLIC_URL ?? 'http://localhost:3000'}/api/feedback`,
  };
}

/**
 * Writes the published catalog as a snapshot directory (the contract with the site and the
 * open-data export). Reads through the Local API only, so it runs unchanged on every adapter.
 */
export async function exportSnapshot(payload: Payload, dir: string, options: { now?: Date; siteVersion?: string } = {}): Promise<ExportResult> {
  const now = options.now ?? new Date();
  const units = await collect(payload, 'units');
  const unitsById = new Map(units.map((u) => [String(u.id), u]));
  const regions = await collect(payload, 'regions');
  const regionsById = new Map(regions.map((r) => [String(r.id), r]));
  // Published adjustments with their implementation and unit populated: the public change log.
  const publishedAdjustments = await collect(payload, 'adjustments', { depth: 1, where: { publishedAt: { exists: true } } });
  const log: PublicAdjustment[] = [];
  const historyByImplementation = new Map<string, { adjustment: Doc; entry: PublicAdjustment }[]>();
  for (const adjustment of publishedAdjustments) {
    const implementation = asDoc(adjustment.implementation);
    const entry = implementation && toPublicAdjustment(adjustment, implementation, text(asDoc(adjustment.unit)?.name) ?? '');
    if (!implementation || !entry) continue;
    log.push(entry);
    const key = String(implementation.id);
    historyByImplementation.set(key, [...(historyByImplementation.get(key) ?? []), { adjustment, entry }]);
  }
  log.sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));

  const skipped: ExportResult['skipped'] = [];

  async function* items(): AsyncIterable<PublicItem> {
    for await (const implementation of allDocs(payload, 'implementations', { depth: 1, where: { _status: { equals: 'published' } } })) {
      const unit = asDoc(implementation.unit) ?? unitsById.get(idOf(implementation.unit) ?? '') ?? null;
      const region = asDoc(implementation.region) ?? regionsById.get(idOf(implementation.region) ?? '') ?? null;
      const catalogItem = asDoc(implementation.catalogItem);
      const entries = (historyByImplementation.get(String(implementation.id)) ?? []).sort((a, b) =>
        b.entry.publishedAt.localeCompare(a.entry.publishedAt),
      );
      const history = entries.map((e) => e.entry);
      const cancel = entries.find((e) => e.entry.kind === 'cancel')?.adjustment;
      const cancellation: Cancellation | undefined = cancel
        ? { date: (text(cancel.effectiveDate) ?? now.toISOString()).slice(0, 10), reason: String(cancel.reason), basis: text(cancel.basis) }
        : undefined;
      const result = toPublicItem(
        {
          implementation,
          catalogItem,
          unit,
          region,
          supervisorName: text(unitsById.get(idOf(unit?.supervisor) ?? '')?.name),
          history,
          cancellation,
        },
        now,
      );
      if (!result.ok) {
        skipped.push({ code: result.code, problems: result.problems });
        continue;
      }
      yield result.item;
    }
  }

  const unitRefs = units.map((u) => toUnitRef(u, unitsById));
  const regionList: Region[] = regions.flatMap((r) => {
    const parsed = regionSchema.safeParse({
      code: r.code,
      name: r.name,
      level: r.level,
      parentCode: text(regionsById.get(idOf(r.parent) ?? '')?.code),
    });
    return parsed.success ? [parsed.data] : [];
  });
  const consultations = await openConsultations(payload, now);

  const meta = await writeSnapshot(dir, {
    items: items(),
    units: unitRefs,
    regions: regionList,
    adjustments: log,
    consultations,
    settings: await siteSettings(payload),
    siteVersion: options.siteVersion,
    now,
  });
  return { meta, skipped };
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
        changes: Array.isArray(doc.changes) ? (doc.changes as Consultation['changes']) : [],
      },
    ];
  });
}
