import { describe, expect, it } from 'vitest';
import { abbreviationTokens, bigrams, encodeToken, normalize, phraseTokens, runs, searchTerms, textTokens } from './tokenize.ts';

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

describe('phrase tokens', () => {
  it('cuts a name three ways: whole phrase, bigrams, abbreviations', () => {
    expect(phraseTokens('社保卡补办')).toEqual({ phrase: '社保卡补办', grams: ['社保', '保卡', '卡补', '补办'], abbreviations: ['社保', '社保卡'] });
  });

  it('an empty or punctuation-only text has no tokens and no search terms', () => {
    expect(phraseTokens('  ，。 ')).toEqual({ phrase: '', grams: [], abbreviations: [] });
    expect(searchTerms('  ，。 ')).toEqual([]);
  });
});

describe('search terms given to Pagefind', () => {
  const shared = (query: string, indexed: string) => searchTerms(query).filter((term) => searchTerms(indexed).includes(term));

  it('encodes every UTF-16 unit as five decimal digits', () => {
    expect(encodeToken('低保')).toBe('2030220445');
    expect(encodeToken('ic卡')).toBe('001050009921345');
    expect(encodeToken('𠀀')).toBe('5536056320');
  });

  it('namespaces phrases and abbreviations so a bigram cannot prefix-match them', () => {
    expect(searchTerms('低保')).toEqual(['992030220445', '2030220445', '982030220445']);
  });

  it('an abbreviation query meets an official name with no common bigram through the abbreviation term', () => {
    expect(shared('准生证', '生育服务证办理')).toEqual(['98' + encodeToken('准生证')]);
    expect(shared('低保', '最低生活保障审批')).toEqual(['98' + encodeToken('低保')]);
  });

  it('a query with one wrong character still shares bigrams with the name', () => {
    expect(shared('残疾仁证', '残疾人证核发')).toEqual([encodeToken('残疾')]);
    expect(shared('住房公积金提区', '住房公积金提取')).toEqual(['住房', '房公', '公积', '积金', '金提', '公积金'].map((t, i) => (i === 5 ? '98' : '') + encodeToken(t)));
  });

  it('the whole query is one phrase term, equal to the phrase term of the same alias', () => {
    expect(searchTerms('医保转移')[0]).toBe(searchTerms('医保 转移')[0]);
    expect(searchTerms('医保转移')).toContain('99' + encodeToken('医保转移'));
  });
});
