import type { RepealedLaw } from '@catalog/content-models/quality/index.ts';
import { beijingDate } from '@catalog/content-models/time/beijing-time.ts';

type Doc = Record<string, unknown>;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** A law document marked 已废止 as the quality rule reads it (browser-safe: the findings panel uses it too). */
export function toRepealedLaw(law: Doc): RepealedLaw {
  const repealDate = text(law.repealDate);
  return { key: String(law.key ?? ''), name: String(law.name ?? ''), documentNumber: text(law.documentNumber) ?? null, repealedOn: repealDate ? beijingDate(repealDate) : null };
}
