import type { Payload } from 'payload';

/**
 * A document id as the database stores it, or undefined when the value cannot be one: SQL
 * adapters number their rows, MongoDB uses 24-hex ObjectIds. Checked before any query, so a bad
 * id is the sender's mistake (400) and never a database error.
 */
export function validId(payload: Payload, value: unknown): number | string | undefined {
  const raw = value !== null && typeof value === 'object' ? (value as { id?: unknown }).id : value;
  if (payload.db.defaultIDType === 'number') {
    const number = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d{1,15}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
    return Number.isSafeInteger(number) && number > 0 ? number : undefined;
  }
  return typeof raw === 'string' && /^[0-9a-f]{24}$/i.test(raw) ? raw : undefined;
}
