import type { FieldChange } from '../snapshot/snapshot-schema.ts';

/**
 * One public change as a sentence with its values: 承诺办结时限：由“10”改为“5”. Wherever a change
 * is told to the public (更新记录, 调整公告, the Atom feed) it reads the same, and never as a bare
 * label that leaves the reader guessing what changed to what.
 */
export function describeChange(change: FieldChange): string {
  const quoted = (value: string | undefined) => (value ? `“${value}”` : '');
  switch (change.kind) {
    case 'changed':
      return `${change.label}：由“${change.before ?? '空'}”改为“${change.after ?? '空'}”`;
    case 'added':
      return `${change.label}：新增${quoted(change.after)}`;
    case 'removed':
      return `${change.label}：删除${quoted(change.before)}`;
  }
}
