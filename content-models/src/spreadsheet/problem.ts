/** One thing wrong in an uploaded workbook, located the way the editor sees it in Excel. */
export interface Problem {
  /** Sheet name, e.g. 申请材料. */
  sheet: string;
  /** 1-based row number as Excel shows it (the header is row 1); absent for a whole-sheet problem. */
  row?: number;
  /** Column letter with its Chinese header, e.g. “C（事项名称）”; absent for a whole-row or whole-sheet problem. */
  column?: string;
  /** The cell's text as found (after removing the export's formula-neutralising apostrophe). */
  value: string;
  /** Chinese: names the field, the value and what would be accepted. */
  message: string;
}

/** One line per problem in the order 工作表/行/列/值/说明, for CLI output and logs. */
export function formatProblem(problem: Problem): string {
  const value = problem.value.length > 40 ? `${problem.value.slice(0, 40)}…` : problem.value;
  return [
    `工作表：${problem.sheet}`,
    `行：${problem.row ?? '—'}`,
    `列：${problem.column ?? '—'}`,
    `值：${value === '' ? '（空）' : value.replace(/\r?\n/g, '⏎')}`,
    `说明：${problem.message}`,
  ].join('　');
}
