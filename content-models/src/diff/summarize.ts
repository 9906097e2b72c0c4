import type { FieldChange } from '../snapshot/snapshot-schema.ts';
import { guideFieldLabels } from './field-labels.ts';
import { guideShape } from './guide-shape.ts';
import { isNewItem, isPublicChange } from './public-changes.ts';

const listFields = new Set(guideShape.filter((node) => node.type === 'items').map((node) => node.path));

interface ListTally {
  added: number;
  removed: number;
  modified: Set<string>;
  reordered: boolean;
}

/**
 * One Chinese sentence for a public notice, naming the changed fields in guide order with counts for
 * lists: 变更了申请材料（新增1项、删除1项）、承诺办结时限. A new item (its name added from nothing)
 * reads 新增事项「…」 instead of a list of every field; internal fields (ids, file sizes) are not named.
 */
export function summarizeChanges(all: FieldChange[]): string {
  if (isNewItem(all)) return `新增事项「${all.find((c) => c.path === 'name')?.after ?? ''}」`;
  const changes = all.filter(isPublicChange);
  if (changes.length === 0) return '无内容变更';

  const order: string[] = [];
  const tallies = new Map<string, ListTally>();
  for (const c of changes) {
    const root = /^[^.[]+/.exec(c.path)?.[0] ?? c.path;
    if (!order.includes(root)) order.push(root);
    if (!listFields.has(root)) continue;
    const tally = tallies.get(root) ?? { added: 0, removed: 0, modified: new Set<string>(), reordered: false };
    tallies.set(root, tally);
    const rest = c.path.slice(root.length);
    if (rest === '') tally.reordered = true;
    else if (rest.endsWith(']') && c.kind === 'added') tally.added += 1;
    else if (rest.endsWith(']') && c.kind === 'removed') tally.removed += 1;
    else tally.modified.add(rest.slice(0, rest.lastIndexOf(']') + 1));
  }

  const parts = order.map((root) => {
    const label = guideFieldLabels[root] ?? root;
    const tally = tallies.get(root);
    if (tally === undefined) return label;
    const counts = [
      tally.added > 0 ? `新增${tally.added}项` : '',
      tally.removed > 0 ? `删除${tally.removed}项` : '',
      tally.modified.size > 0 ? `修改${tally.modified.size}项` : '',
      tally.reordered ? '调整顺序' : '',
    ].filter(Boolean);
    return `${label}（${counts.join('、')}）`;
  });
  return `变更了${parts.join('、')}`;
}
