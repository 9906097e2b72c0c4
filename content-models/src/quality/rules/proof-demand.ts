import type { GuideDraft, Material } from '../../guide/guide-schema.ts';

/**
 * Whether a material makes the applicant bring a certificate (证明) or get a stamp (盖章) — the
 * 证明和盖章环节 that need a legal basis. A word match alone is not enough; real guides say 证明 and
 * 盖章 in many places where nothing is demanded:
 * - identity documents (「本人有效身份证明」) are not certificates anyone has to issue;
 * - the item's own certificate (换发 出生医学证明 needs the old 出生医学证明) is not a proof of something else;
 * - an electronic licence (电子证照) is presented, not obtained from a third party;
 * - a receipt or certificate the text only mentions (「凭缴费证明领取」) or waives (「无需盖章」) is not demanded;
 * - the applicant signing or stamping its own papers (「申请人签字（盖章）」) is a signature, not a 盖章环节.
 * In a material's name a proof word means the material is that certificate; in its requirements a
 * certificate only counts when a verb demands it (提供、提交、出具、开具、附…) and a stamp unless the
 * text says it is the applicant's own. An unclear stamp (「须加盖单位公章」) counts: the editor makes it
 * clear or gives the basis.
 */

/** Words that make a material a certificate or a stamp requirement; a deployment may configure others. */
export const proofOrStampWords: readonly string[] = ['证明', '盖章', '公章', '印章', '签章'];

export interface ProofDemand {
  /** The proof or stamp word that was demanded. */
  word: string;
  field: 'name' | 'requirements';
}

const clauseEnd = /[，,。；;！!？?\n]/u;
const identity = /(有效)?身份(证明|证件)(材料|文件)?/gu;
const receipt = /(缴费|付款|交款|收费|受理|收件|回执)(证明|凭证|单据)/gu;
const waived = /(无需|无须|不需要?|不必|不用|不再|免于|免予|免交|免盖|免提供|免除)[^，。；]{0,6}$/u;
const mentionedOnly = /凭[^，。；]*$/u;
const demandVerb = /(提供|提交|出具|开具|附上?|携带|出示|补充|经|由|需|须|应当?|要求)/u;
/** The applicant's own signature or seal, including the bare 「签字（盖章）」 alternative for organisations. */
const ownSeal =
  /(申请人|申请单位|申请者|本单位|本企业|本公司|本人|法定代表人|负责人|经营者|委托人|受托人|代理人|当事人)[^，。；]{0,10}$|签[字名](（|\(|或|或者|\/|并|及|和)?$/u;
/** 证明 used as a verb (「能够证明符合标准」「证明其身份」) names no certificate. */
const usedAsVerb = /^(其|符合|是|为|已|未|该|与|具有|属于|确|在|无|有|本人|申请人|身份)/u;
const verbPrefix = /^(原|旧|首次|补领|补办|补发|换发|申领|申请|领取|开具|出具|签发|核发|办理|的)+/u;

function isStampWord(word: string): boolean {
  return word.includes('章');
}

/** Certificates that are the item's own result, e.g. 出生医学证明 for the item 出生医学证明办理. */
function ownResultPhrases(guide: GuideDraft, words: readonly string[]): string[] {
  const phrases: string[] = [];
  const resultName = guide.resultName?.replace(/[《》“”]/gu, '').replace(/电子证照/u, '').trim();
  if (resultName) phrases.push(resultName.replace(verbPrefix, ''));
  for (const source of [guide.resultName, guide.name]) {
    if (!source) continue;
    for (const word of words) {
      for (const match of source.replace(/[《》“”]/gu, '').matchAll(new RegExp(`[\\u4e00-\\u9fff]*${escapeRegExp(word)}`, 'gu'))) {
        phrases.push(match[0].replace(verbPrefix, ''));
      }
    }
  }
  // A phrase as short as the word itself (「证明」) would exempt every certificate.
  return phrases.filter((phrase) => phrase.length >= 4 && !words.includes(phrase));
}

function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function withoutExempted(text: string, ownResult: readonly string[]): string {
  let rest = text.replace(/[《》“”]/gu, '').replace(identity, '');
  for (const phrase of ownResult) rest = rest.split(phrase).join('');
  return rest;
}

/** The first word demanded in one clause, given the text before each occurrence. */
function demandedIn(clause: string, words: readonly string[], needsVerb: boolean): string | undefined {
  if (clause.includes('电子证照')) return undefined;
  for (const word of words) {
    let at = clause.indexOf(word);
    while (at !== -1) {
      const before = clause.slice(0, at);
      const after = clause.slice(at + word.length);
      const demanded = !waived.test(before) && !mentionedOnly.test(before) &&
        (isStampWord(word) ? !ownSeal.test(before) : !usedAsVerb.test(after) && (!needsVerb || demandVerb.test(before)));
      if (demanded) return word;
      at = clause.indexOf(word, at + word.length);
    }
  }
  return undefined;
}

export function proofDemandIn(material: Material, guide: GuideDraft, words: readonly string[] = proofOrStampWords): ProofDemand | undefined {
  const ownResult = ownResultPhrases(guide, words);
  const name = withoutExempted(material.name ?? '', ownResult);
  const inName = demandedIn(name, words, false);
  if (inName !== undefined) return { word: inName, field: 'name' };
  // A receipt is only passed over where it is mentioned; a material named 「社保缴费证明」 is a certificate.
  for (const clause of withoutExempted(material.requirements ?? '', ownResult).replace(receipt, '').split(clauseEnd)) {
    const word = demandedIn(clause, words, true);
    if (word !== undefined) return { word, field: 'requirements' };
  }
  return undefined;
}
