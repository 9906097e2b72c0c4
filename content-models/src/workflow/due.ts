import { addDays, type HolidayCalendar } from '../time/working-days.ts';
import type { DueStatus } from '../vocabularies/index.ts';
import { consultationWindowFor, noHolidays } from './consultation.ts';
import type { Stage, WorkflowState } from './types.ts';

/**
 * 办理时限 of the stage a case is at: counted from entering the stage, or from the close of its
 * public consultation, since reviewers cannot decide while the public is still being heard.
 */
export function stageDueAt(stage: Stage, state: WorkflowState, calendar: HolidayCalendar = noHolidays): string | undefined {
  if (stage.due === undefined || state.stageEnteredAt === undefined) return undefined;
  const closesAt = consultationWindowFor(stage, state, calendar)?.closesAt;
  // A consultation closes at 00:00 Beijing after its last day; that last day is the starting day
  // not counted, so the time limit runs from the next day on, not from the one after.
  const from = closesAt === undefined ? state.stageEnteredAt : new Date(Date.parse(closesAt) - 1);
  return addDays(from, stage.due.days, stage.due.dayKind, calendar);
}

/** 按期 / 即将到期 (due by the end of the next working day) / 已超期, for lists and reminders. */
export function dueStatus(dueAt: string | undefined, now: Date, calendar: HolidayCalendar = noHolidays): DueStatus {
  if (dueAt === undefined) return 'none';
  const due = Date.parse(dueAt);
  if (now.getTime() >= due) return 'overdue';
  return due <= Date.parse(addDays(now, 1, 'working', calendar)) ? 'due-soon' : 'on-time';
}
