import type { CollectionAfterChangeHook } from 'payload';

/** Versions kept per guide and per catalog item (Payload's `maxPerDoc` did this before). */
export const VERSIONS_KEPT = 50;

/**
 * Keeps the newest VERSIONS_KEPT versions of a document. Payload's own `maxPerDoc` asks on every save for
 * the version just past the limit with all its fields: on PostgreSQL one query joining every array
 * table of the guide, built and planned anew each time (~2 ms per save, a tenth of a 梳理表 row's
 * write). This asks for that version's timestamp alone, and not at all when the document was
 * created just now (it has one version). Versions go by age, as Payload's did.
 */
export const keepNewestVersions: CollectionAfterChangeHook = async ({ collection, doc, operation, req }) => {
  if (operation === 'create') return doc;
  const parent = { parent: { equals: doc.id } };
  const found = await req.payload.db.findVersions({
    collection: collection.slug,
    where: parent,
    sort: '-updatedAt',
    limit: 1,
    page: VERSIONS_KEPT + 1,
    pagination: false,
    select: { updatedAt: true },
    req,
  });
  const firstGone = found.docs[0]?.updatedAt;
  if (firstGone) {
    await req.payload.db.deleteVersions({ collection: collection.slug, where: { and: [parent, { updatedAt: { less_than_equal: firstGone } }] }, req });
  }
  return doc;
};
