import type { CollectionBeforeValidateHook } from 'payload';

/** An implementation usually carries its catalog item's name: take it when the editor left it empty. */
export const fillNameFromItem: CollectionBeforeValidateHook = async ({ data, req }) => {
  if (!data || data.name || !data.catalogItem) return data;
  const id = typeof data.catalogItem === 'object' ? data.catalogItem.id : data.catalogItem;
  const item = await req.payload
    .findByID({ collection: 'catalog-items', id, depth: 0, draft: true, overrideAccess: true, req, disableErrors: true })
    .catch(() => null);
  return item ? { ...data, name: item.name } : data;
};
