import { hasPhoneNumber } from '../../phones/index.ts';
import { findingsOf, isBlank, type Finding, type QualityRule } from '../finding.ts';

const id = 'contact-phones';
const { error, warning } = findingsOf(id);

/**
 * A phone field must hold a number someone can dial; 「无」「详见窗口」 fill the field but tell the
 * applicant nothing. 咨询方式 is part of 一次性告知, so a consultation phone without a number is an
 * error; a complaint phone without one is a warning, as a missing one is. Empty fields are left to
 * one-time-notice, so nothing is reported twice.
 */
export const contactPhonesRule: QualityRule = {
  id,
  title: '咨询和投诉电话可拨打',
  check(guide) {
    const findings: Finding[] = [];
    const { consultPhone, complaintPhone } = guide;
    if (!isBlank(consultPhone) && !hasPhoneNumber(consultPhone)) {
      findings.push(error('consultPhone', `咨询电话“${consultPhone!.trim()}”中没有可拨打的电话号码：请填写带区号的固定电话、手机或 12345 等服务热线，如“0577-88886666”`));
    }
    if (!isBlank(complaintPhone) && !hasPhoneNumber(complaintPhone)) {
      findings.push(warning('complaintPhone', `监督投诉电话“${complaintPhone!.trim()}”中没有可拨打的电话号码：请填写投诉电话，如“12345”`));
    }
    return findings;
  },
};
