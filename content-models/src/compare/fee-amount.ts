import type { FeeItem } from '../guide/guide-schema.ts';

/**
 * The amount of a fee standard in 元, read only when the text states one plainly (「每件10元」,
 * 「工本费 20 元/本」): undefined otherwise (「按评估价的1%」, 「见附件」), so an amount is never guessed.
 */
export function feeYuan(standard: string | undefined): number | undefined {
  if (!standard) return undefined;
  const matches = [...standard.normalize('NFKC').matchAll(/(\d+(?:\.\d+)?)\s*元/gu)];
  if (matches.length !== 1) return undefined;
  return Number(matches[0]![1]);
}

/**
 * What an applicant pays in the ordinary case: the sum of the fees that apply to every applicant
 * (fees with an 适用情形 such as 补证 are left out). Undefined when any of them has no plain amount.
 */
export function ordinaryFeeYuan(fees: readonly FeeItem[]): number | undefined {
  let total = 0;
  for (const fee of fees) {
    if (fee.applicableCase?.trim()) continue;
    const amount = feeYuan(fee.standard);
    if (amount === undefined) return undefined;
    total += amount;
  }
  return total;
}
