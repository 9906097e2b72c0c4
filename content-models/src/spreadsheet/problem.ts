/** One thing wrong in an uploaded workbook, located the way the editor sees it in Excel. */
export interface Problem {
  /** Sheet name, e.g. 申请材料. */
  sheet: string;
  /** 1-based row number as Excel shows it (the header is row 1); absent for a whole-sheet problem. */
  row?: number;
  /** Column letter with its Chinese header, e.g. “C（事项名称）”; absent for a whole-row or whole-sheet problem. */
  column?: string;
  /** The item the row belongs to, as 事项名称（实施编码）, so a problem is found without counting rows. */
  item?: string;
  /** The cell's text as found (after removing the export's formula-neutralising apostrophe). */
  value: string;
  /** Chinese: names the field, the value and what would be accepted. */
  message: string;
}

/**
 * A quality finding on an imported row (一次性告知要素、依据…): never blocks the import. An `error`
 * blocks the item's submission, so the row is saved as a draft adjustment for the editor to
 * complete in the admin; a `warning` is shown and nothing more.
 */
export interface RowFinding extends Problem {
  severity: 'error' | 'warning';
  /** The item's 实施编码, to group findings by the adjustment they belong to. */
  implementationCode: string;
}

/** How an item is named in problem lists: 事项名称（实施编码）, or whichever of the two is known. */
export function itemLabel(name: string | undefined, code: string | undefined): string | undefined {
  const n = name?.trim() ?? '';
  const c = code?.trim() ?? '';
  if (n && c) return `${n}（${c}）`;
  return n || c || undefined;
}

/** The column part of a problem's place: a whole-row problem says so instead of a bare dash. */
export function columnText(problem: Problem): string {
  if (problem.column) return problem.column;
  if (problem.row !== undefined) return '（整行）';
  return problem.item ? '（该事项在本表没有行）' : '（整个工作表）';
}

/** One line per problem in the order 工作表/行/事项/列/值/说明, for CLI output and logs. */
export function formatProblem(problem: Problem): string {
  const value = problem.value.length > 40 ? `${problem.value.slice(0, 40)}…` : problem.value;
  return [
    `工作表：${problem.sheet}`,
    `行：${problem.row ?? '—'}`,
    ...(problem.item ? [`事项：${problem.item}`] : []),
    `列：${columnText(problem)}`,
    `值：${value === '' ? '（空）' : value.replace(/\r?\n/g, '⏎')}`,
    `说明：${problem.message}`,
  ].join('　');
}

/** A finding as one line: 须补充 (blocks submission) or 提示 (a warning), then its place and message. */
export function formatFinding(finding: RowFinding): string {
  return `${finding.severity === 'error' ? '【须补充】' : '【提示】'}${formatProblem(finding)}`;
}
