import { describe, expect, it } from 'vitest';
import { instrumentTitle, readBasis } from './legal-instrument.ts';

describe('readBasis', () => {
  it('reads laws, regulations, rules and 国务院决定 as legal', () => {
    for (const text of [
      '《中华人民共和国行政许可法》第十二条',
      '《公共场所卫生管理条例实施细则》（2017年修订）',
      '婚姻登记条例第五条',
      '《国务院对确需保留的行政审批项目设定行政许可的决定》',
      '《社会救助暂行办法》第十一条',
      '《事业单位登记管理暂行条例》第六条',
    ]) {
      expect(readBasis(text)).toEqual({ kind: 'legal' });
    }
  });

  it('reads a unit\'s own rules, meeting minutes, custom and need as not legal', () => {
    expect(readBasis('本单位规定')).toEqual({ kind: 'not-legal', what: '单位内部规定' });
    expect(readBasis('《平阳县民政局内部管理规定》')).toEqual({ kind: 'not-legal', what: '单位内部规定' });
    expect(readBasis('县政府常务会议纪要〔2018〕5号')).toEqual({ kind: 'not-legal', what: '会议纪要' });
    expect(readBasis('工作惯例')).toEqual({ kind: 'not-legal', what: '工作惯例' });
    expect(readBasis('根据需要')).toEqual({ kind: 'not-legal', what: '工作需要' });
    expect(readBasis('审核需要')).toEqual({ kind: 'not-legal', what: '工作需要' });
  });

  it('does not take 需要 inside a cited law for "need"', () => {
    expect(readBasis('《中华人民共和国行政许可法》第三十一条：申请人需要提交真实材料')).toEqual({ kind: 'legal' });
  });

  it('leaves normative documents and document numbers to a person', () => {
    expect(readBasis('《关于加强公共场所卫生管理的通知》')).toEqual({ kind: 'unclear' });
    expect(readBasis('浙价费〔2004〕129号')).toEqual({ kind: 'unclear' });
    expect(readBasis('《关于深化事业单位人事制度改革的意见》')).toEqual({ kind: 'unclear' });
  });
});

describe('instrumentTitle', () => {
  it('wraps a bare name once and keeps a name that has its marks', () => {
    expect(instrumentTitle('公共场所卫生管理条例')).toBe('《公共场所卫生管理条例》');
    expect(instrumentTitle('《公共场所卫生管理条例》')).toBe('《公共场所卫生管理条例》');
    expect(instrumentTitle('国务院《关于取消一批行政许可事项的决定》')).toBe('国务院《关于取消一批行政许可事项的决定》');
  });
});
