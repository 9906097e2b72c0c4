import { procedures } from '@catalog/content-models';
import type { Payload } from 'payload';

/**
 * Puts the shipped procedures (两报两审、联合审查、动态调整、简易程序、三上三下) into 审核流程 so
 * administrators see and edit them. Only missing codes are inserted: an administrator's edit is
 * never overwritten by a restart. Two processes starting at once may both try; the unique code
 * keeps one, and the loser's refusal is expected.
 */
export async function seedProcedures(payload: Payload): Promise<string[]> {
  const existing = await payload.find({ collection: 'workflow-procedures', depth: 0, limit: 0, pagination: false, overrideAccess: true });
  const known = new Set(existing.docs.map((doc) => String((doc as { code?: unknown }).code)));
  const added: string[] = [];
  for (const procedure of Object.values(procedures)) {
    if (known.has(procedure.id)) continue;
    const { id, name, description, ...definition } = procedure as typeof procedure & { description?: string };
    try {
      await payload.create({
        collection: 'workflow-procedures',
        data: { code: id, name, description: description ?? null, definition, active: true } as never,
        overrideAccess: true,
      });
      added.push(id);
    } catch (error) {
      payload.logger.warn(`审核流程“${name}”未能写入（可能已由另一进程写入）：${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return added;
}
