import { claimsReport, type ClaimsReport, type ReportImplementation, type ReportItem, type ReportUnit } from '@catalog/content-models/catalog/index.ts';
import { regionAncestors } from '@catalog/content-models/codes/index.ts';
import type { PayloadRequest, Where } from 'payload';
import { idOf, text, type Doc, type Id } from '../workflow/docs.ts';
import type { RegionInfo } from './regions.ts';

export interface ClaimsReportResult extends ClaimsReport {
  region: RegionInfo;
  /** Names of the regions items are listed in, by code (省、市、县 of the report). */
  regionNames: Record<string, string>;
}

const all = { depth: 0, limit: 0, pagination: false, overrideAccess: true } as const;

function asRegion(doc: Doc): RegionInfo {
  return { id: doc.id as Id, code: String(doc.code), name: String(doc.name), level: String(doc.level) };
}

const ids = (docs: Doc[]) => docs.map((d) => d.id as Id);
/** Generated types do not know the fields this branch adds: read documents as plain records. */
const docsOf = (result: { docs: unknown[] }): Doc[] => result.docs as Doc[];
const inIds = (values: Id[]): Where['in'] => (values.length ? values : [-1]) as never;

/**
 * Reads what the report needs for the counties in `region` (a province, city or county) and hands
 * it to claimsReport (content-models/catalog): the published catalog items of those counties and
 * of every region above them, the counties' units with their implementations (newest drafts), which
 * of those are published, and which a published 取消 has cancelled.
 */
export async function loadClaimsReport(req: PayloadRequest, region: RegionInfo, onlyUnitIds?: Id[]): Promise<ClaimsReportResult> {
  const payload = req.payload;
  const upper = docsOf(await payload.find({ collection: 'regions', where: { level: { in: ['province', 'city', 'county'] } }, req, ...all })).map(asRegion);
  const counties = upper.filter((r) => r.level === 'county' && regionAncestors(r.code).includes(region.code)).sort((a, b) => a.code.localeCompare(b.code));
  const scopeCodes = new Set(counties.flatMap((c) => regionAncestors(c.code)));
  const scope = upper.filter((r) => scopeCodes.has(r.code));
  const regionOf = new Map(upper.map((r) => [String(r.id), r]));

  const countyUnits = docsOf(await payload.find({ collection: 'units', where: { region: { in: inIds(counties.map((c) => c.id)) } }, req, ...all }));
  const items = docsOf(await payload.find({
    collection: 'catalog-items',
    where: { and: [{ _status: { equals: 'published' } }, { or: [{ region: { in: inIds(scope.map((r) => r.id)) } }, { region: { exists: false } }] }] },
    draft: false,
    req,
    ...all,
  }));
  const knownUnits = new Set(countyUnits.map((u) => String(u.id)));
  const ownerIds = [...new Set(items.map((i) => idOf(i.unit)).filter((id): id is Id => id !== undefined && !knownUnits.has(String(id))))];
  const owners = ownerIds.length ? docsOf(await payload.find({ collection: 'units', where: { id: { in: ownerIds } }, req, ...all })) : [];
  const units: ReportUnit[] = [...countyUnits, ...owners].map((u) => {
    const r = regionOf.get(String(idOf(u.region)));
    return { id: String(u.id), name: String(u.name), kind: String(u.kind), regionCode: r?.code ?? '', regionName: r?.name ?? '' };
  });
  const unitRegionCode = new Map(units.map((u) => [u.id, u.regionCode]));
  const reportItems: ReportItem[] = items
    .map((i) => ({
      id: String(i.id),
      name: String(i.name),
      basicCode: String(i.basicCode),
      itemType: String(i.itemType),
      legalBasis: ((i.legalBasis as Doc[] | undefined) ?? []).map((b) => ({ instrument: String(b.instrument ?? ''), article: text(b.article), text: text(b.text) })),
      status: String(i.status ?? 'active'),
      levels: (i.levels as string[] | undefined) ?? [],
      regionCode: idOf(i.region) !== undefined ? (regionOf.get(String(idOf(i.region)))?.code ?? '') : (unitRegionCode.get(String(idOf(i.unit))) ?? ''),
      ownerUnitId: String(idOf(i.unit)),
    }))
    .filter((i) => scopeCodes.has(i.regionCode));

  const unitIds = ids(countyUnits);
  const latest = docsOf(await payload.find({ collection: 'implementations', where: { unit: { in: inIds(unitIds) } }, draft: true, req, ...all }));
  const implementationIds = ids(latest);
  const published = new Set(
    docsOf(await payload.find({ collection: 'implementations', where: { and: [{ id: { in: inIds(implementationIds) } }, { _status: { equals: 'published' } }] }, draft: false, req, ...all })).map((d) => String(d.id)),
  );
  const cancelled = new Set(
    docsOf(await payload.find({
      collection: 'adjustments',
      where: { and: [{ implementation: { in: inIds(implementationIds) } }, { kind: { equals: 'cancel' } }, { publishedAt: { exists: true } }] },
      req,
      ...all,
    })).map((a) => String(idOf(a.implementation))),
  );
  const implementations: ReportImplementation[] = latest.map((i) => ({
    id: String(i.id),
    unitId: String(idOf(i.unit)),
    catalogItemId: String(idOf(i.catalogItem)),
    ...(text(i.name) ? { name: String(i.name) } : {}),
    ...(text(i.implementationCode) ? { implementationCode: String(i.implementationCode) } : {}),
    published: published.has(String(i.id)),
    cancelled: cancelled.has(String(i.id)),
  }));

  const report = claimsReport({
    counties: counties.map((c) => ({ code: c.code, name: c.name })),
    items: reportItems,
    units,
    implementations,
    ...(onlyUnitIds ? { onlyUnitIds: onlyUnitIds.map(String) } : {}),
  });
  return { ...report, region, regionNames: Object.fromEntries(scope.map((r) => [r.code, r.name])) };
}
