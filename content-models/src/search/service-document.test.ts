import { describe, expect, it } from 'vitest';
import { catalogEntrySchema, type CatalogEntry } from '../snapshot/snapshot-schema.ts';
import { departmentName, FILTER_KEYS, serviceDocument, serviceDocumentHtml, type IndexTools, type ServiceDocument } from './service-document.ts';
import { encodedWordOf, exactTerm, NAMESPACE, namespaceOf, TIERS, type Tier } from './terms.ts';

/**
 * Index tools small enough to read: segment returns every dictionary word found in the text (search
 * mode), cut the longest dictionary word at each position, pinyin reads a tiny table.
 */
const DICTIONARY = ['残疾', '残疾人', '残疾人证', '换领', '到期', '换发', '更换', '联合会', '民政', '民政局', '救助', '公共', '服务', '公共服务', '自然人', '居民', '身份证', '居民身份证', '户口簿', '居民户口簿', '照片'];
const PINYIN: Record<string, string> = {
  ...{ 残: 'can', 疾: 'ji', 人: 'ren', 证: 'zheng', 换: 'huan', 领: 'ling', 到: 'dao', 期: 'qi', 发: 'fa', 更: 'geng' },
  ...{ 民: 'min', 政: 'zheng', 局: 'ju', 户: 'hu', 口: 'kou', 簿: 'bu' },
};
const LONGEST_FIRST = [...DICTIONARY].sort((a, b) => b.length - a.length);
const tools: IndexTools = {
  segment: (text) => DICTIONARY.filter((word) => text.includes(word)),
  cut: (text) => {
    const words: string[] = [];
    for (let i = 0; i < text.length; ) {
      const word = LONGEST_FIRST.find((known) => text.startsWith(known, i)) ?? text[i]!;
      words.push(word);
      i += word.length;
    }
    return words;
  },
  pinyin: (word) => {
    const syllables = [...word].map((char) => PINYIN[char] ?? '');
    return { full: syllables.join(''), initials: syllables.map((syllable) => syllable.slice(0, 1)).join('') };
  },
  traditional: () => [],
};

const BASIC_CODE = '002007001000';

function entry(implementationCode: string, name: string, regionName: string, unitName: string, level: string, aliases: string[] = []): CatalogEntry {
  return catalogEntrySchema.parse({
    implementationCode,
    basicCode: BASIC_CODE,
    name,
    aliases,
    itemType: '20',
    category: 'civil-aid',
    serviceObjects: ['person'],
    themes: ['disability'],
    level,
    unitId: `unit-${unitName}`,
    unitName,
    unitKind: 'government',
    regionCode: '339100',
    regionName,
    status: 'active',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
}

/**
 * 残疾人证换领 as two disability federations name it, and as 南塘区民政局 names it locally
 * (残疾人证到期换领, listed first so the common name must be counted, not taken from the first entry).
 */
const ENTRIES = [
  entry('11339103MB0000000X4002007001000', '残疾人证到期换领', '南塘区', '南塘区民政局', '4'),
  entry('11339100MB0000000X3002007001000', '残疾人证换领', '瓯江市', '瓯江市残疾人联合会', '3'),
  entry('11339102MB0000000X4002007001000', '残疾人证换领', '江心区', '江心区残疾人联合会', '4', ['残疾人证换发']),
];
const SYNONYMS = {
  残疾证: ['残疾人证'], // formal form in the name
  残联: ['残疾人联合会'], // formal form in a department
  户口本: ['居民户口簿'], // formal form only in a material
  驾照: ['机动车驾驶证'], // formal form nowhere
};
const doc = serviceDocument(
  { basicCode: BASIC_CODE, entries: ENTRIES, formerNames: ['残疾人证更换'], materialNames: ['居民身份证', '居民户口簿', '残疾人证', '居民身份证'], resultNames: ['残疾人证'] },
  tools,
  SYNONYMS,
);

const has = (document: ServiceDocument, namespace: string, word: string) => document.terms.some(({ term }) => term === exactTerm(namespace, word));
const weightOf = (document: ServiceDocument, namespace: string, word: string) => document.terms.find(({ term }) => term === exactTerm(namespace, word))?.weight;
/** The ranking fields a word was indexed in. */
const fieldsOf = (document: ServiceDocument, word: string): Tier[] => TIERS.filter((tier) => has(document, NAMESPACE[tier], word));

describe('serviceDocument: what a result shows', () => {
  it('links to the service page by its 基本编码', () => {
    expect(doc.url).toBe(`/c/${BASIC_CODE}/`);
  });

  it('titles the service with the name most implementations use, whichever entry comes first', () => {
    expect(doc.meta).toEqual({ title: '残疾人证换领', code: BASIC_CODE, category: '民政救助', places: '3' });
  });

  it('offers the category, departments, levels and service objects as filters', () => {
    expect(doc.filters[FILTER_KEYS.category]).toEqual(['民政救助']);
    expect(doc.filters[FILTER_KEYS.department]).toEqual(['残疾人联合会', '民政局']);
    expect([...doc.filters[FILTER_KEYS.level]!].sort()).toEqual(['县级', '市级']);
    expect(doc.filters[FILTER_KEYS.object]).toEqual(['自然人']);
    expect(FILTER_KEYS).toMatchObject({ category: '分类', department: '部门', level: '层级', object: '服务对象' });
  });

  it('offers the places that offer it as the region filter', () => {
    expect(FILTER_KEYS.region).toBe('地区');
    expect(doc.filters[FILTER_KEYS.region]).toEqual(['南塘区', '江心区', '瓯江市'].sort());
  });
});

describe('serviceDocument: each word in its most telling field', () => {
  it('indexes the words of the name in the name field only, though the result, a theme and a material say them too', () => {
    expect(fieldsOf(doc, '残疾人证')).toEqual(['name']);
    expect(fieldsOf(doc, '残疾人')).toEqual(['name']);
    expect(fieldsOf(doc, '换领')).toEqual(['name']);
  });

  it('makes a local variant name, an alias and a former name alias-field words, whole and in parts', () => {
    for (const word of ['残疾人证到期换领', '到期', '残疾人证换发', '换发', '残疾人证更换', '更换']) expect(fieldsOf(doc, word), word).toEqual(['alias']);
  });

  it('indexes each local variant, alias and former name whole as another name of the service, and nothing else there', () => {
    for (const text of ['残疾人证到期换领', '残疾人证换发', '残疾人证更换']) expect(has(doc, NAMESPACE.otherName, text), text).toBe(true);
    expect(has(doc, NAMESPACE.otherName, '残疾人证换领')).toBe(false); // the name itself is the exact name
    expect(has(doc, NAMESPACE.otherName, '到期')).toBe(false);
  });

  it('puts department, category, item type, theme and object words in the other field', () => {
    for (const word of ['残疾人联合会', '联合会', '民政局', '民政救助', '救助', '公共服务', '自然人']) expect(fieldsOf(doc, word), word).toEqual(['other']);
  });

  it('puts words only the materials say in the material field', () => {
    for (const word of ['居民身份证', '身份证', '居民户口簿', '户口簿']) expect(fieldsOf(doc, word), word).toEqual(['material']);
  });

  it('never indexes one word in two fields', () => {
    const namespaces = new Set<string>(TIERS.map((tier) => NAMESPACE[tier]));
    const words = doc.terms.filter(({ term }) => namespaces.has(namespaceOf(term))).map(({ term }) => encodedWordOf(term));
    expect(new Set(words).size).toBe(words.length);
  });

  it('weighs a word by how much of its field it is', () => {
    expect(weightOf(doc, NAMESPACE.name, '残疾人证')).toBe(7); // 1 + 9 × 4/6
    expect(weightOf(doc, NAMESPACE.name, '换领')).toBe(4); // 1 + 9 × 2/6
    expect(weightOf(doc, NAMESPACE.alias, '残疾人证换发')).toBe(10);
  });
});

describe('serviceDocument: synonyms', () => {
  it('indexes a synonym whose formal form is in the name as an alias', () => {
    expect(fieldsOf(doc, '残疾证')).toEqual(['alias']);
  });

  it('indexes a synonym whose formal form is in a department in the other field', () => {
    expect(fieldsOf(doc, '残联')).toEqual(['other']);
  });

  it('leaves a synonym whose formal form only a material says in the material field', () => {
    expect(fieldsOf(doc, '户口本')).toEqual(['material']);
  });

  it('leaves out a synonym whose formal form the service never says', () => {
    expect(fieldsOf(doc, '驾照')).toEqual([]);
    expect(doc.words).not.toContain('驾照');
  });
});

describe('serviceDocument: whole names, codes, characters and pinyin', () => {
  it('indexes the whole name and the 基本编码 at full weight', () => {
    expect(weightOf(doc, NAMESPACE.exactName, '残疾人证换领')).toBe(10);
    expect(weightOf(doc, NAMESPACE.code, BASIC_CODE)).toBe(10);
  });

  it('indexes each Han character of the name once', () => {
    const chars = doc.terms.filter(({ term }) => namespaceOf(term) === NAMESPACE.char);
    expect(chars.map(({ term }) => term)).toEqual([...'残疾人证换领'].map((char) => exactTerm(NAMESPACE.char, char)));
  });

  it('spells the words of the name in full and as initials', () => {
    for (const spelling of ['canjirenzheng', 'cjrz', 'huanling', 'hl']) expect(has(doc, NAMESPACE.namePinyin, spelling), spelling).toBe(true);
    expect(weightOf(doc, NAMESPACE.namePinyin, 'canjirenzheng')).toBe(7);
  });

  it('spells the whole name at full weight', () => {
    expect(weightOf(doc, NAMESPACE.namePinyin, 'canjirenzhenghuanling')).toBe(10);
    expect(weightOf(doc, NAMESPACE.namePinyin, 'cjrzhl')).toBe(10);
  });

  it('spells runs of consecutive words of an alias: 到期换领 of 残疾人证到期换领', () => {
    for (const spelling of ['daoqihuanling', 'dqhl', 'canjirenzhengdaoqi', 'cjrzdq']) expect(has(doc, NAMESPACE.aliasPinyin, spelling), spelling).toBe(true);
    expect(has(doc, NAMESPACE.namePinyin, 'daoqihuanling')).toBe(false);
  });

  it('spells alias words, and synonyms indexed as aliases, in the alias namespace', () => {
    expect(has(doc, NAMESPACE.aliasPinyin, 'huanfa')).toBe(true);
    expect(has(doc, NAMESPACE.aliasPinyin, 'canjizheng')).toBe(true);
  });

  it('does not spell words of the other fields or the materials', () => {
    for (const spelling of ['minzhengju', 'mzj', 'hukoubu', 'hkb']) {
      expect(has(doc, NAMESPACE.namePinyin, spelling), spelling).toBe(false);
      expect(has(doc, NAMESPACE.aliasPinyin, spelling), spelling).toBe(false);
    }
  });

  it('never lists a term twice', () => {
    const terms = doc.terms.map(({ term }) => term);
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('gives the query cutter the whole name, every indexed word and the name’s characters', () => {
    expect(doc.words[0]).toBe('残疾人证换领');
    expect(doc.words).toEqual(expect.arrayContaining(['残疾人证', '到期', '残疾人联合会', '居民户口簿', '残疾证', '户口本', '残', '领']));
  });
});

describe('serviceDocument: a service no implementation offers', () => {
  it('throws, in Chinese, naming the 基本编码', () => {
    expect(() => serviceDocument({ basicCode: BASIC_CODE, entries: [] }, tools, {})).toThrow(/基本编码 002007001000 没有在用的实施事项/);
  });
});

describe('departmentName', () => {
  it('strips the region from the unit’s name', () => {
    expect(departmentName({ unitName: '江心区民政局', regionName: '江心区' })).toBe('民政局');
    expect(departmentName({ unitName: ' 瓯江市残疾人联合会 ', regionName: '瓯江市' })).toBe('残疾人联合会');
  });

  it('keeps a name that does not start with the region, or is only the region', () => {
    expect(departmentName({ unitName: '民政局', regionName: '江心区' })).toBe('民政局');
    expect(departmentName({ unitName: '瓯江市民政局', regionName: '江心区' })).toBe('瓯江市民政局');
    expect(departmentName({ unitName: '江心区', regionName: '江心区' })).toBe('江心区');
  });
});

describe('serviceDocumentHtml', () => {
  const marked = serviceDocument(
    { basicCode: BASIC_CODE, entries: [entry('11339102MB0000000X4002007001000', '残疾人证<换领>&"补办"', '江心区', '江心区<残联>', '4')] },
    tools,
    {},
  );
  const html = serviceDocumentHtml(marked);

  it('escapes markup in the title, meta and filters', () => {
    expect(html).toContain('<title>残疾人证&lt;换领&gt;&amp;&quot;补办&quot;</title>');
    expect(html).toContain('<span data-pagefind-meta="title">残疾人证&lt;换领&gt;&amp;&quot;补办&quot;</span>');
    expect(html).toContain('<span data-pagefind-filter="部门">&lt;残联&gt;</span>');
    expect(html).not.toContain('<换领>');
    expect(html).not.toContain('<残联>');
  });

  it('puts each term in its own element with its weight, inside the indexed body', () => {
    const body = html.slice(html.indexOf('<main data-pagefind-body>'), html.indexOf('</main>'));
    const elements = [...body.matchAll(/<p data-pagefind-weight="([\d.]+)">(\d+)<\/p>/g)].map(([, weight, term]) => ({ term, weight: Number(weight) }));
    expect(elements).toEqual(marked.terms);
  });

  it('writes every meta value and every filter value', () => {
    expect([...html.matchAll(/data-pagefind-meta="(\w+)"/g)].map(([, key]) => key)).toEqual(Object.keys(marked.meta));
    const filters = [...html.matchAll(/data-pagefind-filter="([^"]+)">([^<]*)</g)].map(([, key, value]) => [key, value]);
    expect(filters).toHaveLength(Object.values(marked.filters).flat().length);
    expect(filters).toEqual(expect.arrayContaining([['分类', '民政救助'], ['部门', '&lt;残联&gt;'], ['层级', '县级'], ['服务对象', '自然人'], ['地区', '江心区']]));
  });
});
