import { validateCreditCode } from '../codes/credit-code.ts';
import { regionLevelOfCode, validateRegionCode, type RegionCodeLevel } from '../codes/region-code.ts';
import { decodeTerm, decodeTerms, restoreCell } from '../spreadsheet/cells.ts';
import { columnLetter, normaliseHeader } from '../spreadsheet/layout.ts';
import type { Problem } from '../spreadsheet/problem.ts';
import { levels, type Level } from '../vocabularies/item.ts';
import { unitKinds, type UnitKind } from '../vocabularies/unit.ts';
import { roles, type Role } from '../vocabularies/workflow.ts';
import { accountSheet, passwordHeader, unitSheet, type OrganizationSheet } from './layout.ts';

export interface UnitRow {
  /** The row as Excel numbers it. */
  row: number;
  name: string;
  kind: UnitKind;
  creditCode?: string;
  regionCode: string;
  level: Level;
  supervisor?: string;
  phone?: string;
  address?: string;
  hours?: string;
}

export interface AccountRow {
  row: number;
  name: string;
  /** Lower case: Payload compares login e-mails in lower case. */
  email: string;
  roles: Role[];
  unit?: string;
}

export interface OrganizationContext {
  /** Names of the units already in the CMS. */
  unitNames: ReadonlySet<string>;
  /** A region known to the CMS or to the national division data; undefined when neither knows the code. */
  region(code: string): { name: string } | undefined;
}

export interface ParsedOrganization {
  units: UnitRow[];
  accounts: AccountRow[];
  /** Anything here means nothing is written. */
  problems: Problem[];
  /** Shown, but the import goes ahead (a unit without 统一社会信用代码, an unknown column). */
  warnings: Problem[];
  /** Where each column was found, as problems name it (“C（统一社会信用代码）”), by sheet and column key. */
  columns: Record<string, Record<string, string>>;
}

/** Roles whose work is their own unit's items: the account needs a unit. */
export const rolesNeedingUnit: readonly Role[] = ['editor', 'unit-head', 'supervisor-reviewer'];

/** 行使层级 a unit of a region of this level exercises by default. */
const levelOfRegion: Record<RegionCodeLevel, Level> = { province: '2', city: '3', county: '4', town: '5', village: '6' };

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface SheetReader {
  rows: { row: number; cell(key: string): string }[];
  location(key: string): string | undefined;
  locations: Record<string, string>;
}

/**
 * Finds the sheet's columns by header. A password column is a problem (the file is refused: it
 * must not circulate with passwords in it); a missing required column too; other unknown columns
 * are reported and ignored.
 */
function readSheet(sheet: OrganizationSheet, cells: string[][] | undefined, problems: Problem[], warnings: Problem[]): SheetReader | undefined {
  if (!cells || cells.length === 0) return undefined;
  const header = cells[0] ?? [];
  const columns = new Map<string, number>();
  header.forEach((raw, index) => {
    const text = normaliseHeader(restoreCell(String(raw ?? '')));
    if (text === '') return;
    const column = `${columnLetter(index)}（${text}）`;
    if (passwordHeader.test(text)) {
      problems.push({ sheet: sheet.name, row: 1, column, value: text, message: `表中不能有密码列“${text}”：密码不经表格传递。请删除该列后重新上传；新账号导入后由系统生成一次性的设置密码链接，由本人设置密码` });
      return;
    }
    const known = sheet.columns.find((c) => c.header === text);
    if (!known) {
      warnings.push({ sheet: sheet.name, row: 1, column, value: text, message: `“${text}”不是本表的列，已忽略；可用的列：${sheet.columns.map((c) => c.header).join('、')}` });
      return;
    }
    if (columns.has(known.key)) {
      problems.push({ sheet: sheet.name, row: 1, column, value: text, message: `列“${text}”出现了两次，请只保留一列` });
      return;
    }
    columns.set(known.key, index);
  });
  for (const column of sheet.columns) {
    if (column.required && !columns.has(column.key)) {
      problems.push({ sheet: sheet.name, row: 1, value: '', message: `缺少必填列“${column.header}”：请使用导入模板，不要删除或改名表头` });
    }
  }
  const rows = cells
    .slice(1)
    .map((cellsOfRow, index) => ({
      row: index + 2,
      cell: (key: string) => {
        const at = columns.get(key);
        return at === undefined ? '' : restoreCell(String(cellsOfRow[at] ?? '')).trim();
      },
      blank: cellsOfRow.every((cell) => String(cell ?? '').trim() === ''),
    }))
    .filter((row) => !row.blank);
  const locations = Object.fromEntries(
    [...columns].map(([key, at]) => [key, `${columnLetter(at)}（${sheet.columns.find((c) => c.key === key)!.header}）`]),
  );
  return { rows, location: (key) => locations[key], locations };
}

const optional = (text: string) => (text === '' ? undefined : text);

/**
 * Checks the 单位 and 账号 sheets of a 组织机构 workbook. Pure: the CMS says which units exist and
 * which region codes it or the national data knows. Every problem names sheet, row, column and
 * value in Chinese.
 */
export function parseOrganizationSheets(sheets: Record<string, string[][]>, context: OrganizationContext): ParsedOrganization {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const columns: Record<string, Record<string, string>> = {};
  const units = parseUnits(sheets, context, problems, warnings, columns);
  const accounts = parseAccounts(sheets, context, problems, warnings, columns);
  for (const name of Object.keys(sheets)) {
    if (name !== unitSheet.name && name !== accountSheet.name && name !== '填写说明') {
      warnings.push({ sheet: name, value: '', message: `工作表“${name}”不是组织机构表的工作表，已忽略；只读取“${unitSheet.name}”和“${accountSheet.name}”` });
    }
  }
  if (!sheets[unitSheet.name] && !sheets[accountSheet.name]) {
    problems.push({ sheet: unitSheet.name, value: '', message: `工作簿中没有“${unitSheet.name}”或“${accountSheet.name}”工作表：请使用组织机构导入模板` });
  }
  return { units, accounts, problems, warnings, columns };
}

function parseUnits(
  sheets: Record<string, string[][]>,
  context: OrganizationContext,
  problems: Problem[],
  warnings: Problem[],
  columns: Record<string, Record<string, string>>,
): UnitRow[] {
  const reader = readSheet(unitSheet, sheets[unitSheet.name], problems, warnings);
  if (!reader) return [];
  columns[unitSheet.name] = reader.locations;
  const sheet = unitSheet.name;
  const units: UnitRow[] = [];
  const names = new Map<string, number>();
  const codes = new Map<string, number>();
  for (const { row, cell } of reader.rows) {
    const at = (key: string, value: string, message: string, list = problems) => list.push({ sheet, row, column: reader.location(key), value, message });
    const before = problems.length;
    const name = cell('name');
    if (name === '') at('name', name, '单位名称为必填项，请填写单位全称');
    else if (names.has(name)) at('name', name, `单位“${name}”在第 ${names.get(name)} 行已经出现，同一单位只填一行`);
    else names.set(name, row);

    const kindText = cell('kind');
    const kind = decodeTerm(kindText, unitKinds);
    if (kindText === '') at('kind', kindText, `单位性质为必填项，可填：${unitKinds.terms.map((t) => t.label).join('、')}`);
    else if (!kind.ok) at('kind', kindText, `单位性质${kind.message}`);

    const creditCode = cell('creditCode').toUpperCase();
    if (creditCode === '') {
      at('creditCode', '', `单位“${name}”未填写统一社会信用代码：仍可导入，但请尽快在“实施主体（单位）”中补填（实施编码的前 18 位就是它）`, warnings);
    } else {
      const check = validateCreditCode(creditCode);
      if (!check.ok) at('creditCode', creditCode, check.message);
      else if (codes.has(creditCode)) at('creditCode', creditCode, `统一社会信用代码“${creditCode}”在第 ${codes.get(creditCode)} 行已经出现，不同单位的代码不能相同`);
      else codes.set(creditCode, row);
    }

    const regionCode = cell('regionCode');
    if (regionCode === '') at('regionCode', regionCode, '所属区划代码为必填项：县级及以上 6 位，乡镇（街道）、社区（村）12 位');
    else {
      const check = validateRegionCode(regionCode);
      if (!check.ok) at('regionCode', regionCode, check.message);
      else if (!context.region(regionCode)) at('regionCode', regionCode, `行政区划代码“${regionCode}”既不在系统的行政区划中，也不在国家区划数据中：请核对代码`);
    }

    const levelText = cell('level');
    const level = decodeTerm(levelText, levels);
    if (!level.ok) at('level', levelText, `行使层级${level.message}`);

    const supervisor = cell('supervisor');
    if (supervisor !== '' && supervisor === name) at('supervisor', supervisor, '主管部门不能是单位自己');
    else if (supervisor !== '' && !context.unitNames.has(supervisor) && !sheetHasUnit(reader, supervisor)) {
      at('supervisor', supervisor, `主管部门“${supervisor}”既不在本表中，也不是系统中已有的单位：请填写主管部门的单位全称，或先在本表中增加该单位`);
    }

    if (problems.length > before || !kind.ok || !level.ok) continue;
    const regionLevel = regionLevelOfCode(regionCode)!;
    units.push({
      row,
      name,
      kind: kind.value as UnitKind,
      creditCode: optional(creditCode),
      regionCode,
      level: (level.value as Level | undefined) ?? levelOfRegion[regionLevel],
      supervisor: optional(supervisor),
      phone: optional(cell('phone')),
      address: optional(cell('address')),
      hours: optional(cell('hours')),
    });
  }
  return units;
}

function sheetHasUnit(reader: SheetReader, name: string): boolean {
  return reader.rows.some((r) => r.cell('name') === name);
}

function parseAccounts(
  sheets: Record<string, string[][]>,
  context: OrganizationContext,
  problems: Problem[],
  warnings: Problem[],
  columns: Record<string, Record<string, string>>,
): AccountRow[] {
  const reader = readSheet(accountSheet, sheets[accountSheet.name], problems, warnings);
  if (!reader) return [];
  columns[accountSheet.name] = reader.locations;
  const sheet = accountSheet.name;
  // Every name of the 单位 sheet, also of rows with problems: those are reported there, not again here.
  const unitNamesInSheet = new Set(readSheet(unitSheet, sheets[unitSheet.name], [], [])?.rows.map((r) => r.cell('name')) ?? []);
  const accounts: AccountRow[] = [];
  const emails = new Map<string, number>();
  for (const { row, cell } of reader.rows) {
    const at = (key: string, value: string, message: string) => problems.push({ sheet, row, column: reader.location(key), value, message });
    const before = problems.length;
    const name = cell('name');
    if (name === '') at('name', name, '姓名为必填项');

    const emailText = cell('email');
    const email = emailText.toLowerCase();
    if (email === '') at('email', emailText, '登录邮箱为必填项');
    else if (!emailPattern.test(email)) at('email', emailText, `登录邮箱“${emailText}”格式不正确，应如 zhangsan@example.gov.cn`);
    else if (emails.has(email)) at('email', emailText, `登录邮箱“${emailText}”在第 ${emails.get(email)} 行已经出现，一个邮箱只能对应一个账号`);
    else emails.set(email, row);

    const rolesText = cell('roles');
    const decoded = decodeTerms(rolesText, roles);
    if (rolesText === '') at('roles', rolesText, `角色为必填项，可填：${roles.terms.map((t) => t.label).join('、')}`);
    else if (!decoded.ok) at('roles', rolesText, `角色${decoded.message}`);
    const accountRoles = decoded.ok ? ((decoded.value ?? []) as Role[]) : [];

    const unit = cell('unit');
    if (unit === '') {
      const needing = accountRoles.filter((role) => rolesNeedingUnit.includes(role));
      if (needing.length > 0) at('unit', unit, `角色“${needing.map((r) => roles.label(r)).join('、')}”须填写所属单位`);
    } else if (!context.unitNames.has(unit) && !unitNamesInSheet.has(unit)) {
      at('unit', unit, `所属单位“${unit}”既不在“${unitSheet.name}”表中，也不是系统中已有的单位：请填写单位全称`);
    }
    if (problems.length > before) continue;
    accounts.push({ row, name, email, roles: accountRoles, unit: optional(unit) });
  }
  return accounts;
}
