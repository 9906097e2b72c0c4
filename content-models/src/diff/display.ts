import type { FileRef } from '../guide/guide-schema.ts';
import {
  caseTypes,
  copyUnits,
  crossRegionScopes,
  dayKinds,
  handlingForms,
  itemTypes,
  levels,
  lifeEventThemes,
  materialForms,
  materialNecessities,
  materialSources,
  onlineDepths,
  regionLevels,
  serviceCategories,
  serviceObjects,
  specialProcedureKinds,
  unitKinds,
  type Vocabulary,
} from '../vocabularies/index.ts';

/** How a guide value reads in a change notice: labels instead of codes, 是/否, units. */

/** The vocabulary behind every coded field (by label path). */
export const fieldVocabularies: Record<string, Vocabulary<string>> = {
  itemType: itemTypes,
  category: serviceCategories,
  serviceObjects,
  themes: lifeEventThemes,
  level: levels,
  'unit.kind': unitKinds,
  'region.level': regionLevels,
  'materials.source': materialSources,
  'materials.forms': materialForms,
  'materials.necessity': materialNecessities,
  'materials.copyUnit': copyUnits,
  statutoryDayKind: dayKinds,
  promisedDayKind: dayKinds,
  'caseTimeLimits.dayKind': dayKinds,
  caseType: caseTypes,
  handlingForms,
  onlineDepths,
  'specialProcedures.kind': specialProcedureKinds,
  crossRegion: crossRegionScopes,
};

const units: Record<string, (n: number) => string> = {
  statutoryDays: (n) => `${n} 个工作日`,
  promisedDays: (n) => `${n} 个工作日`,
  'process.days': (n) => `${n} 个工作日`,
  'specialProcedures.days': (n) => `${n} 个工作日`,
  visits: (n) => `${n} 次`,
  'materials.copies': (n) => `${n} 份`,
  'forms.bytes': (n) => `${n} 字节`,
};

/** One value as shown; undefined when there is nothing to show (absent or blank). */
export function displayValue(path: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return units[path]?.(value) ?? String(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  if (value.trim() === '') return undefined;
  const vocabulary = fieldVocabularies[path];
  return vocabulary?.has(value) ? vocabulary.label(value) : value;
}

export function displayFile(file: FileRef | undefined): string | undefined {
  if (file === undefined) return undefined;
  return file.url ? `${file.name}（${file.url}）` : file.name;
}

/**
 * A multi-select or list of texts, in a canonical order (vocabulary order, else as given) so that
 * picking the same options in another order is no change.
 */
export function displayValues(path: string, values: readonly unknown[] | undefined): string | undefined {
  if (values === undefined || values.length === 0) return undefined;
  const vocabulary = fieldVocabularies[path];
  const ordered = vocabulary
    ? [...values].sort((a, b) => vocabulary.codes.indexOf(String(a)) - vocabulary.codes.indexOf(String(b)))
    : [...values].map(String).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return ordered.map((v) => displayValue(path, v)).join('、');
}

