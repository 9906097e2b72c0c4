import type { CatalogRow, GroupRow } from './statistics.ts';

/** One unit's line in the 月度通报's ranking. */
export interface RankedUnit {
  rank: number;
  unitId: string;
  name: string;
  /** 一次性告知齐全率, 0–1; undefined for a unit without guides (nothing to rate, listed last). */
  completeRate?: number;
  guides: number;
  returned: number;
  overdue: number;
  pastReview: number;
}

/**
 * 排名: units ordered by 一次性告知齐全率 (higher first), then by fewer 退回, fewer 超期 and fewer
 * guides past their 复核日期 — what the unit itself controls. Units equal on all four share a rank
 * (1, 2, 2, 4); units without guides come last, unranked in rate but still listed.
 */
export function rankUnits(units: readonly GroupRow[], catalog: readonly CatalogRow[]): RankedUnit[] {
  const catalogOf = new Map(catalog.map((row) => [row.key, row]));
  const lines = units.map((unit) => {
    const guides = catalogOf.get(unit.key);
    return {
      rank: 0,
      unitId: unit.key,
      name: unit.name,
      completeRate: guides && guides.guides > 0 ? guides.complete / guides.guides : undefined,
      guides: guides?.guides ?? 0,
      returned: unit.returned,
      overdue: unit.overdue,
      pastReview: guides?.pastReview ?? 0,
    };
  });
  const keyOf = (l: RankedUnit) => [-(l.completeRate ?? -1), l.returned, l.overdue, l.pastReview];
  const compare = (a: RankedUnit, b: RankedUnit) => {
    const [ka, kb] = [keyOf(a), keyOf(b)];
    for (let i = 0; i < ka.length; i += 1) if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
    return 0;
  };
  lines.sort((a, b) => compare(a, b) || a.name.localeCompare(b.name, 'zh-Hans-CN'));
  lines.forEach((line, i) => {
    line.rank = i > 0 && compare(lines[i - 1]!, line) === 0 ? lines[i - 1]!.rank : i + 1;
  });
  return lines;
}
