/**
 * The words of the index, shipped with it (words.json in the bundle), so the browser can cut a
 * query into the same words the index holds without a segmenter of its own (a Chinese segmenter's
 * dictionary is megabytes). Cutting a query against the index's own words means a query word can
 * only ever be a whole indexed word: 户口登记 cannot match 登记注销 through 口登.
 */

/** What the index builder writes: words separated by spaces, and traditional→simplified pairs. */
export interface VocabularyFile {
  words: string;
  /** concatenated two-character pairs: traditional character, then its simplified form */
  traditional: string;
}

export interface Vocabulary {
  words: ReadonlySet<string>;
  longest: number;
  simplified: ReadonlyMap<string, string>;
}

export function vocabularyFile(words: Iterable<string>, traditionalPairs: ReadonlyMap<string, string>): VocabularyFile {
  return {
    words: [...new Set(words)].sort().join(' '),
    traditional: [...traditionalPairs].sort(([a], [b]) => a.localeCompare(b)).map(([t, s]) => t + s).join(''),
  };
}

/** One vocabulary from the full index's file and the incremental index's, if any. */
export function readVocabulary(files: readonly VocabularyFile[]): Vocabulary {
  const words = new Set<string>();
  const simplified = new Map<string, string>();
  let longest = 1;
  for (const file of files) {
    for (const word of file.words.split(' ')) {
      if (!word) continue;
      words.add(word);
      longest = Math.max(longest, [...word].length);
    }
    const chars = [...file.traditional];
    for (let i = 0; i + 1 < chars.length; i += 2) simplified.set(chars[i]!, chars[i + 1]!);
  }
  return { words, longest, simplified };
}

/** Traditional characters the index knows, in their simplified form; everything else unchanged. */
export function toSimplified(text: string, vocabulary: Vocabulary): string {
  let out = '';
  for (const char of text) out += vocabulary.simplified.get(char) ?? char;
  return out;
}
