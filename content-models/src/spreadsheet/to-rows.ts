import type { GuideDraft } from '../guide/guide-schema.ts';
import {
  encodeBoolean,
  encodeEntries,
  encodeNumber,
  encodeTerm,
  encodeTerms,
  encodeTexts,
  neutraliseCell,
} from './cells.ts';
import { guideSheet, headerText, workbookLayout, type ChildSheetKey, type Column, type SheetLayout } from './layout.ts';

/** Sheet name → rows of cell text, the header row first. What the xlsx writer writes and the parser reads. */
export type SheetRows = Record<string, string[][]>;

function valueAt(record: object, path: string): unknown {
  let value: unknown = record;
  for (const key of path.split('.')) value = value === undefined || value === null ? undefined : (value as Record<string, unknown>)[key];
  return value;
}

export function encodeColumn(column: Column, value: unknown): string {
  const codec = column.codec;
  switch (codec.kind) {
    case 'text':
    case 'reference':
      return value === undefined || value === null ? '' : String(value);
    case 'number':
      return encodeNumber(value as number | undefined);
    case 'boolean':
      return encodeBoolean(value as boolean | undefined);
    case 'term':
      return encodeTerm(value as string | undefined, codec.vocabulary);
    case 'terms':
      return encodeTerms(value as string[] | undefined, codec.vocabulary);
    case 'texts':
      return encodeTexts(value as string[] | undefined);
    case 'entries':
      return encodeEntries(codec.single ? (value === undefined ? [] : [value as object]) : (value as object[] | undefined), codec.parts);
  }
}

function row(layout: SheetLayout, record: object, implementationCode: string | undefined): string[] {
  return layout.columns.map((column) => {
    const value = layout.key !== 'guides' && column.field === 'implementationCode' ? implementationCode : valueAt(record, column.field);
    return neutraliseCell(encodeColumn(column, value));
  });
}

export function headerRow(layout: SheetLayout): string[] {
  return layout.columns.map(headerText);
}

/** The empty template: every sheet with its header row only. */
export function templateRows(): SheetRows {
  return Object.fromEntries(workbookLayout.map((layout) => [layout.name, [headerRow(layout)]]));
}

/**
 * Guides → sheets in the import layout, so exporting and importing again gives the same guides.
 * Cells that could run as formulas are neutralised here, at the one place every export passes.
 */
export function guidesToRows(guides: Iterable<GuideDraft>): SheetRows {
  const sheets = templateRows();
  for (const guide of guides) {
    sheets[guideSheet.name]!.push(row(guideSheet, guide, undefined));
    for (const layout of workbookLayout) {
      if (layout.key === 'guides') continue;
      const children = (guide[layout.key as ChildSheetKey] ?? []) as object[];
      for (const child of children) sheets[layout.name]!.push(row(layout, child, guide.implementationCode));
    }
  }
  return sheets;
}
