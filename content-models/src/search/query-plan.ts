import { isHan, normalize, runs, stripMarkup } from './text.ts';
import { toSimplified, type Vocabulary } from './vocabulary.ts';

/**
 * Words of a question that say nothing about which service is meant. They are known to the cutter
 * (so 怎么办理 is cut 怎么 / 办理, not 么办) and then dropped.
 */
export const QUESTION_WORDS: readonly string[] = [
  '怎么', '怎样', '怎么样', '如何', '哪里', '哪儿', '哪个', '在哪', '在哪里', '去哪', '去哪里', '到哪', '到哪里', '什么', '需要', '要求',
  '可以', '能不能', '能否', '是否', '一下', '请问', '我想', '我要', '想要', '我的', '我们', '自己', '已经', '现在', '还能', '要去',
  '哪些', '多少', '多久', '几天', '多长时间', '时间', '流程', '手续', '步骤', '材料', '资料', '带什么', '网上', '线上', '窗口', '咨询', '问题',
  '怎么办', '咋办', '咋', '啥', '找谁', '办什么', '什么证', '什么手续', '要办', '能办', '可以办', '帮忙', '谁管', '有没有', '办不办',
  '的', '了', '吗', '呢', '啊', '吧', '呀', '和', '与', '及', '在', '去', '到', '给', '把', '被', '要', '想', '能', '会', '是', '有', '没', '我', '你', '他', '她',
];
const QUESTION_SET = new Set(QUESTION_WORDS);

/** A query longer than this is cut short: nobody describes a service in more words. */
const MAX_QUERY_CHARS = 60;
const MAX_WORDS = 12;

export interface QueryPlan {
  /** The query as the index reads it: simplified characters, no separators (compared with whole names). */
  phrase: string;
  /** Indexed words found in the query, in order, without question words. */
  words: string[];
  /** Lone characters the cut left (补 in 驾照丢了怎么补), matched against the characters of names. */
  chars: string[];
  /** Letter runs of two or more letters: pinyin or initials typed on a phone. */
  spellings: string[];
  /** 基本编码 typed or pasted. */
  basicCodes: string[];
  /** A whole 实施编码 typed or pasted: its service is found by its 基本编码 and opened directly. */
  implementationCode?: string;
}

const BASIC_CODE = /^\d{12}$/;
const IMPLEMENTATION_CODE = /^[0-9a-z]{18}\d{13}$/;

/**
 * Cuts a query the way the index was cut. Each Han run is split into the indexed words that cover
 * most of it, longer words first (a word of n characters counts n², so 社保卡 + 补办 beats
 * 社保 + 卡 + 补办); characters no indexed word covers are dropped, so one mistyped character
 * loses only itself. Lone characters become words only when nothing longer is found; otherwise they
 * are matched against the characters of names, as a tie-breaker.
 */
export function planQuery(raw: string, vocabulary: Vocabulary): QueryPlan {
  const text = toSimplified(normalize(stripMarkup(raw)), vocabulary).slice(0, MAX_QUERY_CHARS);
  const plan: QueryPlan = { phrase: runs(text).join(''), words: [], chars: [], spellings: [], basicCodes: [] };
  const words: string[] = [];
  const singles: string[] = [];
  // Pinyin typed with spaces (shang hukou) is also one spelling: the index spells runs of words whole.
  let letters: string[] = [];
  const endLetters = () => {
    if (letters.length > 1) plan.spellings.push(letters.join(''), ...letters.slice(1).map((run, i) => letters[i] + run));
    letters = [];
  };
  for (const run of runs(text)) {
    if (!/^[a-z]{2,}$/.test(run)) endLetters();
    if (isHan(run)) {
      for (const word of cutRun(run, vocabulary)) {
        if (QUESTION_SET.has(word)) continue;
        ([...word].length > 1 ? words : singles).push(word);
      }
    } else if (IMPLEMENTATION_CODE.test(run)) {
      plan.implementationCode = run.toUpperCase();
      plan.basicCodes.push(run.slice(-12));
    } else if (BASIC_CODE.test(run)) {
      plan.basicCodes.push(run);
    } else if (/^[a-z]{2,}$/.test(run)) {
      plan.spellings.push(run);
      letters.push(run);
      if (vocabulary.words.has(run)) words.push(run); // ETC in ETC卡办理
    } else if (vocabulary.words.has(run)) {
      words.push(run);
    }
  }
  endLetters();
  // Words that mix scripts (80岁老人, 4050补贴) span runs: look for them in each stretch of text.
  for (const stretch of text.split(/[^\p{Script=Han}\p{L}\p{N}]+/u)) {
    if (!isHan(stretch) || !/[^\p{Script=Han}]/u.test(stretch)) continue;
    for (const word of cutRun(stretch, vocabulary)) if (/[^\p{Script=Han}]/u.test(word) && isHan(word)) words.push(word);
  }
  plan.words = [...new Set(words.length > 0 ? words : singles)].slice(0, MAX_WORDS);
  plan.chars = [...new Set(singles)].slice(0, MAX_WORDS);
  plan.spellings = [...new Set(plan.spellings)].slice(0, MAX_WORDS);
  return plan;
}

function cutRun(run: string, vocabulary: Vocabulary): string[] {
  const chars = [...run];
  const known = (word: string) => vocabulary.words.has(word) || QUESTION_SET.has(word);
  // best[i]: the best cover of chars[0..i): its score and the words chosen.
  const best: { score: number; words: string[] }[] = [{ score: 0, words: [] }];
  for (let end = 1; end <= chars.length; end += 1) {
    let choice = { score: best[end - 1]!.score, words: best[end - 1]!.words }; // skip this character
    for (let length = 1; length <= Math.min(vocabulary.longest, end); length += 1) {
      const word = chars.slice(end - length, end).join('');
      if (!known(word)) continue;
      // Question words only fill gaps (怎么办理 is 怎么 / 办理, not 怎么办 / 理), but beat lone characters (怎么办).
      const score = best[end - length]!.score + (vocabulary.words.has(word) ? length * length : length * 1.5);
      if (score > choice.score) choice = { score, words: [...best[end - length]!.words, word] };
    }
    best.push(choice);
  }
  return best[chars.length]!.words;
}
