import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { placeFileName, placeFiles } from '@catalog/content-models/search/places.ts';
import { regionSchema } from '@catalog/content-models/snapshot/snapshot-schema.ts';
import { readCatalog, stagingDirFor, swapIntoPlace, writeJsonFile } from './search-bundle.ts';

/** Sibling of pagefind/ in the site: one small file per region, read by the search page. */
export const PLACES_DIR = 'places';

/**
 * Writes `<siteDir>/places/<region code>.json` (see places.ts): which implementation of each
 * service a visitor of that region is sent to. Rewritten whole by the full and the incremental
 * index alike (a few hundred small files, computed from catalog.json in memory), into a staging
 * directory swapped into place, so files hard-linked with a live release are never written into.
 */
export async function writePlaceFiles(snapshotDir: string, siteDir: string): Promise<number> {
  const entries = await readCatalog(snapshotDir);
  const regions = regionSchema.array().parse(JSON.parse(await readFile(join(snapshotDir, 'regions.json'), 'utf8')));
  const target = join(siteDir, PLACES_DIR);
  const staging = stagingDirFor(target);
  try {
    const files = placeFiles(entries, regions);
    for (let start = 0; start < files.length; start += 64) {
      await Promise.all(files.slice(start, start + 64).map((file) => writeJsonFile(join(staging, placeFileName(file.code)), file)));
    }
    await swapIntoPlace(staging, target);
    return files.length;
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
