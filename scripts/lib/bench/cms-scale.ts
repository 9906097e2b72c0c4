import type { Payload } from 'payload';

type Doc = Record<string, unknown>;
const generated = new Set(['id', 'createdAt', 'updatedAt', '_status']);

/** A document's content without ids (array rows carry ids that must stay unique). */
function content(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(content);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Doc).filter(([key]) => !generated.has(key)).map(([key, v]) => [key, content(v)]));
  }
  return value;
}

/**
 * Grows the demo catalog to `target` published guides by copying its items under new sub-item
 * codes (the last three digits of the basic code, from 500 up), so the CMS figures can be taken
 * at catalog sizes the demo seed does not reach. Written as the system, like the seed.
 */
export async function growCatalog(payload: Payload, target: number, say: (line: string) => void): Promise<void> {
  const context = { systemPublish: true };
  const implementations = (await payload.find({ collection: 'implementations', where: { _status: { equals: 'published' } }, limit: 0, pagination: false, depth: 0, draft: false, overrideAccess: true })).docs as unknown as Doc[];
  let count = implementations.length;
  for (let copy = 0; count < target; copy++) {
    const source = implementations[copy % implementations.length]!;
    const sub = String(500 + Math.floor(copy / implementations.length)).padStart(3, '0');
    const item = (await payload.findByID({ collection: 'catalog-items', id: source.catalogItem as number, depth: 0, draft: false, overrideAccess: true })) as unknown as Doc;
    const basicCode = `${String(item.basicCode).slice(0, 9)}${sub}`;
    const newItem = await payload.create({
      collection: 'catalog-items',
      context,
      draft: false,
      data: { ...(content(item) as Doc), basicCode, name: `${String(item.name)}（${sub}）`, _status: 'published' } as never,
    });
    const code = String(source.implementationCode);
    await payload.create({
      collection: 'implementations',
      context,
      draft: false,
      data: { ...(content(source) as Doc), catalogItem: newItem.id, implementationCode: `${code.slice(0, code.length - 12)}${basicCode}`, _status: 'published' } as never,
    });
    count += 1;
    if (count % 500 === 0) say(`  已复制到 ${count} / ${target} 份指南`);
  }
}
