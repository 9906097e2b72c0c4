import { regionLevelOfCode } from './region-code.ts';

/**
 * A division code and the codes of every division above it, from the province down:
 * 330326 → 330000, 330300, 330326. A record tagged with this list is found by any of them, which is
 * how a reviewer scoped to 温州市 (330300) or 平阳县 (330326) sees exactly the cases of that area.
 * An ill-formed code yields [] rather than guesses.
 */
export function regionAncestors(code: string): string[] {
  const level = regionLevelOfCode(code);
  if (level === undefined) return [];
  const county = code.slice(0, 6);
  const chain = [`${county.slice(0, 2)}0000`, `${county.slice(0, 4)}00`, county];
  if (code.length === 12 && code.slice(6) !== '000000') {
    chain.push(`${code.slice(0, 9)}000`, code);
  }
  // Levels above the code's own repeat it (a city's county slot is the city): keep each code once.
  return [...new Set(chain)];
}
