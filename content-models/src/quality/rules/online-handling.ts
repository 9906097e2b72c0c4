import { findingsOf, isBlank, type Finding, type QualityRule } from '../finding.ts';

const id = 'online-handling';
const { warning } = findingsOf(id);

/**
 * Claims about online handling need a place to handle it online, and every visit the applicant
 * must still make needs a reason (凡是能实现网上办理的事项，不得要求必须到现场办理).
 */
export const onlineHandlingRule: QualityRule = {
  id,
  title: '网上办理与跑动次数',
  check(guide) {
    const findings: Finding[] = [];
    const url = guide.onlineUrl?.trim();
    if (!url) {
      const claims: string[] = [];
      if (guide.visits === 0) claims.push('到办事现场次数为 0（零跑动）');
      if ((guide.onlineDepths ?? []).length > 0) claims.push('填写了网上办理深度');
      if ((guide.handlingForms ?? []).includes('online')) claims.push('办理形式含网上办理');
      if (claims.length > 0) {
        findings.push(warning('onlineUrl', `${claims.join('、')}，但未填写网办地址：请填写以 https:// 开头的网上办理链接`));
      }
    } else if (!/^https?:\/\//.test(url)) {
      findings.push(warning('onlineUrl', `网办地址“${url}”不是网址：应以 https:// 或 http:// 开头`));
    }
    if (guide.visits !== undefined && guide.visits > 0 && isBlank(guide.onsiteReason)) {
      findings.push(warning('onsiteReason', `到办事现场次数为 ${guide.visits}，但未说明必须现场办理的原因`));
    }
    return findings;
  },
};
