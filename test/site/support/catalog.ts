/** The service category holding the most active items, to exercise pagination where it is deepest. */
export function largestCategory(entries: { category: string; status: string }[]): { category: string; count: number } {
  const counts = new Map<string, number>();
  for (const e of entries) if (e.status === 'active') counts.set(e.category, (counts.get(e.category) ?? 0) + 1);
  const [category, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
  return { category, count };
}
