import type { GuideDraft } from '../../guide/guide-schema.ts';
import type { HandlingForm } from '../../vocabularies/index.ts';
import { findingsOf, isBlank, type Finding, type QualityRule } from '../finding.ts';
import { isMissing } from './placeholder-text.ts';

const id = 'online-handling';
const { error, warning } = findingsOf(id);

/** Ways to handle an item without coming in, besides online: they back a zero-visit claim too. */
const remoteForms: readonly HandlingForm[] = ['express', 'door-to-door', 'phone', 'fax'];

/**
 * Reasons that speak of the office's convenience, not of something that needs the applicant in
 * person (核验原件、现场勘查、采集指纹). They are no reason at all for 必须现场办理.
 */
const convenienceReason =
  /^(为了?|出于|因|因为|根据|按照)?(方便|便于|利于|有利于)?(管理|审核|审查|审批|核对|工作|存档|归档|留存)(需要|要求|方便)?$|(方便|便于|利于)(管理|审核|审查|审批|工作|存档|归档)|(工作|管理|审核|审批|业务)需要|惯例|^按规定$/u;

const isWebAddress = (url: string) => /^https?:\/\//u.test(url);

/** Whether the guide says the item can be handled online: the online form or online 受理/办理 depth. */
function claimsOnlineHandling(guide: GuideDraft): boolean {
  return (guide.handlingForms ?? []).includes('online') || (guide.onlineDepths ?? []).some((depth) => depth === '4' || depth === '5');
}

/**
 * Claims about online handling need a place to handle it online — a web address, a mobile address or
 * a listed app or mini-program (many have no URL) — and every visit the applicant must still make
 * needs a real reason. 凡是能实现网上办理的事项，不得要求必须到现场办理: when the guide itself says the
 * item is handled online, a visit without a real reason is an error; otherwise it is a warning.
 */
export const onlineHandlingRule: QualityRule = {
  id,
  title: '网上办理与跑动次数',
  check(guide) {
    const findings: Finding[] = [];
    const url = guide.onlineUrl?.trim();
    const mobileUrl = guide.mobileUrl?.trim();
    const channels = guide.onlineChannels ?? [];
    const hasOnlinePlace = Boolean(url) || Boolean(mobileUrl) || channels.length > 0;
    if (!hasOnlinePlace) {
      const claims: string[] = [];
      const remote = (guide.handlingForms ?? []).some((form) => remoteForms.includes(form));
      if (guide.visits === 0 && !remote) claims.push('到办事现场次数为 0（零跑动）');
      if ((guide.onlineDepths ?? []).length > 0) claims.push('填写了网上办理深度');
      if ((guide.handlingForms ?? []).includes('online')) claims.push('办理形式含网上办理');
      if (claims.length > 0) {
        findings.push(
          warning('onlineUrl', `${claims.join('、')}，但未填写网办地址：请填写以 https:// 开头的网上办理链接，或在其他网办渠道中填写 APP、小程序名称`),
        );
      }
    }
    if (url && !isWebAddress(url)) findings.push(warning('onlineUrl', `网办地址“${url}”不是网址：应以 https:// 或 http:// 开头`));
    if (mobileUrl && !isWebAddress(mobileUrl)) findings.push(warning('mobileUrl', `移动端网办地址“${mobileUrl}”不是网址：应以 https:// 或 http:// 开头`));
    channels.forEach((channel, i) => {
      const channelUrl = channel.url?.trim();
      if (channelUrl && !isWebAddress(channelUrl)) {
        findings.push(warning(`onlineChannels.${i}.url`, `网办渠道“${channel.name}”的网址“${channelUrl}”不是网址：应以 https:// 或 http:// 开头；APP、小程序没有网址的，请留空`));
      }
    });

    if (guide.visits !== undefined && guide.visits > 0) findings.push(...visitReasonFindings(guide, guide.visits));
    return findings;
  },
};

function visitReasonFindings(guide: GuideDraft, visits: number): Finding[] {
  const online = claimsOnlineHandling(guide);
  const report = online ? error : warning;
  const because = online ? '：本事项可网上办理，凡是能实现网上办理的事项，不得要求必须到现场办理' : '';
  const reason = guide.onsiteReason?.trim();
  if (isBlank(reason) || isMissing(reason)) {
    const what = reason ? `，必须现场办理原因为“${reason}”，等于未说明` : '，但未说明必须现场办理的原因';
    return [report('onsiteReason', `到办事现场次数为 ${visits}${what}${because}；请写明必须到场的事由，如“需核验原件”“需现场勘查”，或将到场次数改为 0`)];
  }
  if (convenienceReason.test(reason!.replace(/[。.；;，,\s]/gu, ''))) {
    return [
      report(
        'onsiteReason',
        `到办事现场次数为 ${visits}，必须现场办理原因“${reason}”只是办事部门的方便，不是必须到场的理由${because}；请写明必须到场的事由，如“需核验原件”“需现场勘查”，或将到场次数改为 0`,
      ),
    ];
  }
  return [];
}
