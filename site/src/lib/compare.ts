import type { CatalogEntry } from '@catalog/content-models';

/**
 * Which 基本编码 get a 标准化比对 page: those with at least two active implementations. The one
 * rule shared by the page's getStaticPaths, the chooser's link and the incremental publisher.
 */
export function comparedEntries(entries: readonly CatalogEntry[]): CatalogEntry[] | undefined {
  const active = entries.filter((e) => e.status === 'active');
  return active.length >= 2 ? active : undefined;
}
