import { levels, lifeEventThemes, serviceCategories, serviceObjects } from '../vocabularies/index.ts';
import type { CatalogEntry } from '../snapshot/snapshot-schema.ts';
import { ABBREVIATIONS } from './abbreviations.ts';
import { encodeToken, searchTerms, textTokens } from './tokenize.ts';

/** What the search index needs from the full guide besides its catalog entry. */
export interface SearchExtras {
  formerNames?: readonly string[];
  materialNames?: readonly string[];
}

/** Shown on a result without loading the guide; keys are Pagefind meta keys. */
export interface SearchMeta {
  title: string;
  unit: string;
  category: string;
  level: string;
  region: string;
  code: string;
}

/** Pagefind filter names, shown as the filter headings. */
export const FILTER_KEYS = { category: '分类', unit: '部门', level: '层级', region: '地区', object: '服务对象' } as const;

/**
 * Relative importance of each field. Pagefind weights words by the element they sit in (0–10);
 * a citizen's words for an item (name, aliases, former names) outrank where and what.
 */
export const FIELD_WEIGHTS = { name: 10, alias: 10, unit: 3, region: 3, label: 2, material: 1 } as const;

export interface SearchDocument {
  url: string;
  meta: SearchMeta;
  filters: Record<string, string[]>;
  /** field name → space-separated search terms (see searchTerms), indexed with FIELD_WEIGHTS */
  fields: Record<keyof typeof FIELD_WEIGHTS, string>;
}

/**
 * Each term once per document, in its weightiest field: a material repeating the item's own name
 * (残疾人证换领 needs 残疾人证) must not lift it above the item whose name alone matches.
 */
function fieldsOnce(fields: Record<keyof typeof FIELD_WEIGHTS, string[]>): SearchDocument['fields'] {
  const seen = new Set<string>();
  const out = {} as SearchDocument['fields'];
  for (const field of Object.keys(FIELD_WEIGHTS) as (keyof typeof FIELD_WEIGHTS)[]) {
    const fresh = fields[field].filter((term) => !seen.has(term) && seen.add(term));
    out[field] = fresh.join(' ');
  }
  return out;
}

/**
 * Turns one published item into a search document of pre-cut tokens: nothing is left for Pagefind
 * to segment, so it can index as a non-CJK language (fast, small) and still find Chinese.
 */
export function searchDocument(
  entry: CatalogEntry,
  url: string,
  extras: SearchExtras = {},
  dictionary = ABBREVIATIONS,
): SearchDocument {
  const category = serviceCategories.label(entry.category);
  const level = levels.label(entry.level);
  const objects = entry.serviceObjects.map((code) => serviceObjects.label(code));
  const themes = entry.themes.map((code) => lifeEventThemes.label(code));
  const names = [...entry.aliases, ...(extras.formerNames ?? [])];
  return {
    url,
    meta: { title: entry.name, unit: entry.unitName, category, level, region: entry.regionName, code: entry.implementationCode },
    filters: {
      [FILTER_KEYS.category]: [category],
      [FILTER_KEYS.unit]: [entry.unitName],
      [FILTER_KEYS.level]: [level],
      [FILTER_KEYS.region]: [entry.regionName],
      [FILTER_KEYS.object]: objects,
    },
    fields: fieldsOnce({
      name: searchTerms(entry.name, dictionary),
      alias: names.flatMap((name) => searchTerms(name, dictionary)),
      unit: searchTerms(entry.unitName, dictionary),
      region: searchTerms(entry.regionName, dictionary),
      label: [category, ...objects, ...themes].flatMap((label) => textTokens(label).map(encodeToken)),
      material: (extras.materialNames ?? []).flatMap((name) => searchTerms(name, dictionary)),
    }),
  };
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The document as the small HTML page Pagefind indexes (custom records carry no weights). It is
 * generated from the snapshot, never from the site's pages, so page markup cannot change search.
 */
export function searchDocumentHtml(doc: SearchDocument): string {
  const meta = Object.entries(doc.meta)
    .map(([key, value]) => `<span data-pagefind-meta="${key}">${escapeHtml(value)}</span>`)
    .join('');
  const filters = Object.entries(doc.filters)
    .flatMap(([key, values]) => values.map((value) => `<span data-pagefind-filter="${escapeHtml(key)}">${escapeHtml(value)}</span>`))
    .join('');
  const fields = (Object.keys(FIELD_WEIGHTS) as (keyof typeof FIELD_WEIGHTS)[])
    .filter((field) => doc.fields[field])
    .map((field) => `<p data-pagefind-weight="${FIELD_WEIGHTS[field]}">${doc.fields[field]}</p>`)
    .join('');
  return `<!doctype html><html lang="ia"><head><title>${escapeHtml(doc.meta.title)}</title></head><body>${meta}${filters}<main data-pagefind-body>${fields}</main></body></html>`;
}
