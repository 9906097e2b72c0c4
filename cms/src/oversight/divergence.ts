import type { Payload } from 'payload';
import { beijingDateTime, compareImplementations, type Guide, type PublicItem } from '@catalog/content-models';
import { publishedItems } from '../publish/exportSnapshot.ts';

/** One 基本编码 in the divergence ranking. */
export interface DivergenceEntry {
  basicCode: string;
  name: string;
  implementations: number;
  divergence: number;
  /** Labels of the rows where the implementations differ (材料 rows by material name). */
  differingRows: string[];
  /** Distinct variants: implementations with identical compared cells count once. */
  variants: number;
}

export interface DivergenceReport {
  generatedAt: string; // Beijing time, as people read it
  formula: string;
  items: DivergenceEntry[];
}

export const DIVERGENCE_FORMULA = '差异度 = 各比对行 (k − m) / (k − 1) 之和：k 为该行已填写的地方数，m 为其中取值最多的相同值的地方数；各地一致的行计 0，各不相同的行计 1，每种申请材料单独成行；未填写的不计入。';

/** Only what the comparison reads, so 100,000 published guides do not sit in memory whole. */
function comparable(item: PublicItem): Guide {
  const { name, basicCode, implementationCode, region, unit, materials, statutoryDays, statutoryDayKind, promisedDays, promisedDayKind, caseType, visits, charged, fees, onlineDepths } = item;
  return { name, basicCode, implementationCode, region, unit, materials, statutoryDays, statutoryDayKind, promisedDays, promisedDayKind, caseType, visits, charged, fees, onlineDepths } as Guide;
}

/**
 * 标准化 oversight: the 基本编码 with two or more active published implementations, ranked by how
 * much the implementations diverge (compareImplementations' divergence), most divergent first.
 */
export async function divergenceReport(payload: Payload, now: Date = new Date()): Promise<DivergenceReport> {
  const byBasicCode = new Map<string, Guide[]>();
  for await (const item of publishedItems(payload, now)) {
    if (item.status !== 'active') continue;
    const group = byBasicCode.get(item.basicCode);
    if (group) group.push(comparable(item));
    else byBasicCode.set(item.basicCode, [comparable(item)]);
  }
  const items: DivergenceEntry[] = [];
  for (const guides of byBasicCode.values()) {
    if (guides.length < 2) continue;
    const comparison = compareImplementations(guides);
    items.push({
      basicCode: comparison.basicCode,
      name: comparison.name,
      implementations: guides.length,
      divergence: comparison.divergence,
      differingRows: comparison.rows.filter((r) => r.differs).map((r) => r.label),
      variants: comparison.columns.length,
    });
  }
  items.sort((a, b) => b.divergence - a.divergence || a.basicCode.localeCompare(b.basicCode));
  return { generatedAt: beijingDateTime(now), formula: DIVERGENCE_FORMULA, items };
}
