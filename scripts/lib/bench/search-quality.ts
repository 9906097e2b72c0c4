import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { generateCatalog } from '@catalog/content-models/generator/catalog.ts';
import { writeSnapshot } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { measureQueries, withoutAliases, type CitizenQuery } from '../../../test/search/citizen-evaluation.ts';
import { openSearchSession } from '../../../test/search/harness.ts';
import { repoRoot } from '../publish-steps.ts';
import { buildSearchIndex } from '../search-index.ts';

export interface SearchQualityFigures {
  /** items in the generated catalog searched (aliases removed) */
  items: number;
  queries: number;
  top1: number;
  top3: number;
  top10: number;
}

/** The citizen query set (test/search/citizen-queries.json), written outside the catalog it tests. */
export const CITIZEN_QUERIES = join(repoRoot, 'test/search/citizen-queries.json');

/**
 * Top-1/3/10 of the citizen queries on a generated catalog of `items` without its per-item
 * aliases (as the quality test measures 2,000): the index alone, searched in headless Chromium
 * through the site's own search module.
 */
export async function benchSearchQuality(items: number, workDir: string, port = 4580): Promise<SearchQualityFigures> {
  const snapshotDir = join(workDir, 'quality-snapshot');
  const siteDir = join(workDir, 'quality-site');
  try {
    await writeSnapshot(snapshotDir, withoutAliases(generateCatalog({ items, seed: 1 })));
    await buildSearchIndex({ snapshotDir, siteDir });
    const queries = JSON.parse(await readFile(CITIZEN_QUERIES, 'utf8')) as CitizenQuery[];
    const session = await openSearchSession(siteDir, port);
    try {
      const { top1, top3, top10 } = await measureQueries(session, queries);
      return { items, queries: queries.length, top1, top3, top10 };
    } finally {
      await session.close();
    }
  } finally {
    await rm(snapshotDir, { recursive: true, force: true });
    await rm(siteDir, { recursive: true, force: true });
  }
}
