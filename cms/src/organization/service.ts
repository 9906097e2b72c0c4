import {
  accountSheet,
  parseOrganizationSheets,
  unitSheet,
  withAncestors,
  type AccountRow,
  type Division,
  type UnitRow,
} from '@catalog/content-models/organization/index.ts';
import type { Problem } from '@catalog/content-models/spreadsheet/index.ts';
import { createLocalReq, type Payload, type PayloadRequest } from 'payload';
import { readWorkbook } from '../spreadsheet/read-workbook.ts';
import { WorkbookRefusal } from '../spreadsheet/workbook-refusal.ts';
import { idOf, type Doc, type Id } from '../workflow/docs.ts';
import { organizationRight } from './access.ts';
import { invite, unusablePassword, type Invitation } from './invitations.ts';
import { lowPrefixOf, readNationalDivisions } from './nationalDivisions.ts';
import { existingRegions, inTransaction, planRegions, writeRegions, type RegionPlan } from './regions.ts';

export type OrganizationMode = 'dry-run' | 'import';

export interface Changes {
  added: string[];
  changed: string[];
  unchanged: string[];
}

export interface OrganizationReport {
  /** passed: dry run without problems; problems: nothing written; imported: committed; failed: refused, nothing written. */
  status: 'passed' | 'problems' | 'imported' | 'failed';
  message: string;
  problems: Problem[];
  /** Reported, not blocking: a unit without 统一社会信用代码, an ignored column, a region named otherwise in the CMS. */
  warnings: Problem[];
  /** Region codes created (with their ancestors) and existing regions given their parent. */
  regions: { added: string[]; linked: string[] };
  /** Unit names. */
  units: Changes;
  /** Login e-mails. */
  accounts: Changes;
  /** One per account created: shown to the administrator once, never stored in clear. */
  invitations: Invitation[];
}

const noChanges = (): Changes => ({ added: [], changed: [], unchanged: [] });

function report(status: OrganizationReport['status'], message: string, extra: Partial<OrganizationReport> = {}): OrganizationReport {
  return { status, message, problems: [], warnings: [], regions: { added: [], linked: [] }, units: noChanges(), accounts: noChanges(), invitations: [], ...extra };
}

interface PlannedUnit {
  row: UnitRow;
  existing?: Doc;
  /** Fields written (blank optional cells leave the stored value as it is). */
  data: Record<string, unknown>;
}

interface PlannedAccount {
  row: AccountRow;
  existing?: Doc;
}

const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** The unit's fields as the row states them; region and supervisor by code and name, resolved to ids when written. */
function unitData(row: UnitRow): Record<string, unknown> {
  const data: Record<string, unknown> = { name: row.name, kind: row.kind, level: row.level };
  if (row.creditCode) data.creditCode = row.creditCode;
  if (row.phone) data.phone = row.phone;
  if (row.address) data.address = row.address;
  if (row.hours) data.hours = row.hours;
  return data;
}

/**
 * Checks a 组织机构 workbook (sheets 单位 and 账号) against the CMS and, in `import` mode when nothing
 * is wrong, writes it in one transaction: the units' regions (with their ancestors, from the
 * national division data when the CMS lacks them), the units, then the accounts. A new account
 * gets a password nobody knows and a one-time set-password link, returned here to the
 * administrator only. Existing units and accounts are updated where the row differs; re-importing
 * the same file changes nothing and invites nobody again.
 */
export async function runOrganizationImport(
  payload: Payload,
  user: Doc & { id: Id },
  options: { mode: OrganizationMode; bytes: Uint8Array; maxBytes?: number },
): Promise<OrganizationReport> {
  const right = organizationRight(user);
  if (!right.ok) return report('failed', right.message);
  let sheets: Record<string, string[][]>;
  try {
    sheets = await readWorkbook(options.bytes, { maxBytes: options.maxBytes ?? 5 * 1024 * 1024, maxRows: 5_000 });
  } catch (error) {
    if (error instanceof WorkbookRefusal) return report('failed', `文件被拒绝：${error.message}（未写入任何内容）`);
    throw error;
  }
  const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload);

  const units = (await payload.find({ collection: 'units', depth: 0, pagination: false, overrideAccess: true, req })).docs as unknown as Doc[];
  const unitsByName = new Map(units.map((u) => [String(u.name), u]));
  const unitsByCode = new Map(units.filter((u) => u.creditCode).map((u) => [String(u.creditCode), u]));
  const regionCodes = regionCodesOf(sheets);
  const cmsRegions = await existingRegions(req, regionCodes);
  const missing = regionCodes.filter((code) => !cmsRegions.has(code));
  const national = missing.length === 0 ? new Map<string, Division>() : new Map((await readNationalDivisions(missing.flatMap((c) => lowPrefixOf(c) ?? []))).map((d) => [d.code, d]));

  const parsed = parseOrganizationSheets(sheets, {
    unitNames: new Set(unitsByName.keys()),
    region: (code) => {
      const found = cmsRegions.get(code) ?? national.get(code);
      return found ? { name: found.name } : undefined;
    },
  });
  const problems = [...parsed.problems];
  const warnings = [...parsed.warnings];
  const columnOf = (sheet: string, key: string) => parsed.columns[sheet]?.[key];

  const plannedUnits: PlannedUnit[] = [];
  for (const row of parsed.units) {
    const byCode = row.creditCode ? unitsByCode.get(row.creditCode) : undefined;
    const byName = unitsByName.get(row.name);
    const at = (key: string, value: string, message: string) => problems.push({ sheet: unitSheet.name, row: row.row, column: columnOf(unitSheet.name, key), value, message });
    if (byCode && byName && byCode.id !== byName.id) {
      at('creditCode', row.creditCode!, `统一社会信用代码“${row.creditCode}”属于系统中的单位“${text(byCode.name)}”，而“${row.name}”是另一个已有单位：请核对代码`);
      continue;
    }
    const existing = byCode ?? byName;
    if (existing && row.creditCode && existing.creditCode && existing.creditCode !== row.creditCode) {
      at('creditCode', row.creditCode, `系统中“${row.name}”的统一社会信用代码为“${text(existing.creditCode)}”，与本行不同：如需更正，请在“实施主体（单位）”中修改`);
      continue;
    }
    plannedUnits.push({ row, existing, data: unitData(row) });
  }

  const emails = parsed.accounts.map((a) => a.email);
  const users = emails.length === 0 ? [] : ((await payload.find({ collection: 'users', where: { email: { in: emails } }, depth: 0, pagination: false, overrideAccess: true, req })).docs as unknown as Doc[]);
  const usersByEmail = new Map(users.map((u) => [text(u.email).toLowerCase(), u]));
  const plannedAccounts: PlannedAccount[] = parsed.accounts.map((row) => ({ row, existing: usersByEmail.get(row.email) }));
  for (const { row, existing } of plannedAccounts) {
    if (existing && String(existing.id) === String(user.id) && !row.roles.includes('admin')) {
      problems.push({ sheet: accountSheet.name, row: row.row, column: columnOf(accountSheet.name, 'roles'), value: row.roles.join('；'), message: '这是您本人正在使用的管理员账号：导入不能取消您自己的系统管理员角色' });
    }
  }

  const regionDivisions = new Map<string, Division>();
  for (const code of missing) for (const division of withAncestors(national, code) ?? []) regionDivisions.set(division.code, division);
  const regionPlan = await planRegions(req, [...regionDivisions.values()]);
  for (const message of regionPlan.warnings) warnings.push({ sheet: unitSheet.name, value: '', message });

  const unitChanges = classifyUnits(plannedUnits, cmsRegions, unitsByName);
  const accountChanges = classifyAccounts(plannedAccounts, unitsByName);
  const regions = { added: regionPlan.create.map((d) => d.code), linked: regionPlan.link.map((l) => l.division.code) };
  const counts = `单位新增 ${unitChanges.added.length}、变更 ${unitChanges.changed.length}、未变 ${unitChanges.unchanged.length}；账号新增 ${accountChanges.added.length}、变更 ${accountChanges.changed.length}、未变 ${accountChanges.unchanged.length}；行政区划新增 ${regions.added.length}`;
  const details = { problems, warnings, regions, units: unitChanges, accounts: accountChanges };
  if (problems.length > 0) return report('problems', `发现 ${problems.length} 个问题，未写入任何内容。请修改后重新上传。`, details);
  if (options.mode === 'dry-run') return report('passed', `检查全部通过：${counts}（试运行，未写入任何内容）。`, details);

  const invitations = await inTransaction(req, () => write(req, regionPlan, plannedUnits, plannedAccounts, unitChanges, accountChanges));
  const invited = invitations.length > 0 ? `；已为 ${invitations.length} 个新账号生成设置密码链接（仅此一次显示，请转交本人）` : '';
  return report('imported', `导入完成：${counts}${invited}。`, { ...details, invitations });
}

function regionCodesOf(sheets: Record<string, string[][]>): string[] {
  const rows = sheets[unitSheet.name] ?? [];
  const column = (rows[0] ?? []).findIndex((cell) => String(cell ?? '').replace(/^[\s*＊]+/, '').trim() === '所属区划代码');
  if (column < 0) return [];
  return [...new Set(rows.slice(1).map((r) => String(r[column] ?? '').trim()).filter((c) => /^(\d{6}|\d{12})$/.test(c)))];
}

function classifyUnits(planned: PlannedUnit[], regions: Map<string, { id: Id }>, unitsByName: Map<string, Doc>): Changes {
  const changes = noChanges();
  for (const entry of planned) {
    if (!entry.existing) {
      changes.added.push(entry.row.name);
      continue;
    }
    const regionId = regions.get(entry.row.regionCode)?.id;
    const supervisorId = entry.row.supervisor ? unitsByName.get(entry.row.supervisor)?.id : undefined;
    const differs =
      Object.entries(entry.data).some(([key, value]) => text(entry.existing![key]) !== text(value)) ||
      regionId === undefined ||
      String(idOf(entry.existing.region)) !== String(regionId) ||
      (entry.row.supervisor !== undefined && (supervisorId === undefined || String(idOf(entry.existing.supervisor)) !== String(supervisorId)));
    (differs ? changes.changed : changes.unchanged).push(entry.row.name);
  }
  return changes;
}

function classifyAccounts(planned: PlannedAccount[], unitsByName: Map<string, Doc>): Changes {
  const changes = noChanges();
  for (const { row, existing } of planned) {
    if (!existing) {
      changes.added.push(row.email);
      continue;
    }
    const unitId = row.unit ? unitsByName.get(row.unit)?.id : undefined;
    const roles = [...((existing.roles as string[] | undefined) ?? [])].sort().join();
    const differs =
      text(existing.name) !== row.name || roles !== [...row.roles].sort().join() || (row.unit !== undefined && (unitId === undefined || String(idOf(existing.unit)) !== String(unitId)));
    (differs ? changes.changed : changes.unchanged).push(row.email);
  }
  return changes;
}

async function write(
  req: PayloadRequest,
  regionPlan: RegionPlan,
  units: PlannedUnit[],
  accounts: PlannedAccount[],
  unitChanges: Changes,
  accountChanges: Changes,
): Promise<Invitation[]> {
  const base = { overrideAccess: true, depth: 0, req } as const;
  await writeRegions(req, regionPlan);
  const regionIds = await existingRegions(req, units.map((u) => u.row.regionCode));
  const unitIds = new Map((await req.payload.find({ collection: 'units', pagination: false, ...base })).docs.map((u) => [String(u.name), u.id as Id]));

  // Units first without the supervisors they name, which may be created later in the same file.
  const changedUnits = units.filter((u) => !unitChanges.unchanged.includes(u.row.name));
  for (const entry of changedUnits) {
    const data = { ...entry.data, region: regionIds.get(entry.row.regionCode)!.id } as never;
    const saved = entry.existing
      ? await req.payload.update({ collection: 'units', id: entry.existing.id as Id, data, ...base })
      : await req.payload.create({ collection: 'units', data, ...base });
    unitIds.set(entry.row.name, saved.id);
  }
  for (const entry of changedUnits) {
    if (!entry.row.supervisor) continue;
    const supervisor = unitIds.get(entry.row.supervisor);
    if (supervisor === undefined) throw new Error(`主管部门“${entry.row.supervisor}”未找到`);
    await req.payload.update({ collection: 'units', id: unitIds.get(entry.row.name)!, data: { supervisor } as never, ...base });
  }

  const invitations: Invitation[] = [];
  for (const { row, existing } of accounts) {
    if (accountChanges.unchanged.includes(row.email)) continue;
    const data: Record<string, unknown> = { name: row.name, roles: row.roles };
    if (row.unit) data.unit = unitIds.get(row.unit);
    if (existing) {
      await req.payload.update({ collection: 'users', id: existing.id as Id, data: data as never, ...base });
      continue;
    }
    await req.payload.create({ collection: 'users', data: { ...data, email: row.email, password: unusablePassword() } as never, ...base });
    invitations.push(await invite(req, { name: row.name, email: row.email }));
  }
  return invitations;
}
