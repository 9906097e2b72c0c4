import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { placeFileName, placeFiles } from '@catalog/content-models/search/places.ts';
import { regionSchema, type CatalogEntry } from '@catalog/content-models/snapshot/snapshot-schema.ts';
import { stagingDirFor, swapIntoPlace, writeJsonFile } from './search-bundle.ts';

/** Sibling of pagefind/ in the site: one small file per region, read by the search page. */
export const PLACES_DIR = 'places';

/**
 * Writes `<siteDir>/places/<region code>.json` (see places.ts): which implementation of each
 * service a visitor of that region is sent to. The full index writes them all into a staging
 * directory swapped into place. An incremental index passes `regions`: only those files are
 * replaced, each written beside and renamed over the old one, so a file hard-linked with the live
 * release is replaced, never written into (a place file holds only its own region's services).
 * A release from before place files gets them all.
 */
export async function writePlaceFiles(options: { snapshotDir: string; siteDir: string; entries: readonly CatalogEntry[]; regions?: ReadonlySet<string> }): Promise<number> {
  const regions = regionSchema.array().parse(JSON.parse(await readFile(join(options.snapshotDir, 'regions.json'), 'utf8')));
  const target = join(options.siteDir, PLACES_DIR);
  if (options.regions && existsSync(target)) {
    // A place file lists its own region's services only: the other regions' entries (99 % of a
    // 100,000-item catalog for one approval) need not be grouped.
    const wanted = options.regions;
    const changed = placeFiles(options.entries.filter((entry) => wanted.has(entry.regionCode)), regions).filter((file) => wanted.has(file.code));
    for (const file of changed) {
      const path = join(target, placeFileName(file.code));
      const temporary = `${stagingDirFor(path)}.json`;
      await writeFile(temporary, JSON.stringify(file));
      await rename(temporary, path);
    }
    return changed.length;
  }
  const files = placeFiles(options.entries, regions);
  const staging = stagingDirFor(target);
  try {
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
