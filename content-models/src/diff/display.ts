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

type Bag = Record<string, unknown>;

/** 「30 个自然日」 or 「20 个工作日」: a limit is in working days unless its record says calendar days. */
const days = (kindField: string) => (n: number, record?: Bag) => `${n} 个${dayKinds.label(record?.[kindField] === 'calendar' ? 'calendar' : 'working')}`;

const units: Record<string, (n: number, record?: Bag) => string> = {
  statutoryDays: days('statutoryDayKind'),
  promisedDays: days('promisedDayKind'),
  'caseTimeLimits.days': days('dayKind'),
  'process.days': (n) => `${n} 个工作日`,
  'specialProcedures.days': (n) => `${n} 个工作日`,
  visits: (n) => `${n} 次`,
  'materials.copies': (n, record) => `${n} ${copyUnits.label(record?.copyUnit === 'sheet' ? 'sheet' : 'set')}`,
  'forms.bytes': (n) => `${n} 字节`,
};

/**
 * Fields that only qualify a number beside them (its unit): the number's display already says them,
 * so the diff compares them through that number and never reports them on their own.
 */
export const unitFields: Record<string, string> = {
  statutoryDayKind: 'statutoryDays',
  promisedDayKind: 'promisedDays',
  'caseTimeLimits.dayKind': 'caseTimeLimits.days',
  'materials.copyUnit': 'materials.copies',
};

/**
 * One value as shown; undefined when there is nothing to show (absent or blank). `record` is the
 * object holding the value, where a number finds its unit (promisedDayKind beside promisedDays).
 */
export function displayValue(path: string, value: unknown, record?: Bag): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (typeof value === 'number') return units[path]?.(value, record) ?? String(value);
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

