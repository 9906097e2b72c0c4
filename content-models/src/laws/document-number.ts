/**
 * 文号 (issuing number) of a 规范性文件 or rule: an issuer's abbreviation, the year in 〔〕 and a
 * serial number — 浙政发〔2019〕3号. Sources write the brackets as 〔〕, ［］, [], （） or (); the
 * canonical form uses 〔〕, so two spellings of one number compare equal. A 令 number
 * (国务院令第699号, 财政部令第31号) is a 文号 too.
 */
export interface DocumentNumber {
  /** Canonical text: 浙政发〔2019〕3号, 国务院令第699号. */
  text: string;
  /** The issuer's abbreviation (浙政发, 发改价格规); absent when the source gave none. */
  issuer?: string;
  year?: number;
  serial: number;
}

const bracketed = /([\p{Script=Han}A-Za-z]{1,16})?\s*[〔［\[（(]\s*((?:19|20)\d{2})\s*[〕］\]）)]\s*第?\s*(\d+)\s*号/u;
const decree = /([\p{Script=Han}]{1,12}令)\s*(?:\(|（)?\s*第\s*(\d+)\s*号/u;

/** The first 文号 in a text, or undefined when it names none. */
export function parseDocumentNumber(text: string | null | undefined): DocumentNumber | undefined {
  if (!text) return undefined;
  const source = text.normalize('NFKC');
  const b = bracketed.exec(source);
  if (b) {
    // 「根据浙价费〔2004〕129号」: the verb before the issuer is prose, not part of the number.
    const issuer = b[1]?.replace(/^(根据|依据|按照|参照|详见|见)/u, '') || undefined;
    const year = Number(b[2]);
    const serial = Number(b[3]);
    return { text: `${issuer ?? ''}〔${year}〕${serial}号`, ...(issuer ? { issuer } : {}), year, serial };
  }
  const d = decree.exec(source);
  if (d) return { text: `${d[1]}第${Number(d[2])}号`, issuer: d[1]!, serial: Number(d[2]) };
  return undefined;
}
