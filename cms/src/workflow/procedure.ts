import {
  beijingDay,
  chooseProcedure,
  defaultProcedure,
  defaultProcedureRules,
  procedures,
  type AdjustmentKind,
  type HolidayCalendar,
  type Procedure,
  type ProcedureRule,
} from '@catalog/content-models';
import type { Payload, PayloadRequest } from 'payload';
import { idOf, text, type Doc, type Id } from './docs.ts';
import { cachedRead } from './readCache.ts';

/**
 * Which procedure a case follows. A case records a copy of its procedure (and the version) when it
 * is created, refreshed while it has never been submitted; from then on it follows that copy, so
 * an administrator editing or deactivating a procedure never strands a running case.
 *
 * Choice for a new case: the campaign's procedure (专项工作) first, then the rules of 审核设置
 * (first match; none set → content-models' defaultProcedureRules), then the fallback. The
 * environment variable WORKFLOW_PROCEDURE, when set, is the fallback's code; it no longer forces
 * one procedure on every case.
 */

export interface ChosenProcedure {
  docId?: Id;
  code: string;
  version: number;
  procedure: Procedure;
}

/** The fallback code: WORKFLOW_PROCEDURE when it names a shipped procedure, else 两报两审. */
export function fallbackCode(value: string | undefined = process.env.WORKFLOW_PROCEDURE): string {
  if (!value) return defaultProcedure.id;
  if (!procedures[value]) {
    throw new Error(`环境变量 WORKFLOW_PROCEDURE 的值“${value}”不是已知的审核流程。可接受：${Object.keys(procedures).join('、')}。`);
  }
  return value;
}

function fromDoc(doc: Doc): ChosenProcedure {
  const definition = (doc.definition ?? {}) as Omit<Procedure, 'id' | 'name'>;
  const code = String(doc.code);
  return { docId: idOf(doc.id), code, version: Number(doc.version ?? 1), procedure: { ...definition, id: code, name: String(doc.name) } };
}

function shipped(code: string): ChosenProcedure {
  const procedure = procedures[code] ?? procedures[fallbackCode()] ?? defaultProcedure;
  return { code: procedure.id, version: 0, procedure };
}

/** The procedures stored in the CMS, by code (an edited copy wins over the shipped one). */
async function storedProcedures(req: PayloadRequest | { payload: Payload }): Promise<Map<string, Doc>> {
  const read = async () => {
    const found = await req.payload.find({ collection: 'workflow-procedures', depth: 0, limit: 0, pagination: false, overrideAccess: true, ...('context' in req ? { req } : {}) });
    return found.docs as unknown as Doc[];
  };
  const docs = await cachedRead(req, 'stable', 'workflow-procedures', read);
  return new Map(docs.map((doc) => [String(doc.code), doc]));
}

function byCode(stored: Map<string, Doc>, code: string): ChosenProcedure {
  const doc = stored.get(code);
  return doc && doc.active !== false ? fromDoc(doc) : shipped(code);
}

async function settings(req: PayloadRequest): Promise<Doc> {
  return cachedRead(req, 'stable', 'workflow-settings', async () => (await req.payload.findGlobal({ slug: 'workflow-settings', depth: 0, overrideAccess: true, req }).catch(() => ({}))) as Doc);
}

export interface CaseFacts {
  campaign?: unknown;
  kind: AdjustmentKind;
  contactOnly: boolean;
}

export async function chooseProcedureFor(req: PayloadRequest, facts: CaseFacts): Promise<ChosenProcedure> {
  const stored = await storedProcedures(req);
  const codeOfDoc = (value: unknown): string | undefined => {
    const id = idOf(value);
    const doc = id === undefined ? undefined : [...stored.values()].find((d) => String(d.id) === String(id));
    return doc && doc.active !== false ? String(doc.code) : undefined;
  };
  const campaignId = idOf(facts.campaign);
  const campaign =
    campaignId === undefined
      ? null
      : await cachedRead(req, 'stable', `campaigns:${String(campaignId)}`, async () => (await req.payload.findByID({ collection: 'campaigns', id: campaignId, depth: 0, overrideAccess: true, req }).catch(() => null)) as Doc | null);
  const config = await settings(req);
  const configured = Array.isArray(config.rules) ? (config.rules as Doc[]) : [];
  const rules: ProcedureRule[] = configured.length
    ? configured.flatMap((rule) => {
        const procedureId = codeOfDoc(rule.procedure);
        if (!procedureId) return [];
        const kinds = Array.isArray(rule.kinds) && rule.kinds.length > 0 ? (rule.kinds as AdjustmentKind[]) : undefined;
        return [{ procedureId, ...(kinds ? { kinds } : {}), ...(rule.contactOnly ? { contactOnly: true } : {}) }];
      })
    : defaultProcedureRules;
  const campaignProcedureId = campaign ? codeOfDoc(campaign.procedure) : undefined;
  const code = chooseProcedure(
    rules,
    { kind: facts.kind, contactOnly: facts.contactOnly, ...(campaignProcedureId ? { campaignProcedureId } : {}) },
    codeOfDoc(config.fallbackProcedure) ?? fallbackCode(),
  );
  return byCode(stored, code);
}

/** The fallback procedure (WORKFLOW_PROCEDURE or 两报两审): what a case with no recorded procedure follows. */
export function activeProcedure(): Procedure {
  return procedures[fallbackCode()] ?? defaultProcedure;
}

/** The adjustment's own copy of its procedure; cases from before procedures were recorded follow the fallback. */
export function procedureOf(adjustment: Doc): Procedure {
  const snapshot = adjustment.procedureSnapshot as Procedure | null | undefined;
  if (snapshot && typeof snapshot === 'object' && Array.isArray(snapshot.stages) && snapshot.stages.length > 0) return snapshot;
  const code = text(adjustment.procedureCode);
  return (code ? procedures[code] : undefined) ?? activeProcedure();
}

/** The adjustment fields that record a chosen procedure. */
export function procedureFields(chosen: ChosenProcedure): Doc {
  return { procedure: chosen.docId ?? null, procedureCode: chosen.code, procedureVersion: chosen.version, procedureSnapshot: chosen.procedure };
}

/** Every procedure a case may follow (stored and shipped): access rules look up stage ids by role. */
export async function knownProcedures(req: PayloadRequest | { payload: Payload }): Promise<Procedure[]> {
  const stored = await storedProcedures(req);
  const list = [...stored.values()].map((doc) => fromDoc(doc).procedure);
  for (const procedure of Object.values(procedures)) if (!stored.has(procedure.id)) list.push(procedure);
  return list;
}

/** 节假日安排 as content-models' calendar (Beijing dates). */
export async function holidayCalendar(req: PayloadRequest | { payload: Payload }): Promise<HolidayCalendar> {
  const inTransaction = 'context' in req ? { req } : {};
  const read = async () => (await req.payload.findGlobal({ slug: 'holiday-calendar', depth: 0, overrideAccess: true, ...inTransaction }).catch(() => ({}))) as Doc;
  const doc = await cachedRead(req, 'stable', 'holiday-calendar', read);
  const dates = (rows: unknown) => (Array.isArray(rows) ? (rows as Doc[]).map((row) => text(row.date)).filter((d): d is string => d !== undefined) : []);
  return { holidays: dates(doc.holidays).map((d) => beijingDay(d)), workdays: dates(doc.workdays).map((d) => beijingDay(d)) };
}
