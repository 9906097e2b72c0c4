/**
 * The nearest-rank percentile (the smallest value with at least p% of the values at or below it):
 * always a value that occurred, so "90% waited at most 3 working days" is literally true.
 * Undefined for no values: nothing is known, and the tables say so.
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}
