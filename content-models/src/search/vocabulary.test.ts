import { describe, expect, it } from 'vitest';
import { readVocabulary, toSimplified, vocabularyFile } from './vocabulary.ts';

const TRADITIONAL = new Map([['駕', '驾'], ['補', '补'], ['辦', '办'], ['證', '证']]);

describe('vocabularyFile', () => {
  it('writes each word once, sorted, separated by spaces', () => {
    expect(vocabularyFile(['社保卡', '补办', '社保', '卡', '补办'], new Map()).words).toBe('卡 社保 社保卡 补办');
  });

  it('writes the traditional pairs as one string, each traditional character followed by its simplified form', () => {
    const { traditional } = vocabularyFile([], TRADITIONAL);
    expect(traditional).toHaveLength(8);
    expect(new Set(traditional.match(/../gu))).toEqual(new Set(['補补', '證证', '辦办', '駕驾']));
  });

  it('writes the same file whatever order the words and pairs come in', () => {
    const reversed = new Map([...TRADITIONAL].reverse());
    expect(vocabularyFile(['补办', '社保'], reversed)).toEqual(vocabularyFile(['社保', '补办'], TRADITIONAL));
  });
});

describe('readVocabulary', () => {
  it('reads back what vocabularyFile wrote', () => {
    const vocabulary = readVocabulary([vocabularyFile(['社保', '社保卡', '卡', '补办'], TRADITIONAL)]);
    expect(vocabulary.words).toEqual(new Set(['社保', '社保卡', '卡', '补办']));
    expect(vocabulary.longest).toBe(3);
    expect(vocabulary.simplified).toEqual(TRADITIONAL);
  });

  it('counts the longest word in characters, not UTF-16 units', () => {
    expect(readVocabulary([vocabularyFile(['𠀀𠀀', '补'], new Map())]).longest).toBe(2);
  });

  it('reads a pair whose traditional character lies outside the BMP', () => {
    const vocabulary = readVocabulary([vocabularyFile([], new Map([['𠀀', '丘'], ['補', '补']]))]);
    expect(vocabulary.simplified).toEqual(new Map([['𠀀', '丘'], ['補', '补']]));
  });

  it('reads an empty file as no words, with a longest word of one character', () => {
    const vocabulary = readVocabulary([vocabularyFile([], new Map())]);
    expect(vocabulary.words.size).toBe(0);
    expect(vocabulary.longest).toBe(1);
    expect(vocabulary.simplified.size).toBe(0);
  });

  it('merges the full and the incremental index into one vocabulary', () => {
    const full = vocabularyFile(['社保', '补办'], new Map([['補', '补']]));
    const incremental = vocabularyFile(['社会保障卡', '补办'], new Map([['駕', '驾']]));
    const vocabulary = readVocabulary([full, incremental]);
    expect(vocabulary.words).toEqual(new Set(['社保', '补办', '社会保障卡']));
    expect(vocabulary.longest).toBe(5);
    expect(vocabulary.simplified).toEqual(new Map([['補', '补'], ['駕', '驾']]));
  });

  it('takes the later file’s pair when both map the same character', () => {
    const vocabulary = readVocabulary([vocabularyFile([], new Map([['乾', '干']])), vocabularyFile([], new Map([['乾', '乾']]))]);
    expect(vocabulary.simplified.get('乾')).toBe('乾');
  });
});

describe('toSimplified', () => {
  const vocabulary = readVocabulary([vocabularyFile(['驾照', '补办'], TRADITIONAL)]);

  it('replaces the traditional characters the index knows', () => {
    expect(toSimplified('駕照補辦', vocabulary)).toBe('驾照补办');
  });

  it('leaves everything else unchanged: simplified text, unknown characters, letters, emoji', () => {
    expect(toSimplified('驾照補辦 SBK 😀 機', vocabulary)).toBe('驾照补办 SBK 😀 機');
    expect(toSimplified('', vocabulary)).toBe('');
  });
});
