/**
 * 辖区: whether a case's division code lies within a reviewer's divisions. Codes follow the
 * hierarchy of GB/T 2260 and the statistical division codes (province 2 digits, city 4, county 6,
 * town 9, village 12); trailing zero groups only say "this level and everything below", so they are
 * stripped before comparing prefixes: 330300 (温州市) → 3303, which 330326 (平阳县) starts with.
 * Reviewers' codes may also be written as such prefixes already (3303).
 */

/** The significant prefix of a division code, or undefined when it is not one. */
export function regionPrefix(code: string): string | undefined {
  let digits = code.trim();
  if (!/^(\d{2}|\d{4}|\d{6}|\d{9}|\d{12})$/.test(digits)) return undefined;
  if (digits.length === 12) {
    if (!digits.endsWith('000')) return digits;
    digits = digits.slice(0, 9);
  }
  if (digits.length === 9) {
    if (!digits.endsWith('000')) return digits;
    digits = digits.slice(0, 6);
  }
  if (digits.length === 6) {
    if (!digits.endsWith('00')) return digits;
    digits = digits.slice(0, 4);
  }
  if (digits.length === 4 && digits.endsWith('00')) digits = digits.slice(0, 2);
  return digits;
}

/** True when `regionCode` lies within (or is) one of `regionCodes`; an unknown code lies nowhere. */
export function withinRegions(regionCode: string | undefined, regionCodes: readonly string[]): boolean {
  const own = regionCode === undefined ? undefined : regionPrefix(regionCode);
  if (own === undefined) return false;
  return regionCodes.some((code) => {
    const scope = regionPrefix(code);
    return scope !== undefined && own.startsWith(scope);
  });
}
