import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { catalogEntrySchema, type CatalogEntry } from '@catalog/content-models/snapshot/snapshot-schema.ts';
import { searchDocument, searchDocumentHtml } from '@catalog/content-models/search/index.ts';
import { itemFileName } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { itemUrl } from '../../site/src/lib/urls.ts';
import { PAGEFIND_SIGNATURE, writeBrotliCopies } from './search-precompress.ts';

/**
 * The pieces both index builders share (the full index in search-index.ts, the incremental one in
 * search-delta.ts): turning snapshot entries into a Pagefind bundle written into a fresh staging
 * directory, the page table that maps each item address to its Pagefind page id, and the atomic
 * swap of a staging directory into place.
 */

/** How many item files are read and handed to Pagefind at a time: enough to keep both busy. */
const BATCH = 200;

/** Written next to the full index: item address → Pagefind page id. Read by the delta builder. */
export const PAGE_TABLE = 'pages.json';

export interface PageTable {
  language: string;
  /** url → page id (the fragment's file name without extension) */
  pages: Record<string, string>;
}

/**
 * Files of a bundle the site's client never requests: Pagefind's own UI kits and highlighter
 * (the site has its own panel). Leaving them out keeps releases and their hard-link copies lean.
 */
const UNUSED_FILES = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;

/** Indexes `entries` (active items of the snapshot) with Pagefind into `outputDir` (must not exist yet). */
export async function writeSearchBundle(options: {
  snapshotDir: string;
  entries: readonly CatalogEntry[];
  language: string;
  outputDir: string;
  /** Leave out pagefind.js, the worker and the wasm: a bundle merged into another one never loads them. */
  dataOnly?: boolean;
  onProgress?: (done: number, total: number) => void;
}): Promise<PageTable> {
  const { entries } = options;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: options.language });
  if (!index) throw new Error(`无法启动 Pagefind 索引服务：${errors.join('；')}`);
  try {
    for (let start = 0; start < entries.length; start += BATCH) {
      const batch = entries.slice(start, start + BATCH);
      const extras = await Promise.all(batch.map((entry) => readExtras(options.snapshotDir, entry.implementationCode)));
      const added = await Promise.all(
        batch.map((entry, i) =>
          index.addHTMLFile({ url: itemUrl(entry.implementationCode), content: searchDocumentHtml(searchDocument(entry, itemUrl(entry.implementationCode), extras[i])) }),
        ),
      );
      const failed = added.find((response) => response.errors.length > 0);
      if (failed) throw new Error(`Pagefind 无法索引事项 ${failed.file?.url ?? ''}：${failed.errors.join('；')}`);
      options.onProgress?.(Math.min(start + BATCH, entries.length), entries.length);
    }
    const written = await index.writeFiles({ outputPath: options.outputDir });
    if (written.errors.length > 0) throw new Error(`Pagefind 无法写出索引到 ${options.outputDir}：${written.errors.join('；')}`);
  } finally {
    await index.deleteIndex();
    await pagefind.close();
  }
  for (const name of await readdir(options.outputDir)) {
    const unused = UNUSED_FILES.test(name) || (options.dataOnly && (/^pagefind(-worker)?\.js$/.test(name) || /^wasm\..*\.pagefind$/.test(name)));
    if (unused) await rm(join(options.outputDir, name));
  }
  await writeBrotliCopies(options.outputDir);
  return { language: options.language, pages: await slimFragments(options.outputDir) };
}

/** Reads a fragment file of a bundle: Pagefind gzips `pagefind_dcd` + the page's JSON. */
export async function readFragment(bundleDir: string, id: string): Promise<{ url: string; filters: Record<string, string[]> }> {
  return parseFragment(await readFile(join(bundleDir, 'fragment', `${id}.pf_fragment`))) as { url: string; filters: Record<string, string[]> };
}

function parseFragment(compressed: Buffer): Record<string, unknown> {
  return JSON.parse(gunzipSync(compressed).subarray(PAGEFIND_SIGNATURE.length).toString('utf8'));
}

/**
 * Rewrites each fragment of a freshly written bundle (its own new files) without the indexed
 * text, and returns url → page id. A fragment is what the browser loads per shown result; ours
 * carried the document's encoded token list (for excerpts the site never shows), two thirds of its
 * bytes. Results show only the meta fields (name, unit, category, level, region).
 */
async function slimFragments(bundleDir: string): Promise<Record<string, string>> {
  const names = (await readdir(join(bundleDir, 'fragment'))).filter((name) => name.endsWith('.pf_fragment'));
  const pages: Record<string, string> = {};
  // A few files at a time: fast on a disk, bounded memory at 100,000 pages.
  for (let start = 0; start < names.length; start += 64) {
    await Promise.all(
      names.slice(start, start + 64).map(async (name) => {
        const id = name.slice(0, -'.pf_fragment'.length);
        const file = join(bundleDir, 'fragment', name);
        const fragment = parseFragment(await readFile(file));
        pages[fragment.url as string] = id;
        await writeFile(file, gzipSync(PAGEFIND_SIGNATURE + JSON.stringify({ ...fragment, content: '', anchors: [] }), { level: 9 }));
      }),
    );
  }
  return pages;
}

/** A new, unique directory name next to `target`, on the same file system so rename is atomic. */
export function stagingDirFor(target: string): string {
  return join(dirname(target), `.${target.split('/').pop()}-staging-${process.pid}-${randomBytes(4).toString('hex')}`);
}

/**
 * Puts `staging` in place of `target`. The old directory is renamed away first and removed after:
 * its files may be hard links shared with the live release, so they are unlinked, never rewritten.
 */
export async function swapIntoPlace(staging: string, target: string): Promise<void> {
  const old = `${stagingDirFor(target)}-old`;
  let moved = false;
  try {
    await rename(target, old);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await rename(staging, target);
  if (moved) await rm(old, { recursive: true, force: true });
}

export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(value));
}

export async function readCatalog(snapshotDir: string): Promise<CatalogEntry[]> {
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
