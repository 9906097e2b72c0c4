import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { basicCodeUrl } from '../../site/src/lib/urls.ts';
import { writePlaceFiles } from './search-places.ts';
import { readTrustedSnapshotFile } from '@catalog/content-models/snapshot/snapshot-io.ts';
import type { CatalogEntry } from '@catalog/content-models/snapshot/snapshot-schema.ts';
import { groupByService, PAGE_TABLE, readSynonyms, readFragment, stagingDirFor, swapIntoPlace, writeJsonFile, writeSearchBundle, type PageTable } from './search-bundle.ts';

/**
 * Incremental search for incremental publishing: instead of re-indexing 10,000+ items when one
 * changes, a small second Pagefind bundle holds the current versions of everything changed since
 * the last full index, and a manifest names the full index's pages that are out of date. The
 * browser merges the bundle (Pagefind mergeIndex) and drops the stale pages (search-client.ts).
 * The next full index (nightly, or on demand) folds everything back and removes the delta.
 */

export interface SearchDeltaOptions {
  /** The published snapshot the new release is built from (has catalog.json and items/). */
  snapshotDir: string;
  /** The new release directory: a hard-link copy of the live release; it already has pagefind/ (the full index)
   *  and maybe pagefind-delta/ from earlier incremental publications. Nothing in it is written into:
   *  pagefind-delta/ is rebuilt beside the old one and swapped in. */
  siteDir: string;
  /** Implementation codes changed by this publication (added, changed, cancelled or removed). */
  changedCodes: string[];
  /** The snapshot's catalog.json when the caller holds it already (the export that wrote it). */
  catalog?: CatalogEntry[];
}

export interface SearchDeltaResult {
  /** services in the delta bundle (with an active implementation now) */
  indexed: number;
  /** full-index pages hidden in the browser */
  stale: number;
  ms?: number;
}

/** Sibling of pagefind/ in the site. */
export const DELTA_DIR = 'pagefind-delta';
export const DELTA_MANIFEST = 'stale.json';

/**
 * The delta bundle is indexed under another language code than the full index (both are
 * languages without a Pagefind stemmer, so terms are treated alike): its page ids then start with
 * `ie_` instead of `ia_`, so a delta page can never share an id with a stale full-index page,
 * and the browser can tell which index a result came from.
 */
export const DELTA_LANGUAGE = 'ie';

/** What the browser reads from pagefind-delta/stale.json (see search-client.ts). */
export interface DeltaManifest {
  version: 1;
  /** Every code changed since the full index (cumulative over incremental publications). */
  codes: string[];
  /** Whether pagefind-delta/ holds a bundle to merge (false when every change was a cancellation). */
  bundle: boolean;
  language: string;
  /** Full-index page ids that must not be shown. */
  stale: string[];
  /** Filter name → value → number of stale pages carrying it, to subtract from the merged counts. */
  staleFilterCounts: Record<string, Record<string, number>>;
  /** Pages in each index: the browser rescales the delta's term weights to the full index's. */
  fullPageCount: number;
  deltaPageCount: number;
}

/**
 * The manifest a full index leaves: no changes since it. Written rather than left absent so the
 * browser's look-up for a delta gets a 150-byte answer instead of the site's 404 page.
 */
export function emptyDeltaManifest(fullPageCount: number): DeltaManifest {
  return { version: 1, codes: [], bundle: false, language: DELTA_LANGUAGE, stale: [], staleFilterCounts: {}, fullPageCount, deltaPageCount: 0 };
}

/** The 基本编码 an implementation code ends with (also for codes no longer in the catalog). */
const basicCodeOf = (implementationCode: string) => implementationCode.slice(-12);

export async function buildSearchDelta(options: SearchDeltaOptions): Promise<SearchDeltaResult> {
  const started = performance.now();
  const fullDir = join(options.siteDir, 'pagefind');
  const deltaDir = join(options.siteDir, DELTA_DIR);
  const table = await readPageTable(fullDir);
  const previous = await readDeltaManifest(deltaDir);
  const codes = [...new Set([...(previous?.codes ?? []), ...options.changedCodes])].sort();

  // A result is a service: every service one of the changed implementations belongs to is indexed
  // again with all its current implementations.
  // The snapshot the publication just exported and checked: parsing 100,000 entries against the
  // schema again took 8 s of an approval on a loaded machine.
  const catalog = options.catalog ?? (await readTrustedSnapshotFile<CatalogEntry[]>(options.snapshotDir, 'catalog.json'));
  const wanted = new Set(codes);
  const services = new Set([...codes.map(basicCodeOf), ...catalog.filter((entry) => wanted.has(entry.implementationCode)).map((entry) => entry.basicCode)]);
  const current = catalog.filter((entry) => services.has(entry.basicCode) && entry.status === 'active');
  const synonyms = await readSynonyms(options.snapshotDir);

  const stale: string[] = [];
  const staleFilterCounts: DeltaManifest['staleFilterCounts'] = {};
  for (const basicCode of [...services].sort()) {
    const id = table.pages[basicCodeUrl(basicCode)];
    if (!id) continue; // added since the full index
    stale.push(id);
    for (const [name, values] of Object.entries((await readFragment(fullDir, id)).filters)) {
      const counts = (staleFilterCounts[name] ??= {});
      for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
    }
  }

  const staging = stagingDirFor(deltaDir);
  try {
    if (current.length > 0) {
      await writeSearchBundle({ snapshotDir: options.snapshotDir, entries: current, synonyms, language: DELTA_LANGUAGE, outputDir: staging, dataOnly: true });
    } else {
      await mkdir(staging, { recursive: true });
    }
    const manifest: DeltaManifest = {
      version: 1,
      codes, bundle: current.length > 0, language: DELTA_LANGUAGE, stale, staleFilterCounts,
      fullPageCount: Object.keys(table.pages).length,
      deltaPageCount: groupByService(current).size,
    };
    await writeJsonFile(join(staging, DELTA_MANIFEST), manifest);
    await swapIntoPlace(staging, deltaDir);
    // The regions of the changed implementations; a code gone from the catalog (its region unknown)
    // rewrites them all.
    const now = new Set(options.changedCodes);
    const changed = catalog.filter((entry) => now.has(entry.implementationCode));
    const regions = changed.length === now.size ? new Set(changed.map((entry) => entry.regionCode)) : undefined;
    await writePlaceFiles({ snapshotDir: options.snapshotDir, siteDir: options.siteDir, entries: catalog, regions });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return { indexed: groupByService(current).size, stale: stale.length, ms: Math.round(performance.now() - started) };
}

async function readPageTable(fullDir: string): Promise<PageTable> {
  const file = join(fullDir, PAGE_TABLE);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as PageTable;
  } catch (error) {
    throw new Error(`无法读取完整搜索索引的页面表 ${file}（${(error as Error).message}）：增量索引需要先完整生成一次搜索索引`);
  }
}

async function readDeltaManifest(deltaDir: string): Promise<DeltaManifest | undefined> {
  try {
    return JSON.parse(await readFile(join(deltaDir, DELTA_MANIFEST), 'utf8')) as DeltaManifest;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new Error(`无法读取上一次增量搜索索引的清单 ${join(deltaDir, DELTA_MANIFEST)}：${(error as Error).message}`);
  }
}
