/**
 * Phone fields as real guides write them — 「0577-88886666、88887777」, 「(0571)87051234」,
 * 「鹿城区 88888888；瓯海区 86666666」, 「无」, 「详见窗口」 — split into the numbers a citizen can dial
 * and the text around them. The site makes each number its own tel: link and keeps the rest as text,
 * so a field never becomes `tel:无`, and a quality rule can ask whether a field holds a number at all.
 *
 * Decided: a fax number (its clause says 传真 and not 电话) stays text. Dialling a fax machine from a
 * phone only gives a tone, so a link would mislead.
 */
export type PhoneSegment =
  | {
      kind: 'phone';
      text: string; // as written, e.g. 0577-8888 6666转8001
      tel: string; // what the tel: link dials: 0577-88887777 (area code inherited if need be), ',' before an extension
      label?: string; // the words just before the number, e.g. 鹿城区 (names the link among many)
    }
  | { kind: 'text'; text: string };

const AREA = String.raw`0(?:10|2\d|[3-9]\d{2})`; // 010, 02x, else four digits
const LOCAL = String.raw`[2-9]\d{2,3}[ -]?\d{4}`; // 7 or 8 digits, a space or hyphen allowed in the middle
const SERVICE = String.raw`1\d{4}|9[56]\d{3,4}`; // 12345, 12333, 95598, 96345
const NUMBER = new RegExp(
  String.raw`(?<!\d[:：.]?)(?:` + // not inside a longer number, a time (9:00) or a decimal
    String.raw`[(（]?(?<area>${AREA})[)）]?[ \-－—]?(?<areaLocal>${LOCAL}|${SERVICE})` + // 0571-12333 is 12333 dialled there
    String.raw`|(?<intl>(?:\+|00)86[ -]?)?(?<mobile>1[3-9]\d[ -]?\d{4}[ -]?\d{4})` +
    String.raw`|(?<business>[48]00[ -]?\d{3}[ -]?\d{4})` +
    String.raw`|(?<local>${LOCAL})` +
    String.raw`|(?<service>${SERVICE})` +
    String.raw`)(?:\s*(?:转|分机|ext\.?|[-－])\s*(?<ext>\d{1,6}))?(?![\d]|[:：.]\d)`,
  'gi',
);

/** Where one clause of a list ends: a fax or label before it does not carry past these. */
const CLAUSE_END = /[；;，,。\n]/;
const FAX = /传真|fax/i;
const VOICE = /电话|手机|热线|tel/i;

const digits = (s: string) => s.replace(/\D/g, '');

function labelOf(before: string): string | undefined {
  const label = before.replace(/^[\s、/／；;，,。：:（(）)]+|[\s、/／；;，,。：:（(）)]+$/g, '');
  return label && label.length <= 20 ? label : undefined;
}

export function parsePhones(text: string): PhoneSegment[] {
  const segments: PhoneSegment[] = [];
  const pushText = (t: string) => {
    if (t === '') return;
    const last = segments.at(-1);
    if (last?.kind === 'text') last.text += t;
    else segments.push({ kind: 'text', text: t });
  };

  let area: string | undefined; // a later bare local number dials with the last area code written
  let clause = ''; // the words of the current clause, to tell a fax from a phone
  let at = 0;
  for (const match of text.matchAll(NUMBER)) {
    const between = text.slice(at, match.index);
    const sinceEnd = between.split(CLAUSE_END);
    clause = sinceEnd.length > 1 ? sinceEnd.at(-1)! : clause + between;
    pushText(between);
    at = match.index + match[0].length;

    const g = match.groups!;
    let tel: string;
    if (g.area !== undefined) {
      area = g.area;
      tel = `${area}-${digits(g.areaLocal!)}`;
    } else if (g.mobile !== undefined) tel = (g.intl ? '+86' : '') + digits(g.mobile);
    else if (g.business !== undefined) tel = digits(g.business);
    else if (g.local !== undefined) tel = area === undefined ? digits(g.local) : `${area}-${digits(g.local)}`;
    else tel = g.service!;
    if (g.ext !== undefined) tel += `,${g.ext}`;

    if (FAX.test(clause) && !VOICE.test(clause)) {
      pushText(match[0]);
      continue;
    }
    const label = labelOf(sinceEnd.at(-1)!.split(/[、/／]/).at(-1)!);
    segments.push(label === undefined ? { kind: 'phone', text: match[0], tel } : { kind: 'phone', text: match[0], tel, label });
  }
  pushText(text.slice(at));
  return segments;
}

/** Whether a phone field holds at least one number that can be dialled. */
export function hasPhoneNumber(text: string | undefined): boolean {
  return text !== undefined && parsePhones(text).some((s) => s.kind === 'phone');
}
