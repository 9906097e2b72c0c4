import { describe, expect, it } from 'vitest';
import { checkGuide } from '../check-guide.ts';
import { repealedBasisRule } from './repealed-basis.ts';

const repealed = [{ key: '城镇燃气管理条例', name: '城镇燃气管理条例', repealedOn: '2026年3月1日' }];
const numbered = [{ key: '某收费通知', name: '某收费通知', documentNumber: '浙价费〔2004〕129号' }];

describe('repealed-basis', () => {
  it('finds nothing without the register’s repealed entries', () => {
    expect(repealedBasisRule.check({ legalBasis: [{ instrument: '《城镇燃气管理条例》' }] })).toEqual([]);
  });

  it('is an error when every 设定依据 is repealed', () => {
    const findings = repealedBasisRule.check({ legalBasis: [{ instrument: '城镇燃气管理条例', article: '第十五条' }] }, { repealedLaws: repealed });
    expect(findings).toEqual([
      { rule: 'repealed-basis', severity: 'error', path: 'legalBasis.0.instrument', message: '设定依据“第十五条”引用的《城镇燃气管理条例》已废止（2026年3月1日废止），本事项已没有现行有效的设定依据：请改为现行的法律法规，或按程序取消本事项' },
    ]);
  });

  it('warns when another basis remains, and on materials and fees matched by 文号', () => {
    const findings = repealedBasisRule.check(
      {
        legalBasis: [{ instrument: '《城镇燃气管理条例》' }, { instrument: '《中华人民共和国安全生产法》' }],
        fees: [{ name: '工本费', basis: '浙价费[2004]129号', reducible: false }],
      },
      { repealedLaws: [...repealed, ...numbered] },
    );
    expect(findings.map((f) => [f.severity, f.path])).toEqual([
      ['warning', 'legalBasis.0.instrument'],
      ['warning', 'fees.0.basis'],
    ]);
    expect(findings[1]!.message).toBe('收费依据“工本费”引用的《某收费通知》（浙价费〔2004〕129号）已废止：请核实后改为现行有效的依据');
  });

  it('runs in checkGuide and can be switched off', () => {
    const guide = { legalBasis: [{ instrument: '城镇燃气管理条例' }] };
    expect(checkGuide(guide, { repealedLaws: repealed }).some((f) => f.rule === 'repealed-basis')).toBe(true);
    expect(checkGuide(guide, { repealedLaws: repealed, disabledRules: ['repealed-basis'] }).some((f) => f.rule === 'repealed-basis')).toBe(false);
  });
});
