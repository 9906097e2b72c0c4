import { lawLevels, lawStatuses, type CatalogEntry, type PublicLaw } from '@catalog/content-models';
import { csvCell } from './open-data.ts';

/**
 * 设定依据 and the law register in the open data. Each item's 设定依据 rows carry the register key
 * (`key`) that names an entry of laws.json, so a program can join items and laws. Unknown register
 * fields are null in JSON and 未填写 in CSV — never a default.
 */

/** 设定依据 of an item for a CSV cell: 《名称》条款, rows separated by “；”. */
export function legalBasisText(entry: CatalogEntry): string {
  return (entry.legalBasis ?? []).map((b) => `《${b.instrument}》${b.article ?? ''}`).join('；');
}

interface LawColumn {
  key: keyof PublicLaw;
  label: string;
  value: (law: PublicLaw) => string | undefined;
}

export const LAW_COLUMNS: LawColumn[] = [
  { key: 'key', label: '匹配键（与事项设定依据的 key 对应）', value: (l) => l.key },
  { key: 'name', label: '名称', value: (l) => l.name },
  { key: 'documentNumber', label: '文号', value: (l) => l.documentNumber },
  { key: 'level', label: '效力级别', value: (l) => (l.level ? lawLevels.label(l.level) : undefined) },
  { key: 'status', label: '时效性', value: (l) => (l.status ? lawStatuses.label(l.status) : undefined) },
  { key: 'effectiveDate', label: '施行日期', value: (l) => l.effectiveDate },
  { key: 'repealDate', label: '废止日期', value: (l) => l.repealDate },
  { key: 'link', label: '原文链接', value: (l) => l.link },
];

const UNFILLED = '未填写';

export function lawsCsv(laws: readonly PublicLaw[]): string {
  const rows = [LAW_COLUMNS.map((c) => csvCell(c.label)).join(',')];
  for (const law of laws) rows.push(LAW_COLUMNS.map((c) => csvCell(c.value(law) ?? UNFILLED)).join(','));
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** JSON keeps codes (level, status) with their Chinese labels beside them, and null for unknown. */
export function lawsJson(laws: readonly PublicLaw[], generatedAt: string, licence: string): string {
  const items = laws.map((law) => ({
    key: law.key,
    name: law.name,
    documentNumber: law.documentNumber ?? null,
    level: law.level ?? null,
    levelLabel: law.level ? lawLevels.label(law.level) : null,
    status: law.status ?? null,
    statusLabel: law.status ? lawStatuses.label(law.status) : null,
    effectiveDate: law.effectiveDate ?? null,
    repealDate: law.repealDate ?? null,
    link: law.link ?? null,
  }));
  return JSON.stringify({ generatedAt, licence, fields: Object.fromEntries(LAW_COLUMNS.map((c) => [c.key, c.label])), items });
}
