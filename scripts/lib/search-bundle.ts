import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { catalogEntrySchema, type CatalogEntry } from '@catalog/content-models/snapshot/snapshot-schema.ts';
import { serviceDocument, serviceDocumentHtml, type SynonymDictionary } from '@catalog/content-models/search/service-document.ts';
import { SHIPPED_SYNONYMS, synonymLookup, validateSynonyms } from '@catalog/content-models/search/synonyms.ts';
import { vocabularyFile } from '@catalog/content-models/search/vocabulary.ts';
import { itemFileName } from '@catalog/content-models/snapshot/snapshot-io.ts';
import { indexTools } from './search-tools.ts';
import { PAGEFIND_SIGNATURE, writeBrotliCopies } from './search-precompress.ts';

/**
 * The pieces both index builders share (the full index in search-index.ts, the incremental one in
 * search-delta.ts): turning snapshot entries into a Pagefind bundle written into a fresh staging
 * directory, the page table that maps each item address to its Pagefind page id, and the atomic
 * swap of a staging directory into place.
 */

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

/** The browser's query cutter reads this file of the bundle (see vocabulary.ts). */
export const WORDS_FILE = 'words.json';

/**
 * Indexes `entries` (active items of the snapshot) with Pagefind into `outputDir` (must not exist
 * yet): one document per service (基本编码), whatever the number of places that offer it, so a
 * result is a service and the visitor's place decides which implementation it opens.
 */
export async function writeSearchBundle(options: {
  snapshotDir: string;
  entries: readonly CatalogEntry[];
  language: string;
  outputDir: string;
  /** Colloquial → formal words; the snapshot's own dictionary, or the shipped one. */
  synonyms: SynonymDictionary;
  /** Leave out pagefind.js, the worker and the wasm: a bundle merged into another one never loads them. */
  dataOnly?: boolean;
  onProgress?: (done: number, total: number) => void;
}): Promise<PageTable> {
  const services = groupByService(options.entries);
  const tools = indexTools(options.synonyms);
  const words = new Set<string>();
  const traditional = new Map<string, string>();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: options.language });
  if (!index) throw new Error(`无法启动 Pagefind 索引服务：${errors.join('；')}`);
  try {
    let done = 0;
    for (const [basicCode, entries] of services) {
      const extras = await readServiceExtras(options.snapshotDir, entries);
      const doc = serviceDocument({ basicCode, entries, ...extras }, tools, options.synonyms);
      const added = await index.addHTMLFile({ url: doc.url, content: serviceDocumentHtml(doc) });
      if (added.errors.length > 0) throw new Error(`Pagefind 无法索引事项 ${doc.meta.title}（基本编码 ${basicCode}）：${added.errors.join('；')}`);
      for (const word of doc.words) {
        if (words.has(word)) continue;
        words.add(word);
        for (const form of tools.traditional(word)) {
          const chars = [...form];
          [...word].forEach((char, i) => chars[i] && chars[i] !== char && traditional.set(chars[i]!, char));
        }
      }
      done += entries.length;
      options.onProgress?.(done, options.entries.length);
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
  await writeJsonFile(join(options.outputDir, WORDS_FILE), vocabularyFile(words, traditional));
  await writeBrotliCopies(options.outputDir);
  return { language: options.language, pages: await slimFragments(options.outputDir) };
}

/** Active implementations by 基本编码, in code order so the index is the same for the same snapshot. */
export function groupByService(entries: readonly CatalogEntry[]): Map<string, CatalogEntry[]> {
  const services = new Map<string, CatalogEntry[]>();
  for (const entry of [...entries].sort((a, b) => a.basicCode.localeCompare(b.basicCode) || a.implementationCode.localeCompare(b.implementationCode))) {
    services.set(entry.basicCode, [...(services.get(entry.basicCode) ?? []), entry]);
  }
  return services;
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

/**
 * The snapshot's synonym dictionary (what administrators keep in the CMS, exported as
 * synonyms.json), or the shipped one for snapshots without it (older ones, generated catalogs).
 */
export async function readSynonyms(snapshotDir: string): Promise<SynonymDictionary> {
  const file = join(snapshotDir, 'synonyms.json');
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return Object.fromEntries(synonymLookup(SHIPPED_SYNONYMS));
    throw new Error(`无法读取快照中的搜索同义词 ${file}：${(error as Error).message}`);
  }
  const { synonyms, problems } = validateSynonyms(raw);
  if (problems.length > 0) throw new Error(`快照中的搜索同义词 ${file} 有误：${problems.slice(0, 3).join('；')}`);
  return Object.fromEntries(synonymLookup(synonyms));
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

/**
 * Former names, material names and result names of a service, from its implementations' guides.
 * A missing guide file only loses those. Implementations of one service mostly share them, so at
 * most a few dozen guides per service are read: enough for local variants, bounded at 100,000 items.
 */
async function readServiceExtras(snapshotDir: string, entries: readonly CatalogEntry[]): Promise<{ formerNames: string[]; materialNames: string[]; resultNames: string[] }> {
  const sample = entries.length > GUIDES_PER_SERVICE ? entries.filter((_, i) => i % Math.ceil(entries.length / GUIDES_PER_SERVICE) === 0) : entries;
  const items = await Promise.all(sample.map((entry) => readGuideExtras(snapshotDir, entry.implementationCode)));
  const unique = (values: string[]) => [...new Set(values.filter(Boolean))];
  return {
    formerNames: unique(items.flatMap((item) => item.formerNames ?? [])),
    materialNames: unique(items.flatMap((item) => (item.materials ?? []).map((material) => material.name))),
    resultNames: unique(items.map((item) => item.resultName ?? '')),
  };
}

const GUIDES_PER_SERVICE = 24;

async function readGuideExtras(snapshotDir: string, code: string): Promise<{ formerNames?: string[]; materials?: { name: string }[]; resultName?: string }> {
  try {
    return JSON.parse(await readFile(join(snapshotDir, 'items', itemFileName(code)), 'utf8'));
  } catch {
    return {};
  }
}
