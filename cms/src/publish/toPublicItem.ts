import {
  beijingDay,
  publicItemSchema,
  type Cancellation,
  type PublicAdjustment,
  type PublicItem,
} from '@catalog/content-models';
import { toGuideDraft } from '../guide/toGuideDraft.ts';

type Doc = Record<string, unknown>;

export interface PublishedSources {
  implementation: Doc;
  catalogItem: Doc | null;
  unit: Doc | null;
  region: Doc | null;
  supervisorName?: string;
  /** Approved adjustments of this implementation, newest first. */
  history: PublicAdjustment[];
  cancellation?: Cancellation;
}

export type PublicItemResult = { ok: true; item: PublicItem } | { ok: false; code: string; problems: string[] };

const iso = (value: unknown, fallback: string): string =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : fallback;

/**
 * The public view of one published implementation. A document that does not satisfy the
 * snapshot schema is reported, not published: the site must never receive half a guide.
 */
export function toPublicItem(sources: PublishedSources, now: Date): PublicItemResult {
  const { implementation, catalogItem, unit, region, history, cancellation } = sources;
  const guide = toGuideDraft({ implementation, catalogItem, unit, region });
  const status = catalogItem?.status === 'cancelled' || cancellation ? 'cancelled' : 'active';
  const candidate = {
    ...guide,
    unit: guide.unit ? { ...guide.unit, supervisorName: sources.supervisorName } : guide.unit,
    status,
    cancellation: status === 'cancelled' ? (cancellation ?? { date: beijingDay(now), reason: '事项已取消' }) : undefined,
    formerCodes: stringList(implementation.formerCodes),
    formerNames: stringList(implementation.formerNames),
    version: history.length + 1,
    firstPublishedAt: iso(implementation.createdAt, now.toISOString()),
    updatedAt: iso(implementation.updatedAt, now.toISOString()),
    reviewDate: typeof implementation.reviewDate === 'string' ? beijingDay(implementation.reviewDate) : undefined,
    views: typeof implementation.views === 'number' ? implementation.views : 0,
    history,
  };
  const parsed = publicItemSchema.safeParse(candidate);
  if (parsed.success) return { ok: true, item: parsed.data };
  return {
    ok: false,
    code: String(implementation.implementationCode ?? implementation.id),
    problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(根)'}：${issue.message}`),
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : [];
}
