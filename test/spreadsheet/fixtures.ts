import { generateCatalog } from '../../content-models/src/generator/catalog.ts';
import { guideSchema, type Guide } from '../../content-models/src/guide/guide-schema.ts';
import { completeGuide } from '../../content-models/src/quality/test-fixtures/complete-guide.ts';
import type { ParseOptions } from '../../content-models/src/spreadsheet/index.ts';

/**
 * Generated demo guides for whole-catalog tests. The generator can give an item the same material
 * id twice (委托公证: 'm-proxy'), which import rightly refuses; those items are left out here so
 * the round trip tests the spreadsheet, not the generator.
 */
export function demoCatalog(items: number): { guides: Guide[]; options: ParseOptions } {
  const catalog = generateCatalog({ items });
  const guides = [...catalog.items]
    .filter((item) => item.status === 'active')
    .map((item) => guideSchema.parse(item))
    .filter((guide) => new Set(guide.materials.map((m) => m.id)).size === guide.materials.length);
  return {
    guides,
    options: { units: catalog.units, regions: catalog.regions.map(({ code, name, level }) => ({ code, name, level })) },
  };
}

/** Parse options that know the complete guide's unit and region. */
export const completeOptions: ParseOptions = { units: [completeGuide.unit], regions: [completeGuide.region] };

/** Sheets as the parser takes them, cloned so a test can break one cell. */
export function cloneSheets(sheets: Record<string, string[][]>): Record<string, string[][]> {
  return structuredClone(sheets);
}

/** Sets one cell by sheet, Excel row (1-based) and header text. */
export function setCell(sheets: Record<string, string[][]>, sheet: string, row: number, header: string, value: string): void {
  const rows = sheets[sheet]!;
  const column = rows[0]!.findIndex((cell) => cell.replace(/^\*/, '') === header);
  if (column < 0) throw new Error(`no column ${header} in ${sheet}`);
  rows[row - 1]![column] = value;
}
