import { describe, expect, it } from 'vitest';
import { citationsIn, instrumentCitation, lawDisplayName, lawKey } from './citation.ts';
import { parseDocumentNumber } from './document-number.ts';

describe('lawKey', () => {
  it('matches a national law cited with and without 中华人民共和国 and 《》', () => {
    expect(lawKey('《中华人民共和国社会保险法》')).toBe('社会保险法');
    expect(lawKey('社会保险法')).toBe('社会保险法');
    expect(lawKey(' 《中华人民共和国 社会保险法》 ')).toBe('社会保险法');
  });

  it('folds full-width letters and digits, drops revision notes and a trailing 文号', () => {
    expect(lawKey('《浙江省政务服务事项目录（２０２５年版）》')).toBe(lawKey('浙江省政务服务事项目录(2025年版)'));
    expect(lawKey('中华人民共和国土地管理法（2019年修正）')).toBe('土地管理法');
    expect(lawKey('公证服务收费管理办法（发改价格〔2021〕1253号）')).toBe('公证服务收费管理办法');
  });

  it('keeps other prefixes: a province’s rule is another instrument', () => {
    expect(lawKey('浙江省村民委员会选举办法')).not.toBe(lawKey('村民委员会选举办法'));
  });
});

describe('parseDocumentNumber', () => {
  it('reads 文号 in every bracket spelling into one canonical form', () => {
    expect(parseDocumentNumber('浙政发〔2019〕3号')).toEqual({ text: '浙政发〔2019〕3号', issuer: '浙政发', year: 2019, serial: 3 });
    expect(parseDocumentNumber('浙政发[2019]3号')?.text).toBe('浙政发〔2019〕3号');
    expect(parseDocumentNumber('浙政发（2019）3号')?.text).toBe('浙政发〔2019〕3号');
    expect(parseDocumentNumber('发改价格规〔2016〕2559号')?.issuer).toBe('发改价格规');
  });

  it('reads 令 numbers and leaves the citing verb out of the issuer', () => {
    expect(parseDocumentNumber('《居住证暂行条例》（国务院令第663号）')?.text).toBe('国务院令第663号');
    expect(parseDocumentNumber('根据浙价费〔2004〕129号')?.text).toBe('浙价费〔2004〕129号');
  });

  it('finds none where none is written', () => {
    expect(parseDocumentNumber('《社会救助暂行办法》第十一条')).toBeUndefined();
    expect(parseDocumentNumber('')).toBeUndefined();
  });
});

describe('citationsIn (material and fee bases)', () => {
  it('reads each title with the 文号 that follows it (generator fee bases)', () => {
    expect(citationsIn('《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）')).toEqual([
      {
        name: '国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知',
        key: '国家发展改革委财政部关于不动产登记收费标准等有关问题的通知',
        documentNumber: { text: '发改价格规〔2016〕2559号', issuer: '发改价格规', year: 2016, serial: 2559 },
      },
    ]);
  });

  it('reads several titles, nested titles included (seed wording)', () => {
    const cited = citationsIn('根据《国务院办公厅关于简化优化公共服务流程方便基层群众办事创业的通知》（国办发〔2015〕86号）和《广东省人民政府办公厅关于印发<广东省简化优化公共服务流程方便基层群众办事创业工作方案>的通知》（粤府办〔2016〕27号）');
    expect(cited.map((c) => c.documentNumber?.text)).toEqual(['国办发〔2015〕86号', '粤府办〔2016〕27号']);
    expect(cited[1]!.key).toBe('广东省人民政府办公厅关于印发广东省简化优化公共服务流程方便基层群众办事创业工作方案的通知');
  });

  it('cites by number alone when there is no title (real guide fee basis), and nothing from prose', () => {
    expect(citationsIn('浙价费〔2004〕129号')).toEqual([{ name: '浙价费〔2004〕129号', key: '浙价费〔2004〕129号', documentNumber: { text: '浙价费〔2004〕129号', issuer: '浙价费', year: 2004, serial: 129 }, numberOnly: true }]);
    expect(citationsIn('无')).toEqual([]);
    expect(citationsIn('本单位内部规定')).toEqual([]);
    expect(citationsIn(undefined)).toEqual([]);
  });
});

describe('instrumentCitation (设定依据 rows)', () => {
  it('takes the whole field as the name, with or without 《》 (generator and real guides)', () => {
    expect(instrumentCitation('《中华人民共和国母婴保健法》')).toEqual({ name: '中华人民共和国母婴保健法', key: '母婴保健法' });
    expect(instrumentCitation('中华人民共和国母婴保健法')).toEqual({ name: '中华人民共和国母婴保健法', key: '母婴保健法' });
    expect(instrumentCitation('国务院关于建立统一的城乡居民基本养老保险制度的意见')?.key).toBe('国务院关于建立统一的城乡居民基本养老保险制度的意见');
  });

  it('separates a 文号 written after the name', () => {
    expect(instrumentCitation('瓯江市政务服务数据共享管理办法（瓯政发〔2019〕3号）')).toEqual({
      name: '瓯江市政务服务数据共享管理办法',
      key: '瓯江市政务服务数据共享管理办法',
      documentNumber: { text: '瓯政发〔2019〕3号', issuer: '瓯政发', year: 2019, serial: 3 },
    });
    expect(instrumentCitation('  ')).toBeUndefined();
  });

  it('shows names without the outer marks', () => {
    expect(lawDisplayName('《社会救助暂行办法》')).toBe('社会救助暂行办法');
  });
});
