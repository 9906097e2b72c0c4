import { describe, expect, it } from 'vitest';
import { completeGuide, guideWith } from '../test-fixtures/complete-guide.ts';
import { legalBasisRule } from './legal-basis.ts';

describe('legal-basis rule', () => {
  it('passes a guide whose basis names instrument and article', () => {
    expect(legalBasisRule.check(completeGuide)).toEqual([]);
  });

  it('refuses a guide without legal basis: 没有合法依据的不纳入', () => {
    const findings = legalBasisRule.check(guideWith((g) => (g.legalBasis = [])));
    expect(findings).toEqual([
      { rule: 'legal-basis', severity: 'error', path: 'legalBasis', message: expect.stringContaining('没有合法依据的事项不纳入目录') },
    ]);
    expect(legalBasisRule.check({})).toHaveLength(1);
  });

  it('refuses a basis without instrument', () => {
    const findings = legalBasisRule.check(guideWith((g) => g.legalBasis.push({ instrument: ' ', article: '第一条' })));
    expect(findings).toEqual([expect.objectContaining({ severity: 'error', path: 'legalBasis.1.instrument' })]);
  });

  it('warns about a basis without article', () => {
    const findings = legalBasisRule.check(guideWith((g) => (g.legalBasis[0]!.article = undefined)));
    expect(findings).toEqual([
      {
        rule: 'legal-basis',
        severity: 'warning',
        path: 'legalBasis.0.article',
        message: '设定依据《公共场所卫生管理条例》未填写条款号，请注明具体条款，如“第十二条”',
      },
    ]);
  });

  it('does not double the book-title marks of an instrument that has them', () => {
    const findings = legalBasisRule.check(guideWith((g) => (g.legalBasis[0] = { instrument: '《公共场所卫生管理条例》' })));
    expect(findings.map((f) => f.message)).toEqual(['设定依据《公共场所卫生管理条例》未填写条款号，请注明具体条款，如“第十二条”']);
  });

  it('refuses an instrument of 「无」 and one that is a unit\'s own rule', () => {
    expect(legalBasisRule.check(guideWith((g) => (g.legalBasis[0] = { instrument: '无' })))).toEqual([
      expect.objectContaining({ severity: 'error', path: 'legalBasis.0.instrument', message: expect.stringContaining('法律法规名称“无”等于未填写') }),
    ]);
    expect(legalBasisRule.check(guideWith((g) => (g.legalBasis[0] = { instrument: '本局内部管理制度', article: '第三条' })))).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('设定依据“本局内部管理制度”属于单位内部规定，不是合法依据') }),
    ]);
  });

  it('accepts meeting minutes for a public service only, as the seeds do', () => {
    const minutes = { instrument: '县政府第12次常务会议纪要', article: '第二项' };
    expect(legalBasisRule.check(guideWith((g) => (g.legalBasis[0] = minutes)))).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('属于会议纪要') }),
    ]);
    expect(legalBasisRule.check(guideWith((g) => { g.legalBasis[0] = minutes; g.itemType = '20'; }))).toEqual([]);
  });
});
