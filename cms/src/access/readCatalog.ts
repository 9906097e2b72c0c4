import type { Access, Where } from 'payload';
import { specialistScope, type CatalogCollection } from './specialistScope.ts';
import { hasRole, seeAllRoles, specialistRoles, unitIdOf, unitRoles } from './user.ts';

/** Anonymous visitors see published documents only: never drafts, never versions. */
export const publishedOnly: Where = { _status: { equals: 'published' } };

/** Every document has an id: a condition no document meets, valid on every database adapter. */
const matchesNothing: Where = { id: { exists: false } };

/**
 * Who reads catalog items and implementations (drafts included): reviewers, approvers and
 * administrators everything; unit staff their own unit; specialists their speciality; the
 * public only what is published.
 */
export function readCatalog(collection: CatalogCollection): Access {
  return async ({ req }) => {
    if (!req.user) return publishedOnly;
    if (hasRole(req.user, ...seeAllRoles)) return true;
    const scopes = await specialistScope(req, collection);
    const unit = unitIdOf(req.user);
    if (hasRole(req.user, ...unitRoles) && unit !== undefined) scopes.push({ unit: { equals: unit } });
    // A specialist whose speciality matches nothing yet sees an empty list, not an error.
    if (scopes.length === 0) return hasRole(req.user, ...specialistRoles) ? matchesNothing : false;
    return scopes.length === 1 ? scopes[0]! : { or: scopes };
  };
}

/**
 * A query on documents rewritten for their versions table, where the document's fields sit under
 * `version.` and its id is `parent` (Payload applies readVersions results to that table as given).
 */
export function onVersions(where: Where): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) => {
      if (key === 'and' || key === 'or') return [key, (value as Where[]).map(onVersions)];
      return [key === 'id' ? 'parent' : `version.${key}`, value];
    }),
  );
}

/** Versions hold drafts: the same rule, but nothing at all for anonymous visitors. */
export function readCatalogVersions(collection: CatalogCollection): Access {
  const read = readCatalog(collection);
  return async (args) => {
    if (!args.req.user) return false;
    const result = await read(args);
    return typeof result === 'object' ? onVersions(result) : result;
  };
}
