import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CatalogEntry, PublicAdjustment, PublicItem } from '@catalog/content-models';
import { readSnapshotItem, readTrustedSnapshotFile } from '@catalog/content-models/snapshot/snapshot-io.ts';
import type { ChangedItem } from '../../../cms/src/publish/snapshotDelta.ts';
import { comparedEntries } from '../../../site/src/lib/compare.ts';
import { compareUrl, noticeArchiveUrl, noticeUrl } from '../../../site/src/lib/urls.ts';
import { planPages } from './dependencies.ts';
import { fileOfUrl, routes } from './protocol.ts';
import type { PageRenderer } from './renderer.ts';
import { inSitemap, updateSitemap } from './sitemap.ts';

export interface ReleaseChanges {
  previousSnapshotDir: string;
  snapshotDir: string;
  /** The live release the new one was hard-linked from; also the source of the built asset tags. */
  previousReleaseDir: string;
  releaseDir: string;
  changed: ChangedItem[];
  previousCatalog: CatalogEntry[];
  catalog: CatalogEntry[];
}

export type RenderOutcome = { ok: true; written: string[]; removed: string[] } | { ok: false; reason: string };

const exists = (path: string) => stat(path).then(() => true, () => false);

/**
 * Brings a hard-link copy of the live release up to the new snapshot: renders the pages the
 * dependency map names with the warm renderer, removes the pages that no longer exist, and
 * rewrites the sitemap when the page set or an item's date changed.
 */
export async function renderChanges(renderer: PageRenderer, changes: ReleaseChanges, say: (line: string) => void = () => undefined): Promise<RenderOutcome> {
  const { previousSnapshotDir, snapshotDir, previousReleaseDir, releaseDir } = changes;
  const previousItems = new Map<string, Promise<PublicItem | undefined>>();
  const previousAdjustments = await readTrustedSnapshotFile<PublicAdjustment[]>(previousSnapshotDir, 'adjustments.json');
  const plan = await planPages({
    previousCatalog: changes.previousCatalog,
    catalog: changes.catalog,
    changed: changes.changed,
    previousAdjustments,
    adjustments: await readTrustedSnapshotFile<PublicAdjustment[]>(snapshotDir, 'adjustments.json'),
    previousItem: (code) => {
      if (!previousItems.has(code)) previousItems.set(code, readSnapshotItem(previousSnapshotDir, code).catch(() => undefined));
      return previousItems.get(code)!;
    },
    item: (code) => readSnapshotItem(snapshotDir, code),
    previousHas: (file) => exists(join(previousReleaseDir, file)),
  });
  if (!plan.ok) return plan;
  // A notice page takes its styles and scripts from an earlier one: the first notice ever published
  // has none to copy them from, so that publication is a full build.
  if (previousAdjustments.length === 0 && plan.jobs.some((job) => 'route' in job && job.route === routes.notice)) {
    return { ok: false, reason: '首次发布事项调整公告页面，需要完整构建一次' };
  }
  // Likewise a 标准化比对 page takes them from an earlier one: the first ever is built in full.
  const compareSample = plan.jobs.some((job) => 'route' in job && job.route === routes.compare) ? fileOfUrl(compareUrl(firstCompared(changes.previousCatalog) ?? '')) : '';
  if (compareSample && !(await exists(join(previousReleaseDir, compareSample)))) {
    return { ok: false, reason: '首次生成各地办理标准比对页面，需要完整构建一次' };
  }
  // A new archive page of 调整公告 takes its styles from the first one: the first ever is built in full.
  if (plan.jobs.some((job) => 'route' in job && job.route === routes.noticeArchive) && !(await exists(join(previousReleaseDir, fileOfUrl(noticeArchiveUrl(1)))))) {
    return { ok: false, reason: '首次生成调整公告分页，需要完整构建一次' };
  }
  say(`增量渲染 ${plan.jobs.length} 个页面，删除 ${plan.remove.length} 个页面`);

  const newPages: string[] = [];
  for (const job of plan.jobs) if (job.url.endsWith('/') && !(await exists(join(previousReleaseDir, fileOfUrl(job.url))))) newPages.push(job.url);
  const first = changes.previousCatalog[0];
  const firstActive = changes.previousCatalog.find((e) => e.status === 'active');
  const result = await renderer.render({
    snapshotDir,
    outDir: releaseDir,
    assetsDir: previousReleaseDir,
    samples: {
      [routes.item]: first ? fileOfUrl(`/items/${first.implementationCode}/`) : '',
      [routes.checklist]: firstActive ? fileOfUrl(`/items/${firstActive.implementationCode}/checklist/`) : '',
      [routes.group]: 'browse/category/' + (await firstDir(join(previousReleaseDir, 'browse/category'))) + '/index.html',
      [routes.notices]: 'notices/index.html',
      [routes.noticeArchive]: fileOfUrl(noticeArchiveUrl(1)),
      [routes.notice]: previousAdjustments[0] ? fileOfUrl(noticeUrl(previousAdjustments[0].id)) : '',
      [routes.basicCode]: first ? fileOfUrl(`/c/${first.basicCode}/`) : '',
      [routes.compare]: compareSample,
    },
    jobs: plan.jobs,
  });

  const removed: string[] = [];
  for (const url of plan.remove) {
    const file = join(releaseDir, fileOfUrl(url));
    if (!(await exists(file))) continue;
    await rm(file);
    removed.push(url);
    await removeEmptyParents(releaseDir, dirname(file));
  }

  const updatedAtByCode = new Map(changes.catalog.map((e) => [e.implementationCode, e.updatedAt]));
  const site = process.env.SITE_URL ?? (await readTrustedSnapshotFile<{ baseUrl: string }>(snapshotDir, 'settings.json')).baseUrl;
  const sitemap = await updateSitemap(
    releaseDir,
    site,
    newPages.filter((url) => inSitemap(url, updatedAtByCode)),
    removed.filter((url) => url.endsWith('/')),
    updatedAtByCode,
  );
  return { ok: true, written: [...result.written, ...sitemap], removed };
}

/** A basic code that had a 标准化比对 page in the previous release. */
function firstCompared(catalog: CatalogEntry[]): string | undefined {
  const byBasicCode = new Map<string, CatalogEntry[]>();
  for (const entry of catalog) {
    const siblings = byBasicCode.get(entry.basicCode);
    if (siblings) siblings.push(entry);
    else byBasicCode.set(entry.basicCode, [entry]);
  }
  for (const [basicCode, entries] of byBasicCode) if (comparedEntries(entries)) return basicCode;
  return undefined;
}

async function firstDir(dir: string): Promise<string> {
  const names = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return names.find((e) => e.isDirectory())?.name ?? '';
}

/** A full build has no empty folders; neither should an incremental release. */
async function removeEmptyParents(root: string, dir: string): Promise<void> {
  while (dir.startsWith(root) && dir !== root) {
    if ((await readdir(dir)).length > 0) return;
    await rmdir(dir);
    dir = dirname(dir);
  }
}
