import { isDeepStrictEqual } from 'node:util';
import type { Payload } from 'payload';

/**
 * Globals are one document each, so counting says nothing about them: their content is compared
 * instead, as the CMS reads it (key order aside, which PostgreSQL's jsonb does not keep).
 */
export async function globalDifferences(source: Payload, target: Payload): Promise<string[]> {
  const differences: string[] = [];
  for (const global of source.config.globals) {
    const read = (payload: Payload) => payload.findGlobal({ slug: global.slug as never, depth: 0, overrideAccess: true });
    if (!isDeepStrictEqual(await read(source), await read(target))) differences.push(`全局设置 ${global.slug} 的内容不一致`);
  }
  return differences;
}
