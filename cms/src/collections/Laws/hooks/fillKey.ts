import { lawKey, parseDocumentNumber } from '@catalog/content-models';
import { ValidationError, type CollectionBeforeValidateHook } from 'payload';

/** A refusal shown on the 名称 field in the admin, and in the API answer's errors. */
const refuse = (message: string) => new ValidationError({ collection: 'laws', errors: [{ path: 'name', label: '名称', message }] });

/**
 * The register key always follows the name (nobody types it), and a 文号 is stored in its canonical
 * form (浙政发[2019]3号 → 浙政发〔2019〕3号) so citations match it; text that is no 文号 is kept as
 * typed. Two entries for one instrument are refused, naming the one that exists.
 */
export const fillKey: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data;
  const name = typeof data.name === 'string' ? data.name : originalDoc?.name;
  const key = typeof name === 'string' ? lawKey(name) : '';
  if (typeof name === 'string' && name.trim() && !key) {
    throw refuse(`名称（name）“${name}”去掉书名号和空格后为空：请填写法律法规或文件的名称。`);
  }
  const next: Record<string, unknown> = { ...data, ...(key ? { key } : {}) };
  if (typeof data.documentNumber === 'string') {
    const trimmed = data.documentNumber.trim();
    next.documentNumber = trimmed ? (parseDocumentNumber(trimmed)?.text ?? trimmed) : null;
  }
  if (key) {
    const clash = await req.payload.find({ collection: 'laws', where: { key: { equals: key } }, depth: 0, limit: 1, overrideAccess: true, req });
    const other = clash.docs.find((doc) => String(doc.id) !== String(originalDoc?.id ?? ''));
    if (other) throw refuse(`名称“${String(name)}”与库中已有的“${String(other.name)}”（编号 ${String(other.id)}）是同一法规：请直接修改那一条。`);
  }
  return next;
};
