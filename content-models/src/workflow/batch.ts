import type { HolidayCalendar } from '../time/working-days.ts';
import { noHolidays } from './consultation.ts';
import { refusals } from './refusals.ts';
import { decide } from './transitions.ts';
import type { Actor, DecisionInput, Procedure, RefusalCode, ReviewRecord, WorkflowState, WorkflowSubject } from './types.ts';

export interface BatchCase {
  key: string; // the caller's id of the case, echoed in results and failures
  procedure: Procedure;
  state: WorkflowState;
  subject: WorkflowSubject;
}

export type BatchResult =
  | { ok: true; results: { key: string; state: WorkflowState; record: ReviewRecord }[] }
  | { ok: false; failures: { key: string; reason: string; code: RefusalCode }[] };

/**
 * 批量审核: one decision on many cases, all or nothing, so a reviewer never has to work out which
 * half of a batch went through. Every refusal is reported, not just the first, so all can be fixed
 * in one go.
 */
export function decideBatch(
  cases: readonly BatchCase[],
  actor: Actor,
  input: DecisionInput,
  now: Date,
  calendar: HolidayCalendar = noHolidays,
): BatchResult {
  if (cases.length === 0) {
    const { reason, code } = refusals.emptyBatch();
    return { ok: false, failures: [{ key: '', reason, code }] };
  }
  const outcomes = cases.map((c) => ({ key: c.key, result: decide(c.procedure, c.state, c.subject, actor, input, now, calendar) }));
  const failures = outcomes.flatMap(({ key, result }) => (result.ok ? [] : [{ key, reason: result.reason, code: result.code }]));
  if (failures.length > 0) return { ok: false, failures };
  return { ok: true, results: outcomes.flatMap(({ key, result }) => (result.ok ? [{ key, state: result.state, record: result.record }] : [])) };
}
