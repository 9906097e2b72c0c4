import { defaultCodeFormat, validateBasicCode, validateImplementationCode, type CodeFormat } from '../codes/index.ts';
import { guideSchema, type GuideDraft } from '../guide/guide-schema.ts';
import { checkGuide, hasBlockingFindings, type QualityOptions } from '../quality/index.ts';
import { restoreCell } from './cells.ts';
import { decodeColumn } from './decode-column.ts';
import { guideSheet, workbookLayout as workbookSheets, type ChildSheetKey, type Column, type SheetLayout } from './layout.ts';
import { itemLabel, type Problem, type RowFinding } from './problem.ts';
import { resolveRegion, resolveUnit, unverifiedRegion, unverifiedUnit, type Directory } from './references.ts';
import { columnLabel, readStructure, type SheetColumns } from './sheet-structure.ts';

/** An item already in the catalog, for duplicate checks against it. */
export interface ExistingItem {
  implementationCode: string;
  basicCode: string;
  name: string;
  unitId: string;
}

/**
 * Without `units` and `regions` (a check of the file alone, `npm run import -- --file X --dry-run`)
 * unit and region cells are checked for their format only and stand-in references are used.
 */
export interface ParseOptions extends Partial<Directory> {
  existing?: readonly ExistingItem[];
  /** A unit's editor may import only their own unit's rows: the id of that unit. */
  ownUnitId?: string;
  codeFormat?: CodeFormat;
  quality?: Omit<QualityOptions, 'codeFormat'>;
  /** Called after each data row with rows done and rows in total, for progress display. */
  onProgress?: (done: number, total: number) => void;
}

export interface ParseResult {
  /** One per row of 事项与指南, with its child rows grouped in. Valid only when `problems` is empty. */
  guides: GuideDraft[];
  /** What makes the file unreadable as guides (cells, vocabularies, codes, references): blocks the whole import. */
  problems: Problem[];
  /** Quality findings (一次性告知要素、依据…) located on their cells: never block the import. */
  findings: RowFinding[];
  /** 实施编码 of the guides whose findings block submission (hasBlockingFindings): imported as drafts to complete. */
  incomplete: string[];
}

/** A row as read, kept so problems found later (quality rules) can point back at its cells. */
interface RowAt {
  sheet: SheetColumns;
  row: number;
  cells: string[];
}

interface GuideEntry {
  draft: Record<string, unknown>;
  at: RowAt;
  children: Record<ChildSheetKey, RowAt[]>;
}

const childKeys: readonly ChildSheetKey[] = ['materials', 'fees', 'process', 'locations'];

function isBlankRow(cells: readonly string[] | undefined): boolean {
  return !cells || cells.every((cell) => (cell ?? '').trim() === '');
}

/** A problem's place: sheet, row, the item the row belongs to, column and the cell's text. */
function placeOf(at: RowAt, columnIndex: number | undefined, item: string | undefined): Omit<Problem, 'message'> {
  const column = columnIndex === undefined ? undefined : at.sheet.layout.columns[columnIndex];
  const position = columnIndex === undefined ? undefined : at.sheet.positions[columnIndex]!;
  return {
    sheet: at.sheet.layout.name,
    row: at.row,
    column: column && position !== undefined ? columnLabel(position, column.header) : undefined,
    ...(item ? { item } : {}),
    value: position === undefined ? '' : at.cells[position] ?? '',
  };
}

function cellKey(at: RowAt, columnIndex: number | undefined, message: string): string {
  // A whole-row problem has no cell to share, so its message keeps it apart from others on the row.
  const position = columnIndex === undefined ? undefined : at.sheet.positions[columnIndex]!;
  return `${at.sheet.layout.name}!${at.row}!${position ?? message}`;
}

function fieldKey(at: RowAt, columnIndex: number): string {
  return `${at.sheet.layout.name}!${at.row}!${at.sheet.layout.columns[columnIndex]!.field.split('.')[0]}`;
}

/** Collects problems, once per cell: the first message about a cell is the most specific one. */
class ProblemList {
  readonly problems: Problem[] = [];
  private readonly cells = new Set<string>();
  private readonly failedRows = new Set<RowAt>();
  /** Fields (by their first path segment: unit for 实施主体 and its credit code) with a problem, per row. */
  private readonly failedFields = new Set<string>();

  constructor(private readonly itemOf: (at: RowAt) => string | undefined) {}

  add(at: RowAt, columnIndex: number | undefined, message: string): void {
    const key = cellKey(at, columnIndex, message);
    if (this.cells.has(key)) return;
    this.cells.add(key);
    this.failedRows.add(at);
    if (columnIndex !== undefined) this.failedFields.add(fieldKey(at, columnIndex));
    this.problems.push({ ...placeOf(at, columnIndex, this.itemOf(at)), message });
  }

  /** Whether a problem was already reported on this field of the row (a finding there would only repeat it). */
  has(at: RowAt, columnIndex: number | undefined): boolean {
    return columnIndex !== undefined && this.failedFields.has(fieldKey(at, columnIndex));
  }

  failed(at: RowAt): boolean {
    return this.failedRows.has(at);
  }
}

function columnIndex(layout: SheetLayout, field: string): number {
  return layout.columns.findIndex((c) => c.field === field);
}

/** Decodes a row's cells into a record; reference columns are kept raw for resolution afterwards. */
function decodeRow(at: RowAt, problems: ProblemList): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  at.sheet.layout.columns.forEach((column: Column, index) => {
    const raw = at.cells[at.sheet.positions[index]!] ?? '';
    if (column.required && raw.trim() === '') {
      problems.add(at, index, `未填写“${column.header}”（必填）`);
      return;
    }
    const decoded = decodeColumn(column, raw);
    if (!decoded.ok) problems.add(at, index, `“${column.header}”${decoded.message}`);
    else if (decoded.value !== undefined) record[column.field] = decoded.value;
  });
  return record;
}

function readRows(sheet: SheetColumns, onRow: (at: RowAt) => void): void {
  sheet.rows.forEach((cells, index) => {
    if (index === 0 || isBlankRow(cells)) return;
    onRow({ sheet, row: index + 1, cells: cells.map((cell) => restoreCell(cell ?? '')) });
  });
}

function checkCodes(entry: GuideEntry, options: ParseOptions, problems: ProblemList, seen: Map<string, { row: number; name: string }>, basicNames: Map<string, { row: number; name: string }>): void {
  const { draft, at } = entry;
  const format = options.codeFormat ?? defaultCodeFormat;
  const codeColumn = columnIndex(guideSheet, 'implementationCode');
  const basicColumn = columnIndex(guideSheet, 'basicCode');
  const nameColumn = columnIndex(guideSheet, 'name');
  const code = draft.implementationCode as string | undefined;
  const basicCode = draft.basicCode as string | undefined;
  const name = draft.name as string | undefined;
  if (code) {
    const check = validateImplementationCode(code, format);
    if (!check.ok) problems.add(at, codeColumn, check.message);
    const first = seen.get(code);
    if (first) problems.add(at, codeColumn, `实施编码“${code}”与第 ${first.row} 行重复，同一实施事项只能有一行`);
    else seen.set(code, { row: at.row, name: name ?? '' });
  }
  if (basicCode) {
    const check = validateBasicCode(basicCode, format);
    if (!check.ok) problems.add(at, basicColumn, check.message);
    const first = basicNames.get(basicCode);
    if (first && name && first.name !== name) {
      problems.add(at, nameColumn, `基本编码“${basicCode}”在第 ${first.row} 行的事项名称为“${first.name}”，同一编码的事项名称应一致（同一事项、同一编码）`);
    } else if (!first && name) basicNames.set(basicCode, { row: at.row, name });
  }
}

function checkAgainstCatalog(entry: GuideEntry, existing: Map<string, ExistingItem>, existingNames: Map<string, string>, problems: ProblemList): void {
  const { draft, at } = entry;
  const code = draft.implementationCode as string | undefined;
  const unit = draft.unit as { id: string; name: string } | undefined;
  const known = code ? existing.get(code) : undefined;
  if (known && unit && known.unitId !== unit.id) {
    problems.add(at, columnIndex(guideSheet, 'implementationCode'), `实施编码“${code}”在事项库中已属于另一单位的事项“${known.name}”，不能由“${unit.name}”导入`);
  }
  const basicCode = draft.basicCode as string | undefined;
  const catalogName = basicCode ? existingNames.get(basicCode) : undefined;
  if (!known && catalogName && draft.name && catalogName !== draft.name) {
    problems.add(at, columnIndex(guideSheet, 'name'), `基本编码“${basicCode}”在事项库中的事项名称为“${catalogName}”，新增的实施事项应使用同一名称（同一事项、同一编码）`);
  }
}

function resolveReferences(entry: GuideEntry, options: ParseOptions, problems: ProblemList): void {
  const { draft, at } = entry;
  const unitName = draft['unit.name'] as string | undefined;
  const creditCode = draft['unit.creditCode'] as string | undefined;
  const regionCode = draft['region.code'] as string | undefined;
  const regionName = draft['region.name'] as string | undefined;
  const directory = options.units && options.regions ? { units: options.units, regions: options.regions } : undefined;
  const unit = directory ? resolveUnit(directory, unitName, creditCode) : unverifiedUnit(unitName, creditCode);
  const region = directory ? resolveRegion(directory, regionCode, regionName) : unverifiedRegion(regionCode, regionName);
  for (const key of ['unit.name', 'unit.creditCode', 'region.code', 'region.name']) delete draft[key];
  if ('value' in unit) draft.unit = { ...unit.value };
  else problems.add(at, columnIndex(guideSheet, `unit.${unit.field}`), unit.message);
  if ('value' in unit && options.ownUnitId !== undefined && unit.value.id !== options.ownUnitId) {
    const own = options.units?.find((u) => u.id === options.ownUnitId)?.name ?? options.ownUnitId;
    problems.add(at, columnIndex(guideSheet, 'unit.name'), `只能导入本单位（${own}）的事项，此行的实施主体是“${unit.value.name}”`);
  }
  if ('value' in region) draft.region = region.value;
  else problems.add(at, columnIndex(guideSheet, `region.${region.field}`), region.message);
}

/** Finds the row and column a guide path (as quality findings and zod issues name it) points at. */
function locate(entry: GuideEntry, path: string): { at: RowAt; column: number | undefined } {
  const [head, second, ...rest] = path.split('.');
  const childKey = childKeys.find((key) => key === head);
  if (childKey && second !== undefined && /^\d+$/.test(second)) {
    const at = entry.children[childKey][Number(second)];
    if (at) return { at, column: bestColumn(at.sheet.layout, rest.join('.')) };
  }
  if (childKey) return { at: entry.at, column: undefined };
  return { at: entry.at, column: bestColumn(guideSheet, path) };
}

function bestColumn(layout: SheetLayout, path: string): number | undefined {
  if (path === '') return undefined;
  const columns = layout.columns;
  const exact = columns.findIndex((c) => c.field === path);
  if (exact >= 0) return exact;
  const prefix = columns.findIndex((c) => path.startsWith(`${c.field}.`));
  if (prefix >= 0) return prefix;
  const head = path.split('.')[0];
  const sameHead = columns.findIndex((c) => c.field.split('.')[0] === head);
  return sameHead >= 0 ? sameHead : undefined;
}

/**
 * Sheets of cell text (as the xlsx reader or a test gives them) → guides and every problem found,
 * each located by sheet, Excel row and column. Pure: units, regions and existing items come in
 * through `options`, so the same check runs in the CLI, the admin upload and the tests.
 */
export function parseWorkbookRows(sheets: Record<string, string[][]>, options: ParseOptions): ParseResult {
  const structure = readStructure(sheets);
  if (structure.problems.length > 0) return { guides: [], problems: structure.problems, findings: [], incomplete: [] };

  const entries: GuideEntry[] = [];
  const byCode = new Map<string, GuideEntry>();
  const problems = new ProblemList((at) => rowItem(at, byCode));
  const total = structure.sheets.reduce((sum, sheet) => sum + Math.max(0, sheet.rows.length - 1), 0);
  let done = 0;
  const progress = () => options.onProgress?.(++done, total);

  const seen = new Map<string, { row: number; name: string }>();
  const basicNames = new Map<string, { row: number; name: string }>();
  const existing = new Map((options.existing ?? []).map((item) => [item.implementationCode, item]));
  const existingNames = new Map((options.existing ?? []).map((item) => [item.basicCode, item.name]));

  const [guideColumns, ...childColumns] = structure.sheets;
  readRows(guideColumns!, (at) => {
    const entry: GuideEntry = { draft: decodeRow(at, problems), at, children: { materials: [], fees: [], process: [], locations: [] } };
    resolveReferences(entry, options, problems);
    checkCodes(entry, options, problems, seen, basicNames);
    checkAgainstCatalog(entry, existing, existingNames, problems);
    entries.push(entry);
    const code = entry.draft.implementationCode as string | undefined;
    if (code && !byCode.has(code)) byCode.set(code, entry);
    progress();
  });

  for (const sheet of childColumns) {
    const key = sheet.layout.key as ChildSheetKey;
    const idIndex = columnIndex(sheet.layout, 'id');
    const ids = new Map<string, number>();
    readRows(sheet, (at) => {
      const record = decodeRow(at, problems);
      const code = record.implementationCode as string | undefined;
      delete record.implementationCode;
      const parent = code ? byCode.get(code) : undefined;
      if (code && !parent) problems.add(at, 0, `实施编码“${code}”在“${guideSheet.name}”表中不存在，请先在该表填写此事项`);
      if (parent && idIndex >= 0 && record.id !== undefined) {
        const idKey = `${code}\u0000${record.id as string}`;
        const first = ids.get(idKey);
        if (first !== undefined) problems.add(at, idIndex, `“${sheet.layout.columns[idIndex]!.header}”“${record.id as string}”与第 ${first} 行重复，同一事项内编号不能重复`);
        else ids.set(idKey, at.row);
      }
      if (parent) {
        parent.children[key].push(at);
        ((parent.draft[key] ??= []) as unknown[]).push(record);
      }
      progress();
    });
  }

  const findings: RowFinding[] = [];
  const incomplete: string[] = [];
  const guides = entries.map((entry) => {
    const guide = finishGuide(entry, options, problems, findings);
    if (guide.blocking && guide.draft.implementationCode) incomplete.push(guide.draft.implementationCode);
    return guide.draft;
  });
  options.onProgress?.(total, total);
  return { guides, problems: problems.problems, findings, incomplete };
}

/** The item a row belongs to: its own name and code on 事项与指南, its parent's on a child sheet. */
function rowItem(at: RowAt, byCode: ReadonlyMap<string, GuideEntry>): string | undefined {
  const cell = (field: string) => {
    const index = columnIndex(at.sheet.layout, field);
    return index < 0 ? undefined : at.cells[at.sheet.positions[index]!]?.trim();
  };
  const code = cell('implementationCode');
  if (at.sheet.layout.key === 'guides') return itemLabel(cell('name'), code);
  const parent = code ? byCode.get(code) : undefined;
  const name = parent ? (parent.draft.name as string | undefined) ?? rawName(parent.at) : undefined;
  return itemLabel(name, code);
}

function rawName(at: RowAt): string | undefined {
  const index = columnIndex(guideSheet, 'name');
  return at.cells[at.sheet.positions[index]!]?.trim();
}

/**
 * Runs the schema and the quality rules on an assembled guide and maps their findings to cells.
 * Schema issues are problems (the row cannot become a guide); quality findings are findings, which
 * never block the import: an incomplete guide is imported as it is, as a draft to complete.
 */
function finishGuide(entry: GuideEntry, options: ParseOptions, problems: ProblemList, findings: RowFinding[]): { draft: GuideDraft; blocking: boolean } {
  const rows = [entry.at, ...childKeys.flatMap((key) => entry.children[key])];
  const clean = !rows.some((at) => problems.failed(at));
  let draft = entry.draft as GuideDraft;
  if (clean) {
    const parsed = guideSchema.safeParse(draft);
    if (parsed.success) draft = parsed.data;
    else {
      for (const issue of parsed.error.issues) {
        const { at, column } = locate(entry, issue.path.join('.'));
        problems.add(at, column, `数据不符合指南格式（${issue.path.join('.') || '整行'}）：${issue.message}`);
      }
    }
  }
  const quality = checkGuide(draft, { ...options.quality, codeFormat: options.codeFormat });
  const code = (draft.implementationCode ?? '').trim();
  const item = itemLabel(draft.name, code);
  for (const finding of quality) {
    const place = locateFinding(entry, finding.path);
    // A cell already reported as a problem: the finding would only repeat it.
    if ('at' in place && problems.has(place.at, place.column)) continue;
    const where = 'at' in place ? placeOf(place.at, place.column, item) : { sheet: place.sheet, ...(item ? { item } : {}), value: '' };
    findings.push({ ...where, message: finding.message, severity: finding.severity, implementationCode: code });
  }
  return { draft, blocking: hasBlockingFindings(quality) };
}

/**
 * Where a finding belongs: its cell, or, for a list the item has no rows of (未填写申请材料), the
 * child sheet where those rows would go.
 */
function locateFinding(entry: GuideEntry, path: string): { at: RowAt; column: number | undefined } | { sheet: string } {
  const [head, second] = path.split('.');
  const childKey = childKeys.find((key) => key === head);
  if (childKey && (second === undefined || entry.children[childKey][Number(second)] === undefined)) {
    const sheet = workbookSheets.find((layout) => layout.key === childKey)!;
    return { sheet: sheet.name };
  }
  return locate(entry, path);
}
