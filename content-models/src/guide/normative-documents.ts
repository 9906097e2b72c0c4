/**
 * Whether a basis text cites a normative document (规范性文件) rather than a law, regulation or
 * rule: such documents carry an issuing number (浙政办发〔2017〕12号, [2017]12号, (2017)12号) or are
 * titled as a notice, opinion or implementation rules (通知、意见、实施细则). 法制办's legality review
 * applies to those (DOMAIN.md §4), whatever the unit ticked: the item's own data decides.
 */
const markers = [
  /[〔［\[（(]\s*(19|20)\d{2}\s*[〕］\]）)]\s*\d+\s*号/, // 文号
  /通知|意见|实施细则|工作规程|规范性文件/,
];

export function citesNormativeDocument(text: string | null | undefined): boolean {
  if (!text) return false;
  return markers.some((pattern) => pattern.test(text));
}

export function citesNormativeDocuments(texts: readonly (string | null | undefined)[]): boolean {
  return texts.some(citesNormativeDocument);
}
