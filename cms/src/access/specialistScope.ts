import type { PayloadRequest, Where } from 'payload';
import { hasRole, unitIdOf } from './user.ts';

export type CatalogCollection = 'catalog-items' | 'implementations';

type Id = number | string;

async function ids(req: PayloadRequest, collection: 'units' | 'implementations' | 'catalog-items', where: Where, field = 'id'): Promise<Id[]> {
  const found = await req.payload.find({ collection, where, depth: 0, limit: 0, pagination: false, overrideAccess: true, req });
  return found.docs.map((doc) => {
    const value = (doc as unknown as Record<string, unknown>)[field];
    return (value && typeof value === 'object' ? (value as { id: Id }).id : value) as Id;
  });
}

function inIds(field: string, values: Id[]): Where | undefined {
  return values.length > 0 ? { [field]: { in: values } } : undefined;
}

/**
 * What each specialist reviewer (专项审核) may read, as query conditions:
 * 发改委/财政局 charged items, 法制办 items with normative documents, 审管办 intermediaries' items,
 * 主管部门 the items of state-owned enterprises their unit supervises.
 */
export async function specialistScope(req: PayloadRequest, collection: CatalogCollection): Promise<Where[]> {
  const user = req.user;
  const scopes: Where[] = [];
  const add = (where: Where | undefined) => where && scopes.push(where);
  const onImplementations = collection === 'implementations';

  if (hasRole(user, 'price-reviewer', 'finance-reviewer')) {
    add(
      onImplementations
        ? { charged: { equals: true } }
        : inIds('id', await ids(req, 'implementations', { charged: { equals: true } }, 'catalogItem')),
    );
  }
  if (hasRole(user, 'legal-reviewer')) {
    add(
      onImplementations
        ? inIds('catalogItem', await ids(req, 'catalog-items', { hasNormativeDocuments: { equals: true } }))
        : { hasNormativeDocuments: { equals: true } },
    );
  }
  if (hasRole(user, 'intermediary-reviewer')) {
    add(inIds('unit', await ids(req, 'units', { kind: { equals: 'intermediary' } })));
  }
  const ownUnit = unitIdOf(user);
  if (hasRole(user, 'supervisor-reviewer') && ownUnit !== undefined) {
    add(inIds('unit', await ids(req, 'units', { and: [{ kind: { equals: 'soe' } }, { supervisor: { equals: ownUnit } }] })));
  }
  return scopes;
}
