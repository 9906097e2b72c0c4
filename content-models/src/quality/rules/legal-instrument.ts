/**
 * How a basis text reads to a reviewer. 法无授权不可为: a certificate, a stamp, an intermediary
 * service or a fee is only justified by 法律、法规、规章 or a 国务院决定 — never by a unit's own rules,
 * meeting minutes, habit or "need". The judgement reads the words, so it only names what it is sure of.
 */
export type BasisReading =
  /** A unit's own rules, meeting minutes, custom or "need": not a legal basis at all. */
  | { kind: 'not-legal'; what: string }
  /** Names a 法律、法规、规章 or 决定 (e.g. 《…条例》第七条). */
  | { kind: 'legal' }
  /** Names something else — a 规范性文件 (通知、意见), a document number — to be checked by a person. */
  | { kind: 'unclear' };

const notLegal: ReadonlyArray<{ pattern: RegExp; what: string; evenWithInstrument: boolean }> = [
  { pattern: /本(单位|部门|机关|局|委|办|中心|院|所|系统)[^，。；]{0,6}(规定|要求|制度|文件|规范)|内部[^，。；]{0,4}(规定|制度|要求|规范|文件)/u, what: '单位内部规定', evenWithInstrument: true },
  { pattern: /会议纪要|会议精神|会议决定|局务会|党组会|办公会|联席会议/u, what: '会议纪要', evenWithInstrument: true },
  { pattern: /惯例|习惯做法|历来做法|一贯做法|通常做法|常规做法/u, what: '工作惯例', evenWithInstrument: false },
  { pattern: /(根据|按照|出于|因)?(工作|管理|审核|审批|审查|实际|业务)?需要/u, what: '工作需要', evenWithInstrument: false },
];

/** 法律、法规、规章、国务院决定 by how their titles end (…法、…条例、…规定、…办法、…细则、…决定、…规则). */
const legalTitle = /(法|条例|规定|办法|细则|决定|规则|令)(（[^）]*）|\([^)]*\))?$/u;
const bookTitles = /《([^》]+)》/gu;

export function readBasis(text: string): BasisReading {
  const titles = [...text.matchAll(bookTitles)].map((m) => m[1]!.trim());
  const namesInstrument = titles.length > 0 || /(法|条例|规章|办法|细则|决定|规则)/u.test(text);
  for (const { pattern, what, evenWithInstrument } of notLegal) {
    if (pattern.test(text) && (evenWithInstrument || !namesInstrument)) return { kind: 'not-legal', what };
  }
  if (titles.some((title) => legalTitle.test(title))) return { kind: 'legal' };
  // Without 《》 a text like 「公共场所卫生管理条例实施细则第二十二条」 still names its instrument.
  if (titles.length === 0 && /(法|条例|规定|办法|细则|决定|规则)(第[一二三四五六七八九十百零〇\d]+条|$)/u.test(text)) return { kind: 'legal' };
  return { kind: 'unclear' };
}

/** An instrument's name between 《》 for a message, without doubling brackets the name already has. */
export function instrumentTitle(name: string): string {
  const trimmed = name.trim();
  return trimmed.includes('《') ? trimmed : `《${trimmed}》`;
}
