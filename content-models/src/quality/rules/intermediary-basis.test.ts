import { describe, expect, it } from 'vitest';
import { completeGuide, guideWith } from '../test-fixtures/complete-guide.ts';
import { intermediaryBasisRule } from './intermediary-basis.ts';

const withService = (basis?: string) =>
  guideWith((g) => g.intermediaryServices.push({ name: '卫生学评价报告编制', provider: '具备资质的技术服务机构', basis }));

describe('intermediary-basis rule (中介服务)', () => {
  it('passes a guide without intermediary services, and one whose service a regulation sets', () => {
    expect(intermediaryBasisRule.check(completeGuide)).toEqual([]);
    expect(intermediaryBasisRule.check(withService('《公共场所卫生管理条例实施细则》第二十二条'))).toEqual([]);
  });

  it('refuses an intermediary service without basis, 「无」 included', () => {
    expect(intermediaryBasisRule.check(withService(undefined))).toEqual([
      {
        rule: 'intermediary-basis',
        severity: 'error',
        path: 'intermediaryServices.0.basis',
        message: expect.stringMatching(/^中介服务“卫生学评价报告编制”未填写设定依据：除法律、行政法规、国务院决定/),
      },
    ]);
    expect(intermediaryBasisRule.check(withService('暂无'))).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('的设定依据“暂无”等于未填写') }),
    ]);
  });

  it('refuses an intermediary service a unit set for itself', () => {
    expect(intermediaryBasisRule.check(withService('局长办公会会议纪要'))).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('的设定依据“局长办公会会议纪要”属于会议纪要') }),
    ]);
  });

  it('warns about a basis that names no law, regulation or rule', () => {
    expect(intermediaryBasisRule.check(withService('《关于加强公共场所卫生管理的通知》'))).toEqual([
      expect.objectContaining({ severity: 'warning', message: expect.stringContaining('未写明法律、法规或规章') }),
    ]);
  });
});
