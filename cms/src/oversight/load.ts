import {
  computeStatistics,
  hasAllOneTimeNoticeElements,
  regionAncestors,
  type CaseFact,
  type GuideFact,
  type RecordFact,
  type Statistics,
  type WorkflowStatus,
} from '@catalog/content-models';
import type { PayloadRequest, Where } from 'payload';
import { hasRole } from '../access/user.ts';
import { toGuideDraft } from '../guide/toGuideDraft.ts';
import { regionScopeOf } from '../workflow/access.ts';
import { workflowNow } from '../workflow/clock.ts';
import { idOf, text, type Doc, type Id } from '../workflow/docs.ts';
import { holidayCalendar, knownProcedures } from '../workflow/procedure.ts';
import type { StatisticsQuery } from './query.ts';

const all = { depth: 0, limit: 0, pagination: false } as const;
const date = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Units in the request's scope: the unit asked for, within the region asked for and the reader's 审核辖区. */
function inScope(regionCode: string | undefined, query: StatisticsQuery, readerRegions: string[]): boolean {
  const path = regionCode ? regionAncestors(regionCode) : [];
  if (query.region && !path.includes(query.region)) return false;
  return readerRegions.length === 0 || readerRegions.some((code) => path.includes(code));
}

/**
 * The statistics of a request, read through the Local API **with the caller's access**
 * (overrideAccess: false): a reviewer limited to a 审核辖区 counts only the cases readAdjustments lets
 * them read, and the same 辖区 limits the units and guides counted, so the numbers never reveal
 * more than the reader's lists. The endpoints check the role first (statisticsReader).
 */
export async function loadStatistics(req: PayloadRequest, query: StatisticsQuery): Promise<Statistics> {
  const asCaller = { overrideAccess: false, user: req.user, req } as const;
  const readerRegions = hasRole(req.user, 'admin') ? [] : regionScopeOf(req.user);
  const [unitDocs, calendar, procedures] = await Promise.all([
    req.payload.find({ collection: 'units', ...all, sort: 'name', select: { name: true, region: true }, ...asCaller }),
    holidayCalendar(req),
    knownProcedures(req),
  ]);
  const regionIds = [...new Set(unitDocs.docs.map((u) => idOf((u as Doc).region)).filter((id): id is Id => id !== undefined))];
  const regionDocs = regionIds.length === 0 ? [] : (await req.payload.find({ collection: 'regions', ...all, where: { id: { in: regionIds } }, select: { code: true, name: true }, ...asCaller })).docs as Doc[];
  const regionById = new Map(regionDocs.map((r) => [String(r.id), { code: String(r.code), name: String(r.name) }]));
  const units = (unitDocs.docs as Doc[])
    .map((u) => ({ id: String(u.id), name: String(u.name), region: regionById.get(String(idOf(u.region))) }))
    .filter((u) => (query.unit === undefined || u.id === String(query.unit)) && inScope(u.region?.code, query, readerRegions));
  const unitById = new Map(units.map((u) => [u.id, u]));
  const unitIds = units.map((u) => u.id);
  const ofUnits: Where = { unit: { in: unitIds } };

  const adjustments = unitIds.length === 0 ? [] : ((await req.payload.find({
    collection: 'adjustments',
    ...all,
    where: ofUnits,
    select: { unit: true, kind: true, implementation: true, state: true, stage: true, stageEnteredAt: true, stageDueAt: true, publishedAt: true },
    ...asCaller,
  })).docs as unknown as Doc[]);
  const cases: CaseFact[] = adjustments.map((a) => {
    const unitId = String(idOf(a.unit));
    return {
      id: String(a.id),
      unitId,
      regionCode: unitById.get(unitId)?.region?.code,
      status: String(a.state) as WorkflowStatus,
      stageId: text(a.stage),
      stageEnteredAt: date(a.stageEnteredAt),
      stageDueAt: date(a.stageDueAt),
    };
  });
  const caseIds = cases.map((c) => c.id);
  const recordDocs = caseIds.length === 0 ? [] : ((await req.payload.find({
    collection: 'review-records',
    ...all,
    where: ofUnits,
    // Steps of one moment (a batch) keep the order they were written in.
    sort: ['createdAt', 'id'],
    select: { adjustment: true, stage: true, stageName: true, decision: true, opinion: true, dueAt: true, createdAt: true },
    ...asCaller,
  })).docs as unknown as Doc[]);
  const records: RecordFact[] = recordDocs.map((r) => ({
    caseId: String(idOf(r.adjustment)),
    stageId: String(r.stage),
    stageName: text(r.stageName),
    decision: r.decision as RecordFact['decision'],
    opinion: text(r.opinion),
    at: String(r.createdAt),
    dueAt: date(r.dueAt),
  }));

  const asOf = workflowNow().toISOString();
  const stageNames = new Map<string, string>();
  for (const procedure of procedures) for (const stage of procedure.stages.slice(1)) if (!stageNames.has(stage.id)) stageNames.set(stage.id, stage.name);
  const statistics = computeStatistics({
    period: query.period,
    asOf,
    calendar,
    cases,
    records,
    guides: await loadGuides(req, ofUnits, unitIds, adjustments, unitById),
    units: units.map((u) => ({ id: u.id, name: u.name })),
    regions: [...new Map(units.flatMap((u) => (u.region ? [[u.region.code, u.region] as const] : []))).values()].sort((a, b) => a.code.localeCompare(b.code)),
    stages: [...stageNames].map(([id, name]) => ({ id, name })),
  });
  // Stages of procedures nobody followed in the period would be rows of zeros: left out.
  statistics.byStage = statistics.byStage.filter((s) => s.handled + s.submitted + s.approved + s.returned + s.rejected + s.overdue > 0);
  return statistics;
}

/**
 * The published guides (main documents) of the units, less those a published 取消 cancelled, each
 * judged by the 一次性告知 rules with its catalog item and unit, as the quality panel judges it.
 */
async function loadGuides(req: PayloadRequest, ofUnits: Where, unitIds: string[], adjustments: Doc[], unitById: Map<string, { name: string; region?: { code: string } }>): Promise<GuideFact[]> {
  if (unitIds.length === 0) return [];
  const cancelled = new Set(adjustments.filter((a) => a.kind === 'cancel' && date(a.publishedAt)).map((a) => String(idOf(a.implementation))));
  const found = await req.payload.find({
    collection: 'implementations',
    depth: 1,
    limit: 0,
    pagination: false,
    where: { and: [ofUnits, { _status: { equals: 'published' } }] },
    overrideAccess: false,
    user: req.user,
    req,
  });
  return (found.docs as unknown as Doc[])
    .filter((impl) => !cancelled.has(String(impl.id)))
    .map((impl) => {
      const unitId = String(idOf(impl.unit));
      const guide = toGuideDraft({ implementation: impl, catalogItem: typeof impl.catalogItem === 'object' ? (impl.catalogItem as Doc) : null, unit: typeof impl.unit === 'object' ? (impl.unit as Doc) : null, region: typeof impl.region === 'object' ? (impl.region as Doc) : null });
      return { unitId, regionCode: unitById.get(unitId)?.region?.code, complete: hasAllOneTimeNoticeElements(guide), reviewDate: date(impl.reviewDate) };
    });
}
