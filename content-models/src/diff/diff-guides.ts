import type { FileRef, GuideDraft } from '../guide/guide-schema.ts';
import type { FieldChange } from '../snapshot/snapshot-schema.ts';
import { displayFile, displayValue, displayValues, unitFields } from './display.ts';
import { guideFieldLabels } from './field-labels.ts';
import { guideShape, type ShapeNode } from './guide-shape.ts';
import { listIdentities } from './identities.ts';

/**
 * What changed between two versions of a guide, field by field, as the public change notice and the
 * reviewer's diff show it. `before` undefined means a new item: everything present is 'added'.
 *
 * Lists of records are matched by identity (see identities.ts). A change inside a record is reported
 * at its nested path (materials[m-2].copies, 申请材料「户口簿」· 份数); a record added or removed is
 * one change. Reordering is reported as one 'changed' on the list (申请材料 · 顺序), because the
 * order of materials and process steps is what the citizen follows; it is computed on the records
 * present in both versions, so adding or removing one is not also a reorder.
 */
export function diffGuides(before: GuideDraft | undefined, after: GuideDraft): FieldChange[] {
  return diffFields(guideShape, asRecord(before), asRecord(after), { path: '', label: '' });
}

type Bag = Record<string, unknown>;
interface Where {
  path: string; // machine path prefix, e.g. materials[m-2]
  label: string; // Chinese label prefix, e.g. 申请材料「户口簿」
}

function asRecord(value: unknown): Bag {
  return typeof value === 'object' && value !== null ? (value as Bag) : {};
}

function asList(value: unknown): Bag[] {
  return Array.isArray(value) ? value.map(asRecord) : [];
}

function labelOf(node: ShapeNode): string {
  return guideFieldLabels[node.path] ?? node.path;
}

function keyOf(node: ShapeNode): string {
  return node.path.slice(node.path.lastIndexOf('.') + 1);
}

function join(where: Where, node: ShapeNode): Where {
  const key = keyOf(node);
  return {
    path: where.path ? `${where.path}.${key}` : key,
    label: where.label ? `${where.label}${where.label.endsWith('」') ? '· ' : ' · '}${labelOf(node)}` : labelOf(node),
  };
}

function change(where: Where, before: string | undefined, after: string | undefined): FieldChange[] {
  if (before === after) return [];
  if (before === undefined) return [{ path: where.path, label: where.label, kind: 'added', after }];
  if (after === undefined) return [{ path: where.path, label: where.label, kind: 'removed', before }];
  return [{ path: where.path, label: where.label, kind: 'changed', before, after }];
}

/** A unit field (promisedDayKind) is compared through the number it qualifies: 「5 个工作日」→「5 个自然日」. */
function diffFields(nodes: ShapeNode[], before: Bag, after: Bag, where: Where): FieldChange[] {
  return nodes
    .filter((node) => unitFields[node.path] === undefined)
    .flatMap((node) => diffNode(node, before[keyOf(node)], after[keyOf(node)], join(where, node), before, after));
}

function diffNode(node: ShapeNode, before: unknown, after: unknown, where: Where, beforeRecord: Bag, afterRecord: Bag): FieldChange[] {
  switch (node.type) {
    case 'value':
      return change(where, displayValue(node.path, before, beforeRecord), displayValue(node.path, after, afterRecord));
    case 'file':
      return change(where, displayFile(before as FileRef | undefined), displayFile(after as FileRef | undefined));
    case 'values':
      return change(where, displayValues(node.path, before as unknown[] | undefined), displayValues(node.path, after as unknown[] | undefined));
    case 'object':
      return diffFields(node.fields, asRecord(before), asRecord(after), where);
    case 'items':
      return diffItems(node, asList(before), asList(after), where);
  }
}

/** Keys made unique: a second record with the same identity gets "#2", so nothing is lost. */
function keyed(node: ShapeNode, items: Bag[]): Map<string, Bag> {
  const identity = listIdentities[node.path];
  const map = new Map<string, Bag>();
  items.forEach((item, index) => {
    const base = identity ? identity.key(item) || `#${index + 1}` : `#${index + 1}`;
    let key = base;
    for (let n = 2; map.has(key); n += 1) key = `${base}#${n}`;
    map.set(key, item);
  });
  return map;
}

function diffItems(node: Extract<ShapeNode, { type: 'items' }>, before: Bag[], after: Bag[], where: Where): FieldChange[] {
  const identity = listIdentities[node.path];
  const title = (item: Bag, key: string) => identity?.title(item) || key;
  const old = keyed(node, before);
  const now = keyed(node, after);
  const at = (key: string, item: Bag): Where => ({ path: `${where.path}[${key}]`, label: `${where.label}「${title(item, key)}」` });

  const changes: FieldChange[] = [];
  for (const [key, item] of old) {
    if (!now.has(key)) changes.push({ ...at(key, item), kind: 'removed', before: title(item, key) });
  }
  for (const [key, item] of now) {
    const previous = old.get(key);
    if (previous === undefined) changes.push({ ...at(key, item), kind: 'added', after: title(item, key) });
    else changes.push(...diffFields(node.fields, previous, item, at(key, item)));
  }
  const oldOrder = [...old.keys()].filter((key) => now.has(key));
  const newOrder = [...now.keys()].filter((key) => old.has(key));
  if (oldOrder.some((key, i) => key !== newOrder[i])) {
    const titles = (keys: string[], items: Map<string, Bag>) => keys.map((key) => title(items.get(key) ?? {}, key)).join('、');
    changes.push({ path: where.path, label: `${where.label} · 顺序`, kind: 'changed', before: titles(oldOrder, old), after: titles(newOrder, now) });
  }
  return changes;
}
