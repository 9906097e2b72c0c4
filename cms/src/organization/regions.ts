import { regionLevelOfCode, validateRegionCode, validateRegionParent, type RegionCodeLevel } from '@catalog/content-models/codes/index.ts';
import { defaultDownTo, divisionLevelLabel, divisionPrefix, levelOrder, selectScope, type Division } from '@catalog/content-models/organization/index.ts';
import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload, type PayloadRequest } from 'payload';
import { idOf, type Doc, type Id } from '../workflow/docs.ts';
import { organizationRight } from './access.ts';
import { nationalDataVersion, readNationalDivisions } from './nationalDivisions.ts';

export type RegionLoadMode = 'dry-run' | 'load';

export interface RegionLoadOptions {
  /** The county (or city, province, town) to load, with its ancestors. */
  code: string;
  /** The lowest level loaded below it; by default villages under a county or town, towns under a city, counties under a province. */
  downTo?: RegionCodeLevel;
  mode: RegionLoadMode;
}

export interface RegionLoadReport {
  /** passed: dry run; loaded: committed (possibly nothing to do); failed: refused, nothing written. */
  status: 'passed' | 'loaded' | 'failed';
  message: string;
  /** Regions in the chosen scope. */
  total: number;
  added: string[];
  /** Existing regions that had no parent and got one. */
  linked: string[];
  unchanged: number;
  /** Existing regions that differ from the national data (kept as they are). */
  warnings: string[];
  dataVersion: string;
}

/** Most regions one load may write: a county with its villages is about 500, a city with its towns about 200. */
export const maxRegionsPerLoad = 20_000;

const failed = (message: string): RegionLoadReport => ({ status: 'failed', message, total: 0, added: [], linked: [], unchanged: 0, warnings: [], dataVersion: nationalDataVersion });

interface ExistingRegion {
  id: Id;
  name: string;
  level: string;
  parent: Id | null;
}

export interface RegionPlan {
  create: Division[];
  link: { division: Division; id: Id }[];
  unchanged: number;
  warnings: string[];
}

const chunk = <T>(list: T[], size: number): T[][] => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));

export async function existingRegions(req: PayloadRequest, codes: string[]): Promise<Map<string, ExistingRegion>> {
  const found = new Map<string, ExistingRegion>();
  for (const part of chunk([...new Set(codes)], 500)) {
    const result = await req.payload.find({ collection: 'regions', where: { code: { in: part } }, depth: 0, pagination: false, overrideAccess: true, req });
    for (const doc of result.docs as unknown as Doc[]) {
      found.set(String(doc.code), { id: doc.id as Id, name: String(doc.name), level: String(doc.level), parent: (idOf(doc.parent) as Id | undefined) ?? null });
    }
  }
  return found;
}

/**
 * What loading these divisions (parents first) would do: create the missing ones, give a parent to
 * existing ones that have none. Existing regions are never renamed or moved: an administrator may
 * have named them as the county does (a differing name is reported).
 */
export async function planRegions(req: PayloadRequest, divisions: Division[]): Promise<RegionPlan> {
  const existing = await existingRegions(req, divisions.map((d) => d.code));
  const plan: RegionPlan = { create: [], link: [], unchanged: 0, warnings: [] };
  for (const division of divisions) {
    const code = validateRegionCode(division.code);
    if (!code.ok) throw new Error(`国家区划数据有误：${code.message}`);
    if (division.parentCode) {
      const parent = validateRegionParent(division.code, division.parentCode);
      if (!parent.ok) throw new Error(`国家区划数据有误：${parent.message}`);
    }
    const found = existing.get(division.code);
    if (!found) {
      plan.create.push(division);
      continue;
    }
    if (found.name !== division.name) plan.warnings.push(`区划“${division.code}”在系统中名为“${found.name}”，国家区划数据为“${division.name}”：保留系统中的名称`);
    if (found.level !== division.level) plan.warnings.push(`区划“${division.code}”在系统中的层级为“${found.level}”，按代码应为${divisionLevelLabel(division.level)}：请核对`);
    const parentId = division.parentCode ? existing.get(division.parentCode)?.id : undefined;
    if (found.parent === null && division.parentCode) {
      plan.link.push({ division, id: found.id });
    } else if (division.parentCode && parentId !== undefined && String(found.parent) !== String(parentId)) {
      plan.warnings.push(`区划“${division.code}”${found.name}在系统中的上级与国家区划数据不同：保留系统中的上级`);
      plan.unchanged += 1;
    } else {
      plan.unchanged += 1;
    }
  }
  return plan;
}

/** Writes a plan inside the request's open transaction; returns the codes created and linked. */
export async function writeRegions(req: PayloadRequest, plan: RegionPlan): Promise<{ added: string[]; linked: string[] }> {
  const ids = await existingRegions(req, [...plan.create, ...plan.link.map((l) => l.division)].flatMap((d) => (d.parentCode ? [d.parentCode] : [])));
  const idOfCode = (code: string | undefined) => (code === undefined ? undefined : ids.get(code)?.id);
  const base = { overrideAccess: true, depth: 0, req } as const;
  for (const division of plan.create) {
    const created = await req.payload.create({
      collection: 'regions',
      data: { name: division.name, code: division.code, level: division.level, parent: idOfCode(division.parentCode) ?? null } as never,
      ...base,
    });
    ids.set(division.code, { id: created.id, name: division.name, level: division.level, parent: null });
  }
  for (const { division, id } of plan.link) {
    const parent = idOfCode(division.parentCode);
    if (parent !== undefined) await req.payload.update({ collection: 'regions', id, data: { parent } as never, ...base });
  }
  return { added: plan.create.map((d) => d.code), linked: plan.link.map((l) => l.division.code) };
}

/** Runs `write` in one transaction on `req`: all of it is kept, or none. */
export async function inTransaction<T>(req: PayloadRequest, write: () => Promise<T>): Promise<T> {
  const shouldCommit = await initTransaction(req);
  try {
    const result = await write();
    if (shouldCommit) await commitTransaction(req);
    return result;
  } catch (error) {
    await killTransaction(req);
    throw error;
  }
}

/**
 * Loads a region of the national division codes with its ancestors and its descendants down to a
 * chosen level, in one transaction. Re-running it changes nothing. `user` undefined: the server
 * operator (command line); otherwise only an administrator.
 */
export async function loadRegions(payload: Payload, user: (Doc & { id: Id }) | undefined, options: RegionLoadOptions): Promise<RegionLoadReport> {
  if (user) {
    const right = organizationRight(user);
    if (!right.ok) return failed(right.message);
  }
  const code = options.code.trim();
  const check = validateRegionCode(code);
  if (!check.ok) return failed(check.message);
  const level = regionLevelOfCode(code)!;
  const downTo = options.downTo ?? defaultDownTo(level);
  if (levelOrder.indexOf(downTo) < levelOrder.indexOf(level)) {
    return failed(`载入范围有误：“${code}”是${divisionLevelLabel(level)}区划，下级层级应不高于它，收到“${divisionLevelLabel(downTo)}”`);
  }
  const low = levelOrder.indexOf(downTo) >= levelOrder.indexOf('town') || levelOrder.indexOf(level) >= levelOrder.indexOf('town');
  const divisions = await readNationalDivisions(low ? [divisionPrefix(code)] : []);
  const scope = selectScope(divisions, code, downTo);
  if (!scope) return failed(`国家区划数据（${nationalDataVersion}）中没有代码“${code}”：请核对代码；新设立的区划可在“行政区划”中手工添加`);
  if (scope.length > maxRegionsPerLoad) {
    return failed(`“${code}”下至${divisionLevelLabel(downTo)}共有 ${scope.length} 个区划，超过一次载入的上限 ${maxRegionsPerLoad}：请选择更小的范围（如一个县）或更高的下级层级`);
  }
  const req = await createLocalReq(user ? { user: { ...user, collection: 'users' } as never } : {}, payload);
  const plan = await planRegions(req, scope);
  const name = scope.find((d) => d.code === code)!.name;
  const summary = (verb: string) => `${name}（${code}）下至${divisionLevelLabel(downTo)}共 ${scope.length} 个区划：${verb}新增 ${plan.create.length} 个，补上级 ${plan.link.length} 个，未变 ${plan.unchanged} 个`;
  const report = { total: scope.length, unchanged: plan.unchanged, warnings: plan.warnings, dataVersion: nationalDataVersion };
  if (options.mode === 'dry-run') {
    return { ...report, status: 'passed', message: `${summary('将')}（试运行，未写入任何内容）。`, added: plan.create.map((d) => d.code), linked: plan.link.map((l) => l.division.code) };
  }
  const written = await inTransaction(req, () => writeRegions(req, plan));
  return { ...report, status: 'loaded', message: `${summary('')}。`, ...written };
}
