import { z } from 'zod';
import type { LegalBasis } from '../guide/guide-schema.ts';
import { instrumentCitation, lawDisplayName } from './citation.ts';
import { lawLevels, lawStatuses } from './register.ts';

/**
 * An entry of the law register as the snapshot and the open data carry it (`laws.json`): what an
 * administrator filled, nothing more. Absent fields are unknown (shown 未填写), never defaults.
 */
export const publicLawSchema = z.object({
  key: z.string().min(1), // 匹配键: what items' 设定依据 are matched by (see citation.ts)
  name: z.string().min(1),
  documentNumber: z.string().min(1).optional(), // 文号
  level: z.enum(lawLevels.codes).optional(), // 效力级别
  status: z.enum(lawStatuses.codes).optional(), // 时效性
  effectiveDate: z.iso.date().optional(), // 施行日期 (Beijing day)
  repealDate: z.iso.date().optional(), // 废止日期 (Beijing day)
  link: z.string().url().optional(), // 原文链接
});
export type PublicLaw = z.infer<typeof publicLawSchema>;

/** A 设定依据 row as the catalog index carries it: the instrument as cited, its article, its register key. */
export const catalogBasisSchema = z.object({
  instrument: z.string().min(1),
  article: z.string().optional(),
  key: z.string(),
});
export type CatalogBasis = z.infer<typeof catalogBasisSchema>;

/** The catalog index's 设定依据 of an item, each row with the register key it matches. */
export function catalogBases(legalBasis: readonly LegalBasis[]): CatalogBasis[] {
  return legalBasis.map((basis) => ({
    instrument: lawDisplayName(basis.instrument),
    ...(basis.article?.trim() ? { article: basis.article.trim() } : {}),
    key: instrumentCitation(basis.instrument)?.key ?? '',
  }));
}
