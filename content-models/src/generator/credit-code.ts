import { creditCodeCheckCharacter } from '../codes/index.ts';

/** Builds valid 统一社会信用代码 (GB 32100-2015) for generated units. */

const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The 9th character of a GB 11714 organisation code (embedded at positions 9–17 of a credit code). */
function organizationCheckCharacter(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body8.charAt(i), 36) * (ORG_WEIGHTS[i] as number);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/**
 * @param authorityAndType two characters: 11 机关, 12 事业单位, 51 社会团体, 54 村（居）委会, 91 企业
 * @param regionCode six-digit administrative division code of the registering authority
 * @param serial a number that makes the organisation code unique
 */
export function makeCreditCode(authorityAndType: string, regionCode: string, serial: number): string {
  const body = String(serial % 100_000_000).padStart(8, '0');
  const first17 = `${authorityAndType}${regionCode.slice(0, 6)}${body}${organizationCheckCharacter(body)}`;
  return first17 + creditCodeCheckCharacter(first17);
}
