import { describe, expect, it } from 'vitest';
import { citationsIn, instrumentCitation } from './citation.ts';
import { guideCitations } from './guide-citations.ts';
import { citesEntry, registerCandidates } from './register.ts';

describe('registerCandidates', () => {
  it('files one entry per instrument, with the fullest name and the cited 文号, never a level', () => {
    const citations = [
      instrumentCitation('《社会保险法》')!,
      instrumentCitation('中华人民共和国社会保险法')!,
      ...citationsIn('《国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知》（发改价格〔2003〕2322号）'),
      ...citationsIn('发改价格〔2003〕2322号'),
      ...citationsIn('浙价费〔2004〕129号'),
    ];
    expect(registerCandidates(citations)).toEqual([
      { key: '国家发展改革委财政部关于居民身份证收费标准及有关问题的通知', name: '国家发展改革委 财政部关于居民身份证收费标准及有关问题的通知', documentNumber: '发改价格〔2003〕2322号', citations: 2 },
      { key: '社会保险法', name: '中华人民共和国社会保险法', citations: 2 },
      { key: '浙价费〔2004〕129号', name: '浙价费〔2004〕129号', documentNumber: '浙价费〔2004〕129号', citations: 1 },
    ]);
  });
});

describe('citesEntry', () => {
  it('matches by key or by the same 文号', () => {
    const entry = { key: '瓯江市政务服务数据共享管理办法', documentNumber: '瓯政发〔2019〕3号' };
    expect(citesEntry(instrumentCitation('《瓯江市政务服务数据共享管理办法》')!, entry)).toBe(true);
    expect(citesEntry(citationsIn('瓯政发[2019]3号')[0]!, entry)).toBe(true);
    expect(citesEntry(citationsIn('瓯政发〔2019〕4号')[0]!, entry)).toBe(false);
    expect(citesEntry(instrumentCitation('社会救助暂行办法')!, { key: '社会救助暂行办法' })).toBe(true);
  });
});

describe('guideCitations', () => {
  it('lists the 设定依据, material, fee and intermediary citations with their paths', () => {
    const cited = guideCitations({
      legalBasis: [{ instrument: '《社会救助暂行办法》', article: '第十一条' }],
      materials: [{ id: 'm1', name: '收入证明', basis: '《社会救助暂行办法》第十一条', forms: [], necessity: 'required', obtainableBySharing: false, demandedFromApplicant: true }],
      fees: [{ name: '工本费', basis: '浙价费〔2004〕129号', reducible: false }],
      intermediaryServices: [{ name: '测绘', basis: '本单位规定' }],
    });
    expect(cited.map((c) => [c.part, c.path, c.key, c.label])).toEqual([
      ['legalBasis', 'legalBasis.0.instrument', '社会救助暂行办法', '第十一条'],
      ['material', 'materials.0.basis', '社会救助暂行办法', '收入证明'],
      ['fee', 'fees.0.basis', '浙价费〔2004〕129号', '工本费'],
    ]);
  });
});
