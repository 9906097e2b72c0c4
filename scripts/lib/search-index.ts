import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { catalogEntrySchema, type CatalogEntry } from '@catalog/content-models/snapshot/snapshot-schema.ts';
import { searchDocument, searchDocumentHtml } from '@catalog/content-models/search/index.ts';
import { itemFileName } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { itemUrl } from '../../site/src/lib/urls.ts';

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

/** How many item files are read and handed to Pagefind at a time: enough to keep both busy. */
const BATCH = 200;

/**
 * Indexes the published items of a snapshot (not the site's HTML) into `<siteDir>/pagefind/`.
 * Cancelled items are left out: their pages stay reachable by address, but search should send a
 * citizen to the item in force.
 */
export async function buildSearchIndex(options: SearchIndexOptions): Promise<SearchIndexResult> {
  const entries = await readCatalog(options.snapshotDir);
  const active = entries.filter((entry) => entry.status === 'active');
  const { index, errors } = await pagefind.createIndex({ forceLanguage: INDEX_LANGUAGE });
  if (!index) throw new Error(`无法启动 Pagefind 索引服务：${errors.join('；')}`);
  try {
    for (let start = 0; start < active.length; start += BATCH) {
      const batch = active.slice(start, start + BATCH);
      const extras = await Promise.all(batch.map((entry) => readExtras(options.snapshotDir, entry.implementationCode)));
      const added = await Promise.all(
        batch.map((entry, i) =>
          index.addHTMLFile({ url: itemUrl(entry.implementationCode), content: searchDocumentHtml(searchDocument(entry, itemUrl(entry.implementationCode), extras[i])) }),
        ),
      );
      const failed = added.find((response) => response.errors.length > 0);
      if (failed) throw new Error(`Pagefind 无法索引事项 ${failed.file?.url ?? ''}：${failed.errors.join('；')}`);
      options.onProgress?.(Math.min(start + BATCH, active.length), active.length);
    }
    const outputPath = join(options.siteDir, 'pagefind');
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind 无法写出索引到 ${outputPath}：${written.errors.join('；')}`);
    return { indexed: active.length, skippedCancelled: entries.length - active.length, outputPath };
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
}

async function readCatalog(snapshotDir: string): Promise<CatalogEntry[]> {
  const file = join(snapshotDir, 'catalog.json');
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new Error(`无法读取快照目录 ${file}：${(error as Error).message}（应为 catalog.json 事项清单）`);
  }
  if (!Array.isArray(raw)) throw new Error(`快照文件 ${file} 应为事项数组`);
  return raw.map((value, i) => {
    const parsed = catalogEntrySchema.safeParse(value);
    if (!parsed.success) throw new Error(`快照文件 ${file} 第 ${i + 1} 项不符合目录格式：${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}

/** Former names and material names from the full guide; a missing guide file only loses those. */
async function readExtras(snapshotDir: string, code: string): Promise<{ formerNames: string[]; materialNames: string[] }> {
  const file = join(snapshotDir, 'items', itemFileName(code));
  try {
    const item = JSON.parse(await readFile(file, 'utf8')) as {
      formerNames?: string[];
      materials?: { name: string }[];
    };
    return { formerNames: item.formerNames ?? [], materialNames: (item.materials ?? []).map((material) => material.name) };
  } catch {
    return { formerNames: [], materialNames: [] };
  }
}
