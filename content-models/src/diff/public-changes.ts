import type { AdjustmentKind } from '../vocabularies/index.ts';
import type { FieldChange } from '../snapshot/snapshot-schema.ts';
import { guideFieldLabels } from './field-labels.ts';
import { unitFields } from './display.ts';

/**
 * Which recorded changes the public reads in an item's 更新记录, the adjustment notices and the
 * consultations. The reviewer's diff keeps every field; the public sees the guide's elements only:
 * record ids, the unit's internal number and kind, region codes, file types and sizes, review
 * routing flags say nothing to a citizen (「实施主体 · 单位编号：新增"60"」 was the finding).
 */
const internalFields = new Set([
  'unit.id',
  'unit.kind',
  'region.code',
  'region.level',
  'materials.id',
  'process.id',
  'hasNormativeDocuments',
  ...Object.keys(unitFields),
]);

/** `materials[m-2].blankForm.bytes` → `materials.blankForm.bytes`: the path as guideFieldLabels keys it. */
export function fieldPath(path: string): string {
  return path.replace(/\[[^\]]*\]/g, '');
}

/** A change is public when its field has a Chinese label, is no internal field, and is no file's type or size. */
export function isPublicChange(change: Pick<FieldChange, 'path'>): boolean {
  const field = fieldPath(change.path);
  if (internalFields.has(field) || /\.(?:mimeType|bytes)$/.test(field)) return false;
  return guideFieldLabels[field] !== undefined;
}

/** The diff of a new item against nothing: its name added. */
export function isNewItem(changes: readonly FieldChange[]): boolean {
  return changes.some((c) => c.path === 'name' && c.kind === 'added');
}

/**
 * The changes shown for one adjustment. A 新增 lists nothing: the whole item is new, and the page
 * says it was newly published instead of naming some thirty fields (summarizeChanges does the same).
 */
export function publicChanges(kind: AdjustmentKind, changes: readonly FieldChange[]): FieldChange[] {
  if (kind === 'add' || isNewItem(changes)) return [];
  return changes.filter(isPublicChange);
}
