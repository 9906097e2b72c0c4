import { describe, expect, it } from 'vitest';
import { hasPhoneNumber, parsePhones, type PhoneSegment } from './index.ts';

const phones = (text: string) => parsePhones(text).filter((s): s is Extract<PhoneSegment, { kind: 'phone' }> => s.kind === 'phone');
const tels = (text: string) => phones(text).map((p) => p.tel);
const joined = (text: string) => parsePhones(text).map((s) => s.text).join('');

describe('parsePhones, on phrasings from real county guides', () => {
  it('reads a landline with its area code', () => {
    expect(parsePhones('0577-88886666')).toEqual([{ kind: 'phone', text: '0577-88886666', tel: '0577-88886666' }]);
    expect(tels('010-62345678，021 87654321')).toEqual(['010-62345678', '021-87654321']);
  });

  it('gives a second number written without area code the area code before it', () => {
    expect(parsePhones('0577-88886666、88887777')).toEqual([
      { kind: 'phone', text: '0577-88886666', tel: '0577-88886666' },
      { kind: 'text', text: '、' },
      { kind: 'phone', text: '88887777', tel: '0577-88887777' },
    ]);
  });

  it('reads service hotlines, bracketed area codes, 400 numbers and mobiles', () => {
    expect(parsePhones('12345')).toEqual([{ kind: 'phone', text: '12345', tel: '12345' }]);
    expect(tels('(0571)87051234')).toEqual(['0571-87051234']);
    expect(tels('（0571）87051234')).toEqual(['0571-87051234']);
    expect(tels('400-800-1234')).toEqual(['4008001234']);
    expect(tels('13812345678')).toEqual(['13812345678']);
    expect(tels('+86 138 1234 5678')).toEqual(['+8613812345678']);
    expect(tels('95598')).toEqual(['95598']);
    expect(parsePhones('0571-12333')).toEqual([{ kind: 'phone', text: '0571-12333', tel: '0571-12333' }]);
  });

  it('dials an extension after a pause', () => {
    expect(parsePhones('0577-8888 6666转8001')).toEqual([{ kind: 'phone', text: '0577-8888 6666转8001', tel: '0577-88886666,8001' }]);
    expect(tels('0577-88886666-8001')).toEqual(['0577-88886666,8001']);
  });

  it('makes each of fourteen district numbers its own number, labelled with its district', () => {
    const districts = ['鹿城区', '龙湾区', '瓯海区', '洞头区', '乐清市', '瑞安市', '永嘉县', '文成县', '平阳县', '泰顺县', '苍南县', '龙港市', '经开区', '市本级'];
    const text = districts.map((d, i) => `${d} ${88888800 + i}`).join('；') + ' （工作日 9:00-17:00）';
    const found = phones(text);
    expect(found).toHaveLength(14);
    expect(found.map((p) => p.label)).toEqual(districts);
    expect(found[2]).toEqual({ kind: 'phone', text: '88888802', tel: '88888802', label: '瓯海区' });
    expect(joined(text)).toBe(text);
  });

  it('leaves words that are no number as text, so nothing dials 无', () => {
    for (const text of ['无', '详见窗口', '暂无', '请咨询受理窗口']) expect(parsePhones(text)).toEqual([{ kind: 'text', text }]);
    expect(parsePhones('')).toEqual([]);
    expect(hasPhoneNumber('无')).toBe(false);
    expect(hasPhoneNumber(undefined)).toBe(false);
    expect(hasPhoneNumber('咨询：12345')).toBe(true);
  });

  it('never takes office hours, dates, postcodes or amounts for a number', () => {
    for (const text of ['工作日 9:00-17:00', '周一至周五 8:30—12:00，14:30—17:30', '2026年11月30日', '2026-11-30', '2026/11/30 22:41', '邮编 325000', '每张10元', '统一社会信用代码 11330100002482421K']) {
      expect(phones(text), text).toEqual([]);
    }
    expect(tels('0577-88886666（传真同号，工作日 9:00-17:00）')).toEqual(['0577-88886666']);
  });

  it('keeps a fax number as text, but a number for both phone and fax is a phone', () => {
    expect(parsePhones('传真：0577-88886666')).toEqual([{ kind: 'text', text: '传真：0577-88886666' }]);
    expect(tels('电话：0577-88886666，传真：0577-88886667')).toEqual(['0577-88886666']);
    expect(tels('电话/传真：0577-88886666')).toEqual(['0577-88886666']);
  });

  it('labels a number with the words just before it and keeps every character of the field', () => {
    const text = '咨询电话：0577-88886666；投诉：12345';
    expect(phones(text).map((p) => [p.label, p.tel])).toEqual([['咨询电话', '0577-88886666'], ['投诉', '12345']]);
    expect(joined(text)).toBe(text);
  });
});
