export * from './cells.ts';
export * from './layout.ts';
export * from './problem.ts';
export type { Directory } from './references.ts';
export { guidesToRows, templateRows, headerRow, type SheetRows } from './to-rows.ts';
export { parseWorkbookRows, type ExistingItem, type ParseOptions, type ParseResult } from './parse-rows.ts';
export { reviewTables, type ReviewTable } from './review-table.ts';
export { planImport, type ImportPlan } from './classify-import.ts';
