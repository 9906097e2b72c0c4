import { describe, expect, it } from 'vitest';
import { abbreviationTokens, bigrams, normalize, phraseTokens, queryTokens, runs, textTokens } from './tokenize.ts';

describe('runs and bigrams', () => {
  it('splits Han runs from Latin/digit runs and drops punctuation', () => {
    expect(runs('社保卡（IC卡）补办，第2次')).toEqual(['社保卡', 'ic', '卡', '补办', '第', '2', '次']);
  });

  it('folds full-width letters and digits', () => {
    expect(normalize('ＩＣ卡１２')).toBe('ic卡12');
  });

  it('cuts a Han run into overlapping bigrams and keeps a lone character', () => {
    expect(bigrams('残疾人证')).toEqual(['残疾', '疾人', '人证']);
    expect(bigrams('证')).toEqual(['证']);
    expect(textTokens('医保 转移')).toEqual(['医保', '转移']);
  });
});

describe('abbreviations', () => {
  it('adds the abbreviation when the official form occurs, and when the abbreviation itself occurs', () => {
    expect(abbreviationTokens('最低生活保障审批')).toContain('低保');
    expect(abbreviationTokens('低保审批')).toContain('低保');
    expect(abbreviationTokens('生育服务证办理')).toContain('准生证');
    expect(abbreviationTokens('住房公积金提取')).toContain('公积金');
  });

  it('adds nothing for text that names no abbreviation', () => {
    expect(abbreviationTokens('家庭医生签约服务')).toEqual([]);
  });

  it('accepts another dictionary', () => {
    expect(abbreviationTokens('机动车驾驶证换证', { 驾本: ['机动车驾驶证'] })).toEqual(['驾本']);
  });
});

describe('phrase and query tokens', () => {
  it('index and query share the abbreviation token even when the official name has no common bigram', () => {
    const indexed = phraseTokens('生育服务证办理');
    const query = queryTokens('准生证');
    expect(query.filter((token) => indexed.includes(token))).toEqual(['准生证']);
  });

  it('a query keeps its whole phrase, its bigrams and its abbreviations, without duplicates', () => {
    expect(queryTokens('社保卡补办')).toEqual(['社保卡补办', '社保', '保卡', '卡补', '补办', '社保卡']);
    expect(queryTokens('低保')).toEqual(['低保']);
  });

  it('a query with one wrong character still shares bigrams with the name', () => {
    const indexed = phraseTokens('残疾人证核发');
    expect(queryTokens('残疾仁证').filter((token) => indexed.includes(token))).toEqual(['残疾']);
  });

  it('an empty or punctuation-only query has no tokens', () => {
    expect(queryTokens('  ，。 ')).toEqual([]);
  });
});
