import { itemTypes, levels, lifeEventThemes, serviceCategories, serviceObjects } from '../vocabularies/index.ts';
import type { CatalogEntry } from '../snapshot/snapshot-schema.ts';
import { exactTerm, NAMESPACE, TIERS, type Tier } from './terms.ts';
import { isHan, phrase, runs } from './text.ts';

/** What the index builder brings that a pure module cannot: a segmenter, pinyin, traditional forms. */
export interface IndexTools {
  /** Words of a text in search mode: whole words and their parts (社会保障 → 社会, 保障, 社会保障). */
  segment(text: string): string[];
  /** Words of a text in order, each character once (社会保障卡补办 → 社会保障卡, 补办). */
  cut(text: string): string[];
  /** Toneless pinyin of a Han word, whole (shehuibaozhang) and initials (shbz). */
  pinyin(word: string): { full: string; initials: string };
  /** The word in traditional characters (Taiwan and Hong Kong forms), when they differ. */
  traditional(word: string): string[];
}

/** Colloquial word → formal forms (see synonyms.ts). */
export type SynonymDictionary = Readonly<Record<string, readonly string[]>>;

/** One service (基本编码) and everything its active implementations say about it. */
export interface ServiceSource {
  basicCode: string;
  entries: readonly CatalogEntry[];
  formerNames?: readonly string[];
  materialNames?: readonly string[];
  resultNames?: readonly string[];
}

/** Shown on a result without loading anything else; keys are Pagefind meta keys. */
export interface ServiceMeta {
  title: string;
  code: string;
  category: string;
  /** how many implementations (places and units) offer it */
  places: string;
}

/** Pagefind filter names, shown as the filter headings. */
export const FILTER_KEYS = { category: '分类', department: '部门', level: '层级', object: '服务对象', region: '地区' } as const;

export interface IndexTerm {
  term: string;
  /** Pagefind weight: how much of its field the word is (a query matching most of a name ranks first). */
  weight: number;
}

export interface ServiceDocument {
  url: string;
  meta: ServiceMeta;
  filters: Record<string, string[]>;
  terms: IndexTerm[];
  /** Every word indexed, for the browser's query cutter (words.json). */
  words: string[];
}

const weightOf = (word: string, field: string) => Math.round((1 + (9 * [...word].length) / Math.max([...field].length, 1)) * 10) / 10;

/** The name most implementations use; a few local variants become aliases. */
function commonName(entries: readonly CatalogEntry[]): string {
  const counts = new Map<string, number>();
  for (const entry of entries) counts.set(entry.name, (counts.get(entry.name) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]![0];
}

/** 民政局 for 江心区民政局: the department a citizen names, whatever the place. */
export function departmentName(entry: Pick<CatalogEntry, 'unitName' | 'regionName'>): string {
  const name = entry.unitName.trim();
  return name.startsWith(entry.regionName) && name.length > entry.regionName.length ? name.slice(entry.regionName.length) : name;
}

/** Runs of up to this many consecutive words get their own pinyin term. */
const MAX_SPELLED_WORDS = 4;

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

/**
 * Turns one service into a search document of namespaced terms (see terms.ts): the words of its
 * name, of its aliases, former names and matching synonyms, of its department, category, themes and
 * result, and of its materials — each word once, in its most telling field — plus its whole name,
 * its 基本编码 and the pinyin of its name and aliases.
 */
export function serviceDocument(source: ServiceSource, tools: IndexTools, synonyms: SynonymDictionary): ServiceDocument {
  const { entries } = source;
  const first = entries[0];
  if (!first) throw new Error(`基本编码 ${source.basicCode} 没有在用的实施事项，不能建立搜索条目`);
  const name = commonName(entries);
  const aliasTexts = unique([...entries.flatMap((entry) => [entry.name, ...entry.aliases]), ...(source.formerNames ?? [])].filter((text) => text !== name));
  const departments = unique(entries.map(departmentName)).sort();
  const category = serviceCategories.label(first.category);
  const labels = unique([category, itemTypes.label(first.itemType), ...entries.flatMap((entry) => [...entry.themes.map((code) => lifeEventThemes.label(code)), ...entry.serviceObjects.map((code) => serviceObjects.label(code))])]);
  const otherTexts = [...departments, ...labels, ...(source.resultNames ?? [])];
  const materialTexts = unique(source.materialNames ?? []);

  const words = new Map<string, { tier: Tier; weight: number }>();
  const add = (tier: Tier, word: string, field: string) => {
    if (!word || !runs(word).length) return;
    const known = words.get(word);
    const weight = weightOf(word, field);
    if (!known || TIERS.indexOf(tier) < TIERS.indexOf(known.tier)) words.set(word, { tier, weight });
    else if (known.tier === tier && weight > known.weight) known.weight = weight;
  };
  const addText = (tier: Tier, text: string) => {
    const whole = phrase(text);
    if (!whole) return;
    if (tier !== 'name') add(tier, whole, whole);
    for (const word of tools.segment(whole)) add(tier, phrase(word), whole);
  };
  addText('name', name);
  for (const text of aliasTexts) addText('alias', text);
  for (const text of otherTexts) addText('other', text);
  for (const text of materialTexts) addText('material', text);
  // A synonym joins the field where its formal form (or itself) occurs: 驾照 is an alias of every
  // service whose name says 机动车驾驶证, a material word where only a material says it.
  const fields: [Tier, string][] = [['name', [name, ...aliasTexts].map(phrase).join(' ')], ['other', otherTexts.map(phrase).join(' ')], ['material', materialTexts.map(phrase).join(' ')]];
  for (const [colloquial, forms] of Object.entries(synonyms)) {
    const word = phrase(colloquial);
    const field = fields.find(([, text]) => text.includes(word) || forms.some((form) => text.includes(phrase(form))));
    if (field) add(field[0] === 'name' ? 'alias' : field[0], word, word);
  }

  const terms: IndexTerm[] = [
    { term: exactTerm(NAMESPACE.exactName, phrase(name)), weight: 10 },
    { term: exactTerm(NAMESPACE.code, source.basicCode.toLowerCase()), weight: 10 },
  ];
  for (const text of new Set(aliasTexts.map(phrase))) if (text) terms.push({ term: exactTerm(NAMESPACE.otherName, text), weight: 10 });
  const spellings = new Map<string, IndexTerm>();
  for (const [word, { tier, weight }] of words) {
    terms.push({ term: exactTerm(NAMESPACE[tier], word), weight });
    if ((tier === 'name' || tier === 'alias') && isHan(word) && [...word].length > 1) {
      const namespace = tier === 'name' ? NAMESPACE.namePinyin : NAMESPACE.aliasPinyin;
      const { full, initials } = tools.pinyin(word);
      for (const spelling of [full, initials]) {
        const term = exactTerm(namespace, spelling);
        if (spelling.length > 1 && !spellings.has(term)) spellings.set(term, { term, weight });
      }
    }
  }
  for (const char of new Set([...phrase(name)].filter(isHan))) terms.push({ term: exactTerm(NAMESPACE.char, char), weight: 1 });
  // Pinyin of runs of consecutive words too: shengyujintie is 生育津贴 of 生育津贴支付.
  const spell = (namespace: string, text: string, weight: number) => {
    const { full, initials } = tools.pinyin(text);
    for (const spelling of [full, initials]) {
      const term = exactTerm(namespace, spelling);
      if (spelling.length > 1 && !spellings.has(term)) spellings.set(term, { term, weight });
    }
  };
  spell(NAMESPACE.namePinyin, phrase(name), 10);
  for (const [namespace, texts] of [[NAMESPACE.namePinyin, [name]], [NAMESPACE.aliasPinyin, aliasTexts]] as const) {
    for (const text of texts) {
      const cut = tools.cut(phrase(text)).filter(isHan);
      for (let start = 0; start < cut.length; start += 1) {
        for (let end = start + 2; end <= Math.min(cut.length, start + MAX_SPELLED_WORDS); end += 1) spell(namespace, cut.slice(start, end).join(''), 5);
      }
    }
  }

  return {
    url: `/c/${encodeURIComponent(source.basicCode)}/`,
    meta: { title: name, code: source.basicCode, category, places: String(entries.length) },
    filters: {
      [FILTER_KEYS.category]: [category],
      [FILTER_KEYS.department]: departments,
      [FILTER_KEYS.level]: unique(entries.map((entry) => levels.label(entry.level))),
      [FILTER_KEYS.object]: unique(entries.flatMap((entry) => entry.serviceObjects.map((code) => serviceObjects.label(code)))),
      // Loaded only when the visitor uses the region filter: the place decides what a result opens.
      [FILTER_KEYS.region]: unique(entries.map((entry) => entry.regionName)).sort(),
    },
    terms: [...terms, ...spellings.values()],
    words: [phrase(name), ...words.keys(), ...[...phrase(name)].filter(isHan)],
  };
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The document as the small HTML page Pagefind indexes (custom records carry no weights). It is
 * generated from the snapshot, never from the site's pages, so page markup cannot change search.
 * Each term sits in its own element so it carries its own weight.
 */
export function serviceDocumentHtml(doc: ServiceDocument): string {
  const meta = Object.entries(doc.meta)
    .map(([key, value]) => `<span data-pagefind-meta="${key}">${escapeHtml(value)}</span>`)
    .join('');
  const filters = Object.entries(doc.filters)
    .flatMap(([key, values]) => values.map((value) => `<span data-pagefind-filter="${escapeHtml(key)}">${escapeHtml(value)}</span>`))
    .join('');
  const terms = doc.terms.map(({ term, weight }) => `<p data-pagefind-weight="${weight}">${term}</p>`).join('');
  return `<!doctype html><html lang="ia"><head><title>${escapeHtml(doc.meta.title)}</title></head><body>${meta}${filters}<main data-pagefind-body>${terms}</main></body></html>`;
}
