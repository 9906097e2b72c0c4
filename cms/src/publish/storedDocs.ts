import { getDefaultValue, type FlattenedField, type Payload, type Where } from 'payload';

type Doc = Record<string, unknown>;
type Slug = 'implementations' | 'catalog-items';

/**
 * Reading the published catalog for an export, without Payload's afterRead pass where that pass
 * would change nothing but populate relationships. At 100,000 guides afterRead's walk over every
 * field of every array row cost about 40 of the export's 120 seconds, while for these collections
 * it only fills defaults and populates relationships — both done here for the fields that have
 * them. `readsAsStored` checks the collection's configuration at run time: should a field gain an
 * afterRead hook, become hidden or virtual (or the collection gain a read hook or a trash, whose
 * filter the Local API adds), the export falls back to the Local API and stays right, only slower.
 */

/** Field types whose stored value afterRead passes through untouched (bar defaults and population). */
const passThrough = new Set(['text', 'textarea', 'number', 'checkbox', 'select', 'radio', 'date', 'email', 'code', 'json', 'relationship', 'upload', 'array', 'group']);

function fieldsReadAsStored(fields: FlattenedField[]): boolean {
  return fields.every((field) => {
    if (!passThrough.has(field.type) || field.hidden || field.localized) return false;
    if (('hooks' in field && field.hooks?.afterRead?.length) || ('virtual' in field && field.virtual)) return false;
    if ((field.type === 'relationship' || field.type === 'upload') && Array.isArray(field.relationTo)) return false;
    return field.type === 'array' || field.type === 'group' ? fieldsReadAsStored(field.flattenedFields) : true;
  });
}

const plainCollections = new WeakMap<Payload, Map<string, boolean>>();

/** Whether afterRead would only fill defaults and populate relationships of this collection's documents (SQL adapters only). */
export function readsAsStored(payload: Payload, slug: string): boolean {
  const known = plainCollections.get(payload) ?? new Map<string, boolean>();
  plainCollections.set(payload, known);
  if (!known.has(slug)) {
    const config = payload.collections[slug as Slug]!.config;
    const sqlAdapter = payload.db.name === 'postgres' || payload.db.name === 'sqlite';
    const hooks = config.hooks;
    known.set(slug, sqlAdapter && !config.upload && !config.auth && !config.trash && !hooks.beforeRead?.length && !hooks.afterRead?.length && fieldsReadAsStored(config.flattenedFields));
  }
  return known.get(slug)!;
}

/**
 * What of a field list matters when reading a stored document: fields with a default, named groups
 * (afterRead makes a missing one `{}`), relationships to populate, and the arrays and groups that
 * hold any of these. Worked out once per field list: the export visits 100,000 documents.
 */
interface ReadPlan {
  defaults: FlattenedField[];
  relations: { name: string; slug: string }[];
  nested: { field: FlattenedField & { type: 'array' | 'group' }; plan: ReadPlan }[];
  groups: string[];
}

const plans = new WeakMap<FlattenedField[], ReadPlan>();

function readPlan(fields: FlattenedField[]): ReadPlan {
  const known = plans.get(fields);
  if (known) return known;
  const plan: ReadPlan = { defaults: [], relations: [], nested: [], groups: [] };
  for (const field of fields) {
    if (field.defaultValue !== undefined) plan.defaults.push(field);
    if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string' && (field.maxDepth ?? 1) >= 1) {
      plan.relations.push({ name: field.name, slug: field.relationTo });
    }
    if (field.type === 'group') plan.groups.push(field.name);
    if (field.type === 'array' || field.type === 'group') {
      const inner = readPlan(field.flattenedFields);
      if (inner.defaults.length + inner.relations.length + inner.nested.length + inner.groups.length > 0) plan.nested.push({ field, plan: inner });
    }
  }
  plans.set(fields, plan);
  return plan;
}

/** What afterRead does to a document of a plain collection before populating: defaults where a value is missing, groups as objects. */
function fillAsRead(plan: ReadPlan, data: Doc, later: Promise<void>[]): void {
  for (const name of plan.groups) if (data[name] === undefined) data[name] = {};
  for (const field of plan.defaults) {
    if (data[field.name] !== undefined) continue;
    const name = field.name;
    later.push(getDefaultValue({ defaultValue: field.defaultValue!, locale: undefined, req: undefined as never, user: null, value: undefined }).then((value) => void (data[name] = value)));
  }
  for (const { field, plan: inner } of plan.nested) {
    const value = data[field.name];
    if (field.type === 'group' && value && typeof value === 'object') fillAsRead(inner, value as Doc, later);
    if (field.type === 'array' && Array.isArray(value)) for (const row of value as Doc[]) fillAsRead(inner, row, later);
  }
}

/**
 * Published documents (as `payload.find({ draft: false, depth: 0, overrideAccess: true })` returns
 * them), ordered by id: straight from the adapter when the collection reads as stored.
 */
export async function findStored(payload: Payload, slug: Slug, where: Where, limit: number): Promise<Doc[]> {
  if (!readsAsStored(payload, slug)) {
    const found = await payload.find({ collection: slug, where, depth: 0, limit, pagination: false, draft: false, overrideAccess: true, sort: 'id' });
    return found.docs as unknown as Doc[];
  }
  const found = await payload.db.find({ collection: slug, where, limit, pagination: false, sort: 'id', draftsEnabled: false });
  const plan = readPlan(payload.collections[slug].config.flattenedFields);
  const later: Promise<void>[] = [];
  for (const doc of found.docs as Doc[]) fillAsRead(plan, doc, later);
  await Promise.all(later);
  return found.docs as Doc[];
}

type Reference = { slug: string; id: string };

/** The relationship and upload values of a document of a plain collection, wherever they sit. */
function references(plan: ReadPlan, data: Doc, visit: (holder: Doc | unknown[], key: string | number, ref: Reference) => void): void {
  for (const { name, slug } of plan.relations) {
    const value = data[name];
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) value.forEach((id, index) => typeof id !== 'object' && visit(value, index, { slug, id: String(id) }));
    else if (typeof value !== 'object') visit(data, name, { slug, id: String(value) });
  }
  for (const { field, plan: inner } of plan.nested) {
    if (inner.relations.length === 0 && inner.nested.length === 0) continue;
    const value = data[field.name];
    if (field.type === 'group' && value && typeof value === 'object') references(inner, value as Doc, visit);
    if (field.type === 'array' && Array.isArray(value)) for (const row of value as Doc[]) references(inner, row, visit);
  }
}

/**
 * Populates relationships and uploads one level deep, as `depth: 1` would: each related document
 * as a `depth: 0` read of it, an id that names nothing left as the id. `known` holds documents
 * already read (units, regions, media seen on earlier pages), so each is read once per export.
 */
export async function populateOneLevel(payload: Payload, slug: Slug, docs: Doc[], known: Map<string, Map<string, Doc>>, cache: ReadonlySet<string>): Promise<void> {
  const plan = readPlan(payload.collections[slug].config.flattenedFields);
  const wanted = new Map<string, Set<string>>();
  for (const doc of docs) {
    references(plan, doc, (_holder, _key, ref) => {
      if (known.get(ref.slug)?.has(ref.id)) return;
      wanted.set(ref.slug, (wanted.get(ref.slug) ?? new Set()).add(ref.id));
    });
  }
  const page = new Map<string, Map<string, Doc>>();
  for (const [related, ids] of wanted) {
    const read =
      related === 'implementations' || related === 'catalog-items'
        ? await findStored(payload, related, { id: { in: [...ids] } }, 0)
        : ((await payload.find({ collection: related as 'units', where: { id: { in: [...ids] } }, depth: 0, limit: 0, pagination: false, draft: false, overrideAccess: true })).docs as unknown as Doc[]);
    const byId = new Map(read.map((doc) => [String(doc.id), doc]));
    if (cache.has(related)) {
      const kept = known.get(related) ?? new Map<string, Doc>();
      for (const [id, doc] of byId) kept.set(id, doc);
      known.set(related, kept);
    } else page.set(related, byId);
  }
  for (const doc of docs) {
    references(plan, doc, (holder, key, ref) => {
      const found = known.get(ref.slug)?.get(ref.id) ?? page.get(ref.slug)?.get(ref.id);
      if (found) (holder as Record<string | number, unknown>)[key] = found;
    });
  }
}
