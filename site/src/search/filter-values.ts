/**
 * The values of an open filter list (地区, 部门) a typed text stands for: an exact name picks that
 * one value; otherwise every name containing the text (full-width/half-width and case folded),
 * so 「民政局」 filters on every civil affairs bureau and 「江心区」 on every unit of that district.
 */
export function matchingValues(values: readonly string[], typed: string): string[] {
  const fold = (text: string) => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  const wanted = fold(typed);
  if (!wanted) return [];
  const exact = values.filter((value) => fold(value) === wanted);
  if (exact.length > 0) return exact;
  return values.filter((value) => fold(value).includes(wanted));
}
