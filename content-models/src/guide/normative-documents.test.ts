import { describe, expect, it } from 'vitest';
import { citesNormativeDocument, citesNormativeDocuments } from './normative-documents.ts';

describe('citesNormativeDocument', () => {
  it('recognises an issuing number in any bracket style', () => {
    expect(citesNormativeDocument('《平阳县人民政府办公室关于印发农村危房改造实施办法的通知》（平政办发〔2018〕45号）')).toBe(true);
    expect(citesNormativeDocument('温政办[2017]12号 第三条')).toBe(true);
    expect(citesNormativeDocument('浙财综（2019）8 号')).toBe(true);
  });
  it('recognises notices, opinions and implementation rules by title', () => {
    expect(citesNormativeDocument('《关于进一步做好困难群众基本生活保障工作的意见》')).toBe(true);
    expect(citesNormativeDocument('《浙江省最低生活保障实施细则》')).toBe(true);
  });
  it('does not take laws, regulations and rules for normative documents', () => {
    expect(citesNormativeDocument('《中华人民共和国行政许可法》第十二条')).toBe(false);
    expect(citesNormativeDocument('《社会救助暂行办法》（国务院令第649号）')).toBe(false);
    expect(citesNormativeDocument('《浙江省实施〈中华人民共和国母婴保健法〉办法》')).toBe(false);
    expect(citesNormativeDocument(undefined)).toBe(false);
  });
  it('is true when any of several texts cites one', () => {
    expect(citesNormativeDocuments(['《中华人民共和国行政许可法》', null, '浙价费〔2012〕230号'])).toBe(true);
    expect(citesNormativeDocuments(['《中华人民共和国行政许可法》'])).toBe(false);
  });
});
