import { describe, expect, it } from 'vitest';
import { SHIPPED_SYNONYMS, synonymLookup, validateSynonyms } from './synonyms.ts';

const entry = (formal: string, ...colloquial: string[]) => ({ formal, colloquial });

describe('the shipped dictionary', () => {
  it('is valid and has at least 160 entries', () => {
    const { synonyms, problems } = validateSynonyms(SHIPPED_SYNONYMS);
    expect(problems).toEqual([]);
    expect(synonyms).toEqual(SHIPPED_SYNONYMS);
    expect(SHIPPED_SYNONYMS.length).toBeGreaterThanOrEqual(160);
  });

  it('maps the everyday words of public services to the formal wording', () => {
    const lookup = synonymLookup(SHIPPED_SYNONYMS);
    expect(lookup.get('驾照')).toEqual(['机动车驾驶证']);
    expect(lookup.get('户口本')).toEqual(['居民户口簿']);
    expect(lookup.get('房产证')).toEqual(['不动产权证书']);
    expect(lookup.get('退休金')).toEqual(['基本养老金']);
    expect(lookup.get('低保')).toEqual(['最低生活保障']);
    expect(lookup.get('暂住证')).toEqual(['居住证']);
    expect(lookup.get('烟草证')).toEqual(['烟草专卖零售许可证']);
    expect(lookup.get('开公司')).toEqual(['企业设立登记']);
  });
});

describe('validateSynonyms accepts', () => {
  it('a well-formed dictionary, unchanged', () => {
    const input = [entry('机动车驾驶证', '驾照', '车本'), entry('居民户口簿', '户口本')];
    expect(validateSynonyms(input)).toEqual({ synonyms: input, problems: [] });
  });

  it('an empty dictionary', () => {
    expect(validateSynonyms([])).toEqual({ synonyms: [], problems: [] });
  });
});

describe('validateSynonyms refuses, in Chinese, naming the entry', () => {
  const problemsOf = (input: unknown) => validateSynonyms(input).problems;

  it('anything but an array of entries', () => {
    expect(problemsOf({ 驾照: ['机动车驾驶证'] })).toEqual(['同义词表应为数组，每条形如 {"formal": "机动车驾驶证", "colloquial": ["驾照", "驾驶证"]}']);
    expect(problemsOf(['驾照'])).toEqual(['第 1 条：应为含正式用语（formal）和群众用语（colloquial）的对象']);
    expect(problemsOf([{ formal: 12, colloquial: '驾照' }])).toEqual(['第 1 条：正式用语（formal）应为文字', '第 1 条：群众用语（colloquial）应为词语列表']);
    expect(problemsOf([{ formal: '机动车驾驶证', colloquial: ['驾照', 7] }])).toEqual(['第 1 条：群众用语 7 应为文字']);
  });

  it('an empty or over-long formal form', () => {
    expect(problemsOf([entry('', '驾照')])).toEqual(['第 1 条：正式用语不能为空']);
    expect(problemsOf([entry('   ', '驾照')])).toEqual(['第 1 条：正式用语不能为空']);
    const long = '机'.repeat(31);
    expect(problemsOf([entry(long, '驾照')])).toEqual([`第 1 条：正式用语“${long}”有 31 个字，最多 30 个字`]);
    expect(problemsOf([entry('机'.repeat(30), '驾照')])).toEqual([]);
  });

  it('no colloquial word, or more than 20', () => {
    expect(problemsOf([entry('机动车驾驶证')])).toEqual(['第 1 条：群众用语有 0 个，应为 1–20 个']);
    const many = Array.from({ length: 21 }, (_, i) => `驾照${i}`);
    expect(problemsOf([entry('机动车驾驶证', ...many)])).toEqual(['第 1 条：群众用语有 21 个，应为 1–20 个']);
  });

  it('a colloquial word of one character or more than 20', () => {
    expect(problemsOf([entry('机动车驾驶证', '驾')])).toEqual(['第 1 条：口语词“驾”只有 1 个字，至少 2 个字（单字会匹配太多事项）']);
    const long = '驾'.repeat(21);
    expect(problemsOf([entry('机动车驾驶证', long)])).toEqual([`第 1 条：口语词“${long}”有 21 个字，最多 20 个字`]);
    expect(problemsOf([entry('机动车驾驶证', '')])).toEqual(['第 1 条：口语词不能为空']);
  });

  it('a colloquial word used twice, in other entries or in its own', () => {
    const input = [entry('机动车驾驶证', '驾照'), entry('居民户口簿', '户口本'), entry('机动车行驶证', '行驶证', '驾照')];
    expect(problemsOf(input)).toEqual(['第 3 条：口语词“驾照”重复出现在第 1 条']);
    expect(problemsOf([entry('机动车驾驶证', '驾照', '驾照')])).toEqual(['第 1 条：口语词“驾照”在本条中重复']);
  });

  it('a colloquial word that is its own formal form', () => {
    expect(problemsOf([entry('营业执照', '营业执照', '执照')])).toEqual(['第 1 条：口语词“营业执照”与正式用语相同，无需列出']);
  });

  it('words with leading or trailing blanks', () => {
    expect(problemsOf([entry(' 机动车驾驶证', '驾照 ')])).toEqual(['第 1 条：正式用语“ 机动车驾驶证”首尾有空白，请删去', '第 1 条：口语词“驾照 ”首尾有空白，请删去']);
  });

  it('markup characters', () => {
    expect(problemsOf([entry('<b>机动车驾驶证</b>', '驾照>')])).toEqual(['第 1 条：正式用语“<b>机动车驾驶证</b>”含有尖括号 < 或 >，请删去', '第 1 条：口语词“驾照>”含有尖括号 < 或 >，请删去']);
  });

  it('and keeps the valid entries beside the refused ones', () => {
    const { synonyms, problems } = validateSynonyms([entry('机动车驾驶证', '驾照'), entry('居民户口簿', '户')]);
    expect(synonyms).toEqual([entry('机动车驾驶证', '驾照')]);
    expect(problems).toHaveLength(1);
  });
});

describe('synonymLookup', () => {
  it('maps each colloquial word to its formal forms', () => {
    const lookup = synonymLookup([entry('机动车驾驶证', '驾照', '车本'), entry('居民户口簿', '户口本')]);
    expect(Object.fromEntries(lookup)).toEqual({ 驾照: ['机动车驾驶证'], 车本: ['机动车驾驶证'], 户口本: ['居民户口簿'] });
  });

  it('gathers the formal forms of a word listed under several (a dictionary that was not validated)', () => {
    const lookup = synonymLookup([entry('医疗保险', '医保'), entry('医疗保障', '医保'), entry('医疗保险', '医保')]);
    expect(lookup.get('医保')).toEqual(['医疗保险', '医疗保障']);
  });
});
