import type { GuideDraft } from '@catalog/content-models';
import type { CollectionSlug, Field, PayloadRequest, Where } from 'payload';
import { writeGuidesWorkbook } from '../spreadsheet/write-workbook.ts';
import { writeTableWorkbook } from '../spreadsheet/write-table-workbook.ts';
import { idOf, type Doc, type Id } from '../workflow/docs.ts';
import { guideOfDocs } from './compare.ts';
import { loadImportContext } from './context.ts';

/** Collections exported in the 梳理表 layout (and so importable again); the others as plain tables. */
export const guideCollections = new Set(['implementations', 'catalog-items']);

/**
 * The guides behind a list of implementations or catalog items, as the user may read them (newest
 * drafts, as the admin list shows them), in the import layout: exporting and importing again
 * changes nothing. Catalog items without an implementation have no 实施编码 and are left out.
 */
export async function exportGuides(req: PayloadRequest, slug: 'implementations' | 'catalog-items', where: Where): Promise<GuideDraft[]> {
  const read = { req, user: req.user, overrideAccess: false, draft: true, depth: 0, pagination: false } as const;
  let implementationWhere = where;
  if (slug === 'catalog-items') {
    const items = (await req.payload.find({ collection: 'catalog-items', where, select: {}, ...read })).docs as unknown as Doc[];
    implementationWhere = { catalogItem: { in: items.map((item) => item.id as Id) } };
  }
  const implementations = (await req.payload.find({ collection: 'implementations', where: implementationWhere, sort: 'implementationCode', ...read })).docs as unknown as Doc[];
  const context = await loadImportContext(req);
  const itemIds = [...new Set(implementations.map((impl) => idOf(impl.catalogItem)).filter((id) => id !== undefined))] as Id[];
  const items = new Map<string, Doc>();
  for (let i = 0; i < itemIds.length; i += 500) {
    const found = await req.payload.find({ collection: 'catalog-items', where: { id: { in: itemIds.slice(i, i + 500) } }, draft: true, depth: 0, pagination: false, overrideAccess: true, req });
    for (const doc of found.docs as unknown as Doc[]) items.set(String(doc.id), doc);
  }
  return implementations.map((implementation) =>
    guideOfDocs(
      {
        implementation,
        catalogItem: items.get(String(idOf(implementation.catalogItem))) ?? null,
        unit: context.unitById.get(String(idOf(implementation.unit))) ?? null,
        region: context.regionById.get(String(idOf(implementation.region))) ?? null,
      },
      context,
    ),
  );
}

interface Column {
  name: string;
  label: string;
}

function labelOf(field: { label?: unknown; name: string }): string {
  const label = field.label;
  if (typeof label === 'string') return label;
  if (label && typeof label === 'object') return String((label as Record<string, unknown>).zh ?? Object.values(label)[0] ?? field.name);
  return field.name;
}

/** Top-level data fields, rows, tabs and collapsibles unpacked; UI-only fields and hidden JSON left out. */
function columnsOf(fields: Field[]): Column[] {
  const columns: Column[] = [{ name: 'id', label: '编号' }];
  const walk = (list: Field[]) => {
    for (const field of list) {
      if (field.type === 'ui') continue;
      if ('tabs' in field) for (const tab of field.tabs) walk(tab.fields);
      else if (field.type === 'row' || field.type === 'collapsible') walk(field.fields);
      else if ('name' in field && !(field.admin && 'hidden' in field.admin && field.admin.hidden) && field.type !== 'join') columns.push({ name: field.name, label: labelOf(field) });
    }
  };
  walk(fields);
  return [...columns, { name: 'createdAt', label: '创建时间' }, { name: 'updatedAt', label: '修改时间' }];
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map((v) => (v && typeof v === 'object' && !('id' in v && Object.keys(v).length <= 2) ? JSON.stringify(v) : cellText(idOf(v) ?? v))).join('；');
  if (typeof value === 'object') return 'id' in (value as object) ? String(idOf(value)) : JSON.stringify(value);
  return String(value);
}

/** Any other list as one plain sheet of its columns, rows the user may read, relations as ids. */
export async function exportTable(req: PayloadRequest, slug: CollectionSlug, where: Where): Promise<Uint8Array> {
  const config = req.payload.collections[slug]!.config;
  const columns = columnsOf(config.fields).filter((c, i, all) => all.findIndex((o) => o.name === c.name) === i && !['hash', 'salt', 'password'].includes(c.name));
  const docs = (await req.payload.find({ collection: slug, where, req, user: req.user, overrideAccess: false, depth: 0, pagination: false })).docs as unknown as Doc[];
  const title = typeof config.labels?.plural === 'string' ? config.labels.plural : slug;
  return writeTableWorkbook(title, columns.map((c) => c.label), docs.map((doc) => columns.map((c) => cellText(doc[c.name]))));
}

export async function exportWorkbook(req: PayloadRequest, slug: CollectionSlug, where: Where): Promise<Uint8Array> {
  if (guideCollections.has(slug)) return writeGuidesWorkbook(await exportGuides(req, slug as 'implementations', where));
  return exportTable(req, slug, where);
}
