import { APIError, type CollectionBeforeChangeHook } from 'payload';
import { validateProcedure } from '@catalog/content-models';

/** JSON with sorted keys: PostgreSQL's jsonb does not keep key order, so plain JSON text would differ. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const refuse = (message: string): never => {
  throw new APIError(message, 400, undefined, true);
};

/**
 * Every write of a procedure, by any door, passes validateProcedure (Chinese errors naming the
 * field). The code is the procedure's identity in old cases and rules, so it never changes; the
 * version goes up whenever the stages change, so a case can say which version it followed.
 */
export const checkProcedure: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  const code = String(data.code ?? originalDoc?.code ?? '').trim();
  if (operation === 'update' && originalDoc && code !== originalDoc.code) {
    refuse(`流程编号不能修改（原为“${String(originalDoc.code)}”）：已办理的调整以编号记录所走的流程。如需新流程，请新建一条。`);
  }
  if (!/^[a-z0-9][a-z0-9-]*$/.test(code)) refuse(`流程编号“${code}”无效：只能由小写字母、数字和连字符组成，如 two-reports-two-reviews。`);
  const definition = data.definition ?? originalDoc?.definition;
  if (definition === null || typeof definition !== 'object' || Array.isArray(definition)) {
    refuse('环节定义须为 JSON 对象，如 {"stages":[…]}。');
  }
  const name = String(data.name ?? originalDoc?.name ?? '').trim();
  const checked = validateProcedure({ ...(definition as object), id: code, name });
  if (!checked.ok) refuse(`审核流程“${name || code}”有 ${checked.errors.length} 处错误：${checked.errors.join('；')}`);
  const { id: _id, name: _name, ...normalised } = (checked as unknown as { procedure: Record<string, unknown> }).procedure;
  const changed = operation === 'create' || canonical(normalised) !== canonical(originalDoc?.definition);
  const version = operation === 'create' ? 1 : Number(originalDoc?.version ?? 1) + (changed ? 1 : 0);
  return { ...data, code, definition: normalised, version };
};
