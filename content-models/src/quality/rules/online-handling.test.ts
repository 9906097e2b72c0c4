import { describe, expect, it } from 'vitest';
import { completeGuide, guideWith } from '../test-fixtures/complete-guide.ts';
import { onlineHandlingRule } from './online-handling.ts';

const offline = guideWith((g) => {
  g.onlineUrl = undefined;
  g.onlineDepths = [];
  g.handlingForms = ['window'];
});

describe('online-handling rule', () => {
  it('passes online claims backed by a link, and a visit with its reason', () => {
    expect(onlineHandlingRule.check(completeGuide)).toEqual([]);
  });

  it('warns about a zero-visit claim without an online address', () => {
    const guide = structuredClone(offline);
    guide.visits = 0;
    expect(onlineHandlingRule.check(guide)).toEqual([
      {
        rule: 'online-handling',
        severity: 'warning',
        path: 'onlineUrl',
        message: '到办事现场次数为 0（零跑动），但未填写网办地址：请填写以 https:// 开头的网上办理链接，或在其他网办渠道中填写 APP、小程序名称',
      },
    ]);
  });

  it('accepts a zero-visit claim backed by express, phone or door-to-door handling', () => {
    for (const form of ['express', 'phone', 'door-to-door'] as const) {
      const guide = structuredClone(offline);
      guide.visits = 0;
      guide.handlingForms = ['window', form];
      expect(onlineHandlingRule.check(guide)).toEqual([]);
    }
  });

  it('warns about online depth or the online form without an online address, once', () => {
    const findings = onlineHandlingRule.check(guideWith((g) => (g.onlineUrl = ' ')));
    expect(findings).toEqual([
      expect.objectContaining({ path: 'onlineUrl', message: expect.stringContaining('填写了网上办理深度、办理形式含网上办理') }),
    ]);
  });

  it('counts an app or mini-program without a URL, or a mobile address, as a place to handle online', () => {
    expect(onlineHandlingRule.check(guideWith((g) => {
      g.onlineUrl = undefined;
      g.onlineChannels = [{ name: '「浙里办」APP', note: '首页—社保—参保证明' }];
    }))).toEqual([]);
    expect(onlineHandlingRule.check(guideWith((g) => {
      g.onlineUrl = undefined;
      g.mobileUrl = 'https://m.gdzwfw.gov.cn/item/440118009000';
    }))).toEqual([]);
  });

  it('warns about an online address that is not a web address, in any channel', () => {
    expect(onlineHandlingRule.check(guideWith((g) => (g.onlineUrl = 'www.gdzwfw.gov.cn')))).toEqual([
      expect.objectContaining({ path: 'onlineUrl', message: expect.stringContaining('应以 https:// 或 http:// 开头') }),
    ]);
    expect(onlineHandlingRule.check(guideWith((g) => (g.mobileUrl = '粤省事')))).toEqual([
      expect.objectContaining({ path: 'mobileUrl', message: expect.stringContaining('移动端网办地址“粤省事”不是网址') }),
    ]);
    expect(onlineHandlingRule.check(guideWith((g) => (g.onlineChannels = [{ name: '粤省事小程序', url: '微信搜索粤省事' }])))).toEqual([
      expect.objectContaining({ path: 'onlineChannels.0.url', message: expect.stringContaining('网办渠道“粤省事小程序”的网址“微信搜索粤省事”不是网址') }),
    ]);
  });

  it('refuses visits without a reason on an item the guide says is handled online', () => {
    expect(onlineHandlingRule.check(guideWith((g) => { g.visits = 2; g.onsiteReason = undefined; }))).toEqual([
      expect.objectContaining({
        severity: 'error',
        path: 'onsiteReason',
        message: expect.stringMatching(/^到办事现场次数为 2，但未说明必须现场办理的原因：本事项可网上办理，凡是能实现网上办理的事项，不得要求必须到现场办理/),
      }),
    ]);
    expect(onlineHandlingRule.check(guideWith((g) => (g.onsiteReason = '无')))).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('必须现场办理原因为“无”，等于未说明') }),
    ]);
  });

  it('only warns about visits without a reason on an item handled at the window only', () => {
    const guide = structuredClone(offline);
    guide.onsiteReason = '';
    expect(onlineHandlingRule.check(guide)).toEqual([expect.objectContaining({ severity: 'warning', path: 'onsiteReason' })]);
  });

  it('takes the office\'s convenience for no reason to come in person', () => {
    for (const reason of ['方便管理', '便于审核', '工作需要', '为便于存档', '按惯例需本人到场', '审核需要']) {
      expect(onlineHandlingRule.check(guideWith((g) => (g.onsiteReason = reason)))).toEqual([
        expect.objectContaining({ severity: 'error', path: 'onsiteReason', message: expect.stringContaining(`必须现场办理原因“${reason}”只是办事部门的方便`) }),
      ]);
    }
    const guide = structuredClone(offline);
    guide.onsiteReason = '方便管理';
    expect(onlineHandlingRule.check(guide)).toEqual([expect.objectContaining({ severity: 'warning', path: 'onsiteReason' })]);
  });

  it('accepts real reasons to come in person', () => {
    for (const reason of ['需核验身份证原件', '需现场采集指纹和照片', '婚姻登记须双方亲自到场', '需现场勘查']) {
      expect(onlineHandlingRule.check(guideWith((g) => (g.onsiteReason = reason)))).toEqual([]);
    }
  });
});
