import type { CollectionConfig } from 'payload';

const exportButton = '/components/import/ExportButton.tsx#ExportButton';

/** Puts 导出 Excel above every admin list (the import records have their own panel instead). */
export function withExcelExport(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    if (collection.slug === 'imports') return collection;
    const components = collection.admin?.components ?? {};
    const before = components.beforeListTable ?? [];
    return { ...collection, admin: { ...collection.admin, components: { ...components, beforeListTable: [exportButton, ...before] } } };
  });
}
