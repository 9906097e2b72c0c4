import shippedSynonyms from './synonyms.json' with { type: 'json' };

/**
 * The citizen-vocabulary synonym dictionary (搜索同义词): the words people type (驾照, 户口本, 退休金)
 * with the formal wording official item names use (机动车驾驶证, 居民户口簿, 基本养老金). Shipped
 * as data in synonyms.json, kept site-wide by administrators in the CMS, exported with each
 * published snapshot as synonyms.json for the search index.
 */
export interface Synonym {
  /** 正式用语: the wording of official item names. */
  formal: string;
  /** 群众用语: what citizens type instead. */
  colloquial: string[];
}

/** The dictionary this release ships; the CMS starts from it and the search falls back to it. */
export const SHIPPED_SYNONYMS: readonly Synonym[] = shippedSynonyms;

export const MAX_FORMAL_LENGTH = 30;
export const MIN_COLLOQUIAL_WORDS = 1;
export const MAX_COLLOQUIAL_WORDS = 20;
export const MIN_COLLOQUIAL_LENGTH = 2;
export const MAX_COLLOQUIAL_LENGTH = 20;

/** Angle brackets would be markup on the search page and in the admin; no Chinese term needs them. */
const MARKUP = /[<>]/;

const lengthOf = (text: string) => [...text].length;
const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The problems of one word (正式用语 or 群众用语), checked the same way for both. */
function wordProblems(word: string, label: string, min: number, max: number): string[] {
  const shown = `${label}“${word}”`;
  if (word.trim() === '') return [`${label}不能为空`];
  const problems: string[] = [];
  if (word !== word.trim()) problems.push(`${shown}首尾有空白，请删去`);
  const length = lengthOf(word.trim());
  if (length < min) problems.push(`${shown}只有 ${length} 个字，至少 ${min} 个字（单字会匹配太多事项）`);
  if (length > max) problems.push(`${shown}有 ${length} 个字，最多 ${max} 个字`);
  if (MARKUP.test(word)) problems.push(`${shown}含有尖括号 < 或 >，请删去`);
  return problems;
}

/**
 * Checks a dictionary from anywhere (the shipped file, an administrator's edit, a snapshot) and
 * returns what it holds with every problem in Chinese, each naming the entry (第 n 条, counted from
 * 1 as the admin lists them), the word and what would be accepted. An entry with problems is left
 * out of `synonyms`; the caller decides whether any problem refuses the whole.
 */
export function validateSynonyms(input: unknown): { synonyms: Synonym[]; problems: string[] } {
  if (!Array.isArray(input)) {
    return { synonyms: [], problems: ['同义词表应为数组，每条形如 {"formal": "机动车驾驶证", "colloquial": ["驾照", "驾驶证"]}'] };
  }
  const synonyms: Synonym[] = [];
  const problems: string[] = [];
  /** Each colloquial word and the entry (1-based) that first used it. */
  const firstUse = new Map<string, number>();
  input.forEach((entry, index) => {
    const at = index + 1;
    const own: string[] = [];
    if (!isPlainObject(entry)) {
      problems.push(`第 ${at} 条：应为含正式用语（formal）和群众用语（colloquial）的对象`);
      return;
    }
    const { formal, colloquial } = entry;
    if (typeof formal !== 'string') own.push('正式用语（formal）应为文字');
    else own.push(...wordProblems(formal, '正式用语', 1, MAX_FORMAL_LENGTH));
    if (!Array.isArray(colloquial)) {
      own.push('群众用语（colloquial）应为词语列表');
    } else {
      if (colloquial.length < MIN_COLLOQUIAL_WORDS || colloquial.length > MAX_COLLOQUIAL_WORDS) {
        own.push(`群众用语有 ${colloquial.length} 个，应为 ${MIN_COLLOQUIAL_WORDS}–${MAX_COLLOQUIAL_WORDS} 个`);
      }
      const inEntry = new Set<string>();
      for (const word of colloquial) {
        if (typeof word !== 'string') {
          own.push(`群众用语 ${JSON.stringify(word) ?? String(word)} 应为文字`);
          continue;
        }
        own.push(...wordProblems(word, '口语词', MIN_COLLOQUIAL_LENGTH, MAX_COLLOQUIAL_LENGTH));
        if (typeof formal === 'string' && word.trim() === formal.trim() && word.trim() !== '') own.push(`口语词“${word}”与正式用语相同，无需列出`);
        if (inEntry.has(word)) {
          own.push(`口语词“${word}”在本条中重复`);
          continue;
        }
        inEntry.add(word);
        const earlier = firstUse.get(word);
        if (earlier === undefined) firstUse.set(word, at);
        else own.push(`口语词“${word}”重复出现在第 ${earlier} 条`);
      }
    }
    if (own.length > 0) {
      problems.push(...own.map((problem) => `第 ${at} 条：${problem}`));
      return;
    }
    synonyms.push({ formal: formal as string, colloquial: [...(colloquial as string[])] });
  });
  return { synonyms, problems };
}

/** Colloquial word → the formal forms it stands for, as the search index and the query planner look them up. */
export function synonymLookup(synonyms: readonly Synonym[]): Map<string, string[]> {
  const lookup = new Map<string, string[]>();
  for (const { formal, colloquial } of synonyms) {
    for (const word of colloquial) {
      const forms = lookup.get(word) ?? [];
      if (!forms.includes(formal)) forms.push(formal);
      lookup.set(word, forms);
    }
  }
  return lookup;
}
