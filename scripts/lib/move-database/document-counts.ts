import type { Payload } from 'payload';

/** Documents (and versions, drafts included) of one collection or global, counted through Payload. */
export interface DocumentCount {
  slug: string;
  label: string;
  /** undefined for a global (one document, which is always there). */
  docs?: number;
  /** undefined: the collection keeps no versions. */
  versions?: number;
}

/** Collections whose rows the move does not copy (see policy.ts), left out of the comparison. */
const uncounted = new Set(['payload-locked-documents', 'payload-migrations']);

/** Payload's own collections carry English labels; the report speaks Chinese. */
const internalLabels: Record<string, string> = {
  'payload-kv': '键值存储',
  'payload-jobs': '后台任务（发布队列等）',
  'payload-preferences': '后台界面偏好',
};

function labelOf(labels: unknown, slug: string): string {
  if (internalLabels[slug]) return internalLabels[slug];
  if (typeof labels === 'string') return labels;
  if (labels && typeof labels === 'object') {
    const record = labels as Record<string, unknown>;
    const text = record.zh ?? Object.values(record).find((value) => typeof value === 'string');
    if (typeof text === 'string') return text;
  }
  return slug;
}

/** Counts of every collection and global, the way the CMS sees them (overrideAccess: everything). */
export async function documentCounts(payload: Payload): Promise<DocumentCount[]> {
  const counts: DocumentCount[] = [];
  for (const collection of payload.config.collections) {
    if (uncounted.has(collection.slug)) continue;
    const slug = collection.slug as never;
    const docs = (await payload.count({ collection: slug, overrideAccess: true })).totalDocs;
    const versions = collection.versions ? (await payload.countVersions({ collection: slug, overrideAccess: true })).totalDocs : undefined;
    counts.push({ slug: collection.slug, label: labelOf(collection.labels?.plural, collection.slug), docs, versions });
  }
  for (const global of payload.config.globals) {
    const versions = global.versions ? (await payload.countGlobalVersions({ global: global.slug as never, overrideAccess: true })).totalDocs : undefined;
    counts.push({ slug: global.slug, label: labelOf(global.label, global.slug), versions });
  }
  return counts;
}

export function describeCount(count: DocumentCount): string {
  const versions = count.versions === undefined ? '' : `，版本 ${count.versions} 个`;
  return count.docs === undefined ? `${count.label}（${count.slug}，全局设置）${versions}` : `${count.label}（${count.slug}）：${count.docs} 条${versions}`;
}

/** The collections and globals whose counts differ, in Chinese; empty when all agree. */
export function countDifferences(source: DocumentCount[], target: DocumentCount[]): string[] {
  const bySlug = new Map(target.map((count) => [count.slug, count]));
  return source.flatMap((count) => {
    const other = bySlug.get(count.slug);
    if (other && other.docs === count.docs && other.versions === count.versions) return [];
    return [`${count.label}（${count.slug}）：源 ${count.docs ?? '-'} 条/${count.versions ?? '-'} 个版本，目标 ${other?.docs ?? '-'} 条/${other?.versions ?? '-'} 个版本`];
  });
}
