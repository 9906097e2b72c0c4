import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import type { IndexTools, SynonymDictionary } from '@catalog/content-models/search/service-document.ts';
import { DOMAIN_WORDS } from '@catalog/content-models/search/domain-words.ts';

/**
 * The index builder's language tools: jieba (the segmenter most Chinese search stacks use) with
 * its own dictionary plus ours — domain words and the colloquial words of the synonyms, so
 * 社会保障卡 and 公积金 stay whole — pinyin-pro for pinyin and initials, and opencc-js for the
 * traditional forms a visitor from Hong Kong or Taiwan types.
 */
export function indexTools(synonyms: SynonymDictionary): IndexTools {
  // jieba takes about a second to load its dictionary: the publish worker builds every incremental
  // index in one process, so the tools are made once per synonym list.
  const key = Object.keys(synonyms).sort().join(' ');
  if (cached?.key !== key) cached = { key, tools: makeTools(synonyms) };
  return cached.tools;
}

let cached: { key: string; tools: IndexTools } | undefined;

function makeTools(synonyms: SynonymDictionary): IndexTools {
  const jieba = Jieba.withDict(dict);
  // Not the synonyms' formal forms: synonyms join documents by substring (service-document.ts),
  // and as dictionary words formal forms cut names across word boundaries (with some formal forms
  // loaded, 医师执业注册 lost its word 执业注册).
  const own = new Set([...DOMAIN_WORDS, ...Object.keys(synonyms)]);
  // A high frequency makes jieba keep the word whole; search mode still adds its parts.
  jieba.loadDict(Buffer.from([...own].map((word) => `${word} 100000 n`).join('\n')));
  const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
  return {
    segment: (text) => jieba.cutForSearch(text, true).filter((word) => word.trim()),
    cut: (text) => jieba.cut(text, true).filter((word) => word.trim()),
    pinyin: (word) => ({
      full: pinyin(word, { toneType: 'none', type: 'array', v: true }).join('').toLowerCase(),
      initials: pinyin(word, { pattern: 'first', toneType: 'none', type: 'array', v: true }).join('').toLowerCase(),
    }),
    traditional: (word) => [...new Set([toTaiwan(word), toHongKong(word)])].filter((form) => form !== word),
  };
}
