import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindApi } from '@catalog/content-models/search/catalog-search.ts';

/** What a server needs of pagefind.js: a separate instance per index it opens. */
export interface PagefindModule {
  createInstance(options: { basePath: string }): PagefindApi;
}

let loading: Promise<PagefindModule> | undefined;

/**
 * Pagefind's search script, for searching on the server. It comes from the `pagefind` package the
 * site's index is built with (same version as the index), never from the site: the CMS runs no
 * code it downloaded. Pagefind hands the script out only with an index's files, so an empty index
 * is made in memory; the script is an ES module, imported from a private temporary folder.
 */
export function pagefindModule(): Promise<PagefindModule> {
  loading ??= loadPagefindModule().catch((error: unknown) => {
    loading = undefined; // the next search tries again
    throw error;
  });
  return loading;
}

async function loadPagefindModule(): Promise<PagefindModule> {
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind 无法启动：${errors.join('；')}`);
  const { files } = await index.getFiles();
  await index.deleteIndex();
  await pagefind.close();
  const script = files.find((file) => file.path === 'pagefind.js');
  if (!script) throw new Error('Pagefind 未提供 pagefind.js');
  const dir = await mkdtemp(join(tmpdir(), 'catalog-pagefind-'));
  try {
    const file = join(dir, 'pagefind.mjs');
    await writeFile(file, script.content, { mode: 0o600 });
    // Not bundled by Next: loaded at run time, like any file outside the app.
    return (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ pathToFileURL(file).href)) as PagefindModule;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
