import { describe, expect, it } from 'vitest';
import { completeGuide, guideWith } from '../test-fixtures/complete-guide.ts';
import { contactPhonesRule } from './contact-phones.ts';

describe('contact-phones rule', () => {
  it('passes phones with a number one can dial', () => {
    expect(contactPhonesRule.check(completeGuide)).toEqual([]);
    expect(contactPhonesRule.check(guideWith((g) => (g.consultPhone = '鹿城区 0577-88886666；瓯海区 86666666')))).toEqual([]);
    expect(contactPhonesRule.check(guideWith((g) => (g.complaintPhone = '12345 政务服务便民热线')))).toEqual([]);
  });

  it('refuses a consultation phone without a number', () => {
    for (const phone of ['无', '详见窗口', '见办理地点']) {
      expect(contactPhonesRule.check(guideWith((g) => (g.consultPhone = phone)))).toEqual([
        {
          rule: 'contact-phones',
          severity: 'error',
          path: 'consultPhone',
          message: expect.stringContaining(`咨询电话“${phone}”中没有可拨打的电话号码`),
        },
      ]);
    }
  });

  it('warns about a complaint phone without a number', () => {
    expect(contactPhonesRule.check(guideWith((g) => (g.complaintPhone = '向上级主管部门投诉')))).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'complaintPhone', message: expect.stringContaining('监督投诉电话“向上级主管部门投诉”中没有可拨打的电话号码') }),
    ]);
  });

  it('leaves empty phones to the one-time-notice rule', () => {
    expect(contactPhonesRule.check(guideWith((g) => { g.consultPhone = ''; g.complaintPhone = undefined; }))).toEqual([]);
  });
});
