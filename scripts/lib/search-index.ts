import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PAGE_TABLE, readCatalog, readSynonyms, stagingDirFor, swapIntoPlace, writeJsonFile, writeSearchBundle } from './search-bundle.ts';
import { DELTA_DIR, DELTA_MANIFEST, emptyDeltaManifest } from './search-delta.ts';
import { writePlaceFiles } from './search-places.ts';

export { buildSearchDelta, DELTA_DIR, DELTA_LANGUAGE, DELTA_MANIFEST, type SearchDeltaOptions, type SearchDeltaResult } from './search-delta.ts';

export interface SearchIndexOptions {
  snapshotDir: string;
  /** The built site directory; the index goes to `<siteDir>/pagefind/`. */
  siteDir: string;
  onProgress?: (done: number, total: number) => void;
}

export interface SearchIndexResult {
  indexed: number;
  skippedCancelled: number;
  outputPath: string;
}

/**
 * The terms are digit strings (see encodeToken), so the index needs neither Pagefind's Chinese
 * segmentation (slow, memory-hungry) nor a stemmer: a language Pagefind has no stemmer for gets
 * its plain, smallest search module.
 */
export const INDEX_LANGUAGE = 'ia';

/**
 * Indexes the published items of a snapshot (not the site's HTML) into `<siteDir>/pagefind/`, and
 * writes the place files (`<siteDir>/places/`) that decide which implementation a result opens.
 * Cancelled items are left out: their pages stay reachable by address, but search should send a
 * citizen to the item in force. A full index replaces any incremental one: pagefind-delta/ is left
 * with an empty manifest.
 * The new index is written beside the old one and swapped in, so a failure leaves the old in place
 * and files shared (hard-linked) with a live release are never written into.
 */
export async function buildSearchIndex(options: SearchIndexOptions): Promise<SearchIndexResult> {
  const entries = await readCatalog(options.snapshotDir);
  const active = entries.filter((entry) => entry.status === 'active');
  const outputPath = join(options.siteDir, 'pagefind');
  const staging = stagingDirFor(outputPath);
  try {
    const synonyms = await readSynonyms(options.snapshotDir);
    const table = await writeSearchBundle({ snapshotDir: options.snapshotDir, entries: active, synonyms, language: INDEX_LANGUAGE, outputDir: staging, onProgress: options.onProgress });
    await writeJsonFile(join(staging, PAGE_TABLE), table);
    await rm(join(options.siteDir, DELTA_DIR), { recursive: true, force: true });
    await swapIntoPlace(staging, outputPath);
    await writeJsonFile(join(options.siteDir, DELTA_DIR, DELTA_MANIFEST), emptyDeltaManifest(Object.keys(table.pages).length));
    await writePlaceFiles({ snapshotDir: options.snapshotDir, siteDir: options.siteDir, entries });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  return { indexed: active.length, skippedCancelled: entries.length - active.length, outputPath };
}
