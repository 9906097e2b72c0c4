import { describe, expect, it } from 'vitest';
import { completeGuide, guideWith } from '../test-fixtures/complete-guide.ts';
import { onlineHandlingRule } from './online-handling.ts';

describe('online-handling rule', () => {
  it('passes online claims backed by a link, and a visit with its reason', () => {
    expect(onlineHandlingRule.check(completeGuide)).toEqual([]);
  });

  it('warns about a zero-visit claim without an online address', () => {
    const guide = guideWith((g) => {
      g.visits = 0;
      g.onlineUrl = undefined;
      g.onlineDepths = [];
      g.handlingForms = ['window'];
    });
    expect(onlineHandlingRule.check(guide)).toEqual([
      {
        rule: 'online-handling',
        severity: 'warning',
        path: 'onlineUrl',
        message: '到办事现场次数为 0（零跑动），但未填写网办地址：请填写以 https:// 开头的网上办理链接',
      },
    ]);
  });

  it('warns about online depth or the online form without an online address, once', () => {
    const findings = onlineHandlingRule.check(guideWith((g) => (g.onlineUrl = ' ')));
    expect(findings).toEqual([
      expect.objectContaining({ path: 'onlineUrl', message: expect.stringContaining('填写了网上办理深度、办理形式含网上办理') }),
    ]);
  });

  it('warns about an online address that is not a web address', () => {
    expect(onlineHandlingRule.check(guideWith((g) => (g.onlineUrl = 'www.gdzwfw.gov.cn')))).toEqual([
      expect.objectContaining({ path: 'onlineUrl', message: expect.stringContaining('应以 https:// 或 http:// 开头') }),
    ]);
  });

  it('warns about visits without a reason for coming in person', () => {
    expect(onlineHandlingRule.check(guideWith((g) => { g.visits = 2; g.onsiteReason = undefined; }))).toEqual([
      expect.objectContaining({ path: 'onsiteReason', message: '到办事现场次数为 2，但未说明必须现场办理的原因' }),
    ]);
  });
});
