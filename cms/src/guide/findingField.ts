import { guideFieldLabels } from '@catalog/content-models/diff/index.ts';

/** Guide fields that the CMS keeps on the catalog item, the unit or the region, not on the guide. */
const elsewhere: Record<string, string> = {
  basicCode: '目录清单',
  itemType: '目录清单',
  category: '目录清单',
  themes: '目录清单',
  legalBasis: '目录清单',
  transferableToSociety: '目录清单',
  hasNormativeDocuments: '目录清单',
  unit: '实施主体（单位）资料',
  region: '行政区划资料',
};

/**
 * Where a quality finding points, in the editor's words: `materials.2.basis` becomes
 * 申请材料 第 3 项 · 要求提供材料的依据, and fields kept elsewhere say where to change them.
 */
export function findingField(path: string): string {
  const parts = path.split('.');
  const names = parts.filter((part) => !/^\d+$/.test(part));
  const top = names[0] ?? path;
  const index = parts.find((part) => /^\d+$/.test(part));
  const group = guideFieldLabels[top] ?? top;
  const leaf = names.length > 1 ? guideFieldLabels[names.join('.')] ?? names.at(-1) : undefined;
  const label = [index !== undefined ? `${group} 第 ${Number(index) + 1} 项` : group, leaf].filter(Boolean).join(' · ');
  return elsewhere[top] ? `${label}（在${elsewhere[top]}中修改）` : label;
}
