/**
 * What the publisher asks the long-lived renderer (render-server.ts) to write. Every job names
 * the page by its address and says how to get its props: the item pages directly from one
 * snapshot file (their getStaticPaths would read every item), every other route through its
 * own getStaticPaths, matched by params — so props are built exactly as `astro build` builds them.
 */
export type PageJob =
  | { kind: 'item'; url: string; code: string }
  | { kind: 'redirect'; url: string; from: string; to: string }
  | { kind: 'checklist'; url: string; code: string }
  | { kind: 'share'; url: string; code: string }
  | { kind: 'route'; url: string; route: string; params: Record<string, string | undefined> }
  | { kind: 'page'; url: string; route: string }
  | { kind: 'endpoint'; url: string; route: string };

export interface RenderRequest {
  id: number;
  snapshotDir: string;
  /** The new release: files are written under a temporary name and renamed over the hard links. */
  outDir: string;
  /** A full build of the same site (the previous release), whose pages show each route's built CSS and script tags. */
  assetsDir: string;
  /** Per route module, a page of it in `assetsDir` to read the asset tags from when the job's own page is new. */
  samples: Record<string, string>;
  jobs: PageJob[];
}

export type RenderReply =
  | { id: number; ok: true; written: string[]; ms: number; rssBytes: number }
  | { id: number; ok: false; error: string };

export interface ReadyMessage {
  ready: true;
  ms: number;
}

/** Where a page of this address lives in a release built with `build.format: 'directory'`. */
export function fileOfUrl(url: string): string {
  const path = decodeURIComponent(url).replace(/^\//, '');
  if (path === '404/' || path === '404') return '404.html';
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path;
}

/** Route module of each page kind (paths inside site/). */
export const routes = {
  item: '/src/pages/items/[code]/index.astro',
  checklist: '/src/pages/items/[code]/checklist/index.astro',
  share: '/src/pages/items/[code]/share.png.ts',
  basicCode: '/src/pages/c/[basicCode]/index.astro',
  compare: '/src/pages/c/[basicCode]/compare/index.astro',
  group: '/src/pages/browse/[facet]/[group]/[...page].astro',
  facet: '/src/pages/browse/[facet]/index.astro',
  browse: '/src/pages/browse/index.astro',
  home: '/src/pages/index.astro',
  notFound: '/src/pages/404.astro',
  search: '/src/pages/search/index.astro',
  consultations: '/src/pages/consultations/index.astro',
  notices: '/src/pages/notices/index.astro',
  noticeArchive: '/src/pages/notices/[page].astro',
  notice: '/src/pages/notices/detail/[id].astro',
  feed: '/src/pages/notices/feed.xml.ts',
  siteMap: '/src/pages/sitemap/index.astro',
  openData: '/src/pages/open-data/index.astro',
  catalogJson: '/src/pages/open-data/catalog.json.ts',
  catalogCsv: '/src/pages/open-data/catalog.csv.ts',
  intermediaryList: '/src/pages/lists/intermediary/index.astro',
  intermediaryJson: '/src/pages/open-data/intermediary.json.ts',
  intermediaryCsv: '/src/pages/open-data/intermediary.csv.ts',
  transferableList: '/src/pages/lists/transferable/index.astro',
  transferableJson: '/src/pages/open-data/transferable.json.ts',
  transferableCsv: '/src/pages/open-data/transferable.csv.ts',
  lawsJson: '/src/pages/open-data/laws.json.ts',
  lawsCsv: '/src/pages/open-data/laws.csv.ts',
} as const;
