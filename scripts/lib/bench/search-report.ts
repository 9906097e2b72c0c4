import { PHONE_PROFILE, TYPING_MS, type SearchBrowserFigures, type Transfer } from './search-browser.ts';
import type { SiteFigures } from './site.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const split = (transfer: Transfer) =>
  Object.entries(transfer.byKind)
    .sort(([, a], [, b]) => b - a)
    .map(([kind, bytes]) => `${kind} ${kb(bytes)}`)
    .join(', ');

/**
 * The search rows of the site table: what a phone downloads and waits for, measured in Chromium
 * (search-browser.ts). Sizes measured before that existed show the old file-size estimate.
 */
export function searchRows(row: (label: string, value: (r: SiteFigures) => string) => string): string[] {
  const of = (r: SiteFigures, value: (b: SearchBrowserFigures) => string) => (r.search.browser ? value(r.search.browser) : '—');
  return [
    row('**First search, cold: bytes on the wire / time** (fresh page, query submitted at once)', (r) =>
      r.search.browser ? `**${kb(r.search.browser.coldQuery.bytes)} / ${r.search.browser.coldQuery.ms} ms**` : `${kb(r.search.firstQueryBytes)} (file-size estimate)`),
    row('… of which', (r) => of(r, (b) => split(b.coldQuery))),
    row('Search preload on focus (module, wasm, metadata)', (r) => of(r, (b) => `${kb(b.preload.bytes)} in ${b.preload.requests} requests`)),
    row(`**First query after that preload** (typed, ${TYPING_MS} ms a character; bytes / ms from Enter)`, (r) =>
      of(r, (b) => `**${kb(b.firstQuery.bytes)} / ${b.firstQuery.ms} ms** (${split(b.firstQuery)})`)),
    row('**Citizen queries: right service first / in top 3 / in top 10** (test/search/citizen-queries.json, catalog without aliases)', (r) => {
      const q = r.search.quality;
      const pct = (n: number) => `${((n / q!.queries) * 100).toFixed(1)} %`;
      return q ? `${pct(q.top1)} / **${pct(q.top3)}** / ${pct(q.top10)} of ${q.queries}` : '—';
    }),
    row('**Later queries, median / slowest** (typed the same way)', (r) => of(r, (b) => `**${b.laterQueries.medianMs} ms** / ${b.laterQueries.maxMs} ms, ${kb(b.laterQueries.meanBytes)} each on average`)),
  ];
}

export const SEARCH_PROFILE_NOTE = `Search is measured on the built /search/ page in headless Chromium (CDP; bytes are encodedDataLength as served by the project's static server, HTTP/1.1: text gzipped on the fly, the search files from their brotli copies) on a mid-range phone profile: ${PHONE_PROFILE.name}.`;
