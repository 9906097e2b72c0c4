import { splitBasicCode } from '../codes/basic-code.ts';
import { parseImplementationCode } from '../codes/implementation-code.ts';
import { diffGuides } from '../diff/diff-guides.ts';
import type { GuideDraft, LegalBasis } from '../guide/guide-schema.ts';
import { itemTypes } from '../vocabularies/index.ts';

/**
 * 同源: an implementation (实施清单) says the same as its catalog item (目录清单) about what the item
 * is: 同一事项、同一标准、同一编码. Implementations in the CMS carry their own name and 实施编码;
 * item type and legal basis are compared when the source states them (an imported 梳理表 row
 * does), and the item type is also read from the basic code inside the 实施编码.
 */
export interface CatalogFacts {
  name: string;
  basicCode: string;
  itemType: string;
  legalBasis: readonly LegalBasis[];
  status?: string;
}

export interface ImplementationFacts {
  name?: string;
  implementationCode?: string;
  itemType?: string;
  legalBasis?: readonly LegalBasis[];
}

export type DeviationField = 'name' | 'itemType' | 'legalBasis' | 'basicCode' | 'status';

export interface Deviation {
  field: DeviationField;
  /** Chinese, for the report: 事项名称 · 目录“…”，实施清单“…”. */
  message: string;
}

const typeLabel = (code: string | undefined) => (code && itemTypes.has(code) ? itemTypes.label(code) : (code ?? '（空）'));

function facts(source: { name?: string; itemType?: string; legalBasis?: readonly LegalBasis[] }, keep: Set<string>): GuideDraft {
  const draft: Record<string, unknown> = {};
  if (keep.has('name')) draft.name = source.name?.trim();
  if (keep.has('itemType')) draft.itemType = source.itemType;
  if (keep.has('legalBasis')) draft.legalBasis = source.legalBasis ?? [];
  return draft as GuideDraft;
}

/** What differs between an implementation and its catalog item; [] when they are 同源. */
export function deviationsFrom(item: CatalogFacts, implementation: ImplementationFacts, cancelled = false): Deviation[] {
  const compared = new Set<string>();
  // An empty name is filled from the item when saved: only a name actually written can differ.
  if (implementation.name?.trim()) compared.add('name');
  if (implementation.itemType !== undefined) compared.add('itemType');
  if (implementation.legalBasis !== undefined) compared.add('legalBasis');
  const found: Deviation[] = diffGuides(facts(item, compared), facts(implementation, compared)).map((change) => ({
    field: change.path.split(/[.[]/)[0] as DeviationField,
    message: `${change.label}：目录为“${change.before ?? '（空）'}”，实施清单为“${change.after ?? '（空）'}”`,
  }));
  const parts = implementation.implementationCode ? parseImplementationCode(implementation.implementationCode) : undefined;
  if (parts && parts.basicCode !== item.basicCode) {
    found.push({ field: 'basicCode', message: `实施编码中的基本编码“${parts.basicCode}”与目录的基本编码“${item.basicCode}”不同` });
    const codedType = splitBasicCode(parts.basicCode).itemType;
    if (codedType !== item.itemType && !compared.has('itemType')) {
      found.push({ field: 'itemType', message: `事项类型：目录为“${typeLabel(item.itemType)}”，实施编码中为“${typeLabel(codedType)}”` });
    }
  }
  if (item.status === 'cancelled' && !cancelled) {
    found.push({ field: 'status', message: '目录清单事项已取消，本单位的实施清单仍在用：请提出“取消”调整' });
  }
  return found;
}
