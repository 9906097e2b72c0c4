import { addDays, type HolidayCalendar } from '../time/working-days.ts';
import type { Stage, WorkflowState } from './types.ts';

export const noHolidays: HolidayCalendar = Object.freeze({ holidays: [], workdays: [] }) as HolidayCalendar;

/** A stage that consults the public (征求意见) before it decides. */
export function isConsultationStage(stage: Stage): boolean {
  return (stage.consultation?.days ?? 0) > 0;
}

/**
 * The public consultation window of a stage entered at `startedAt`: it closes at the end of the
 * last day of the period in Beijing time, counted in the stage's working or calendar days.
 */
export function consultationWindow(
  stage: Stage,
  startedAt: Date | string,
  calendar: HolidayCalendar = noHolidays,
): { opensAt: string; closesAt: string } | undefined {
  if (stage.consultation === undefined || stage.consultation.days <= 0) return undefined;
  return {
    opensAt: new Date(startedAt).toISOString(),
    closesAt: addDays(startedAt, stage.consultation.days, stage.consultation.dayKind, calendar),
  };
}

/**
 * The window of the case's current entry into the stage; none once the consultation has run its
 * full period in an earlier round (state.consulted), because the public is not asked twice.
 */
export function consultationWindowFor(
  stage: Stage,
  state: WorkflowState,
  calendar: HolidayCalendar = noHolidays,
): { opensAt: string; closesAt: string } | undefined {
  if (state.stageEnteredAt === undefined || state.consulted?.includes(stage.id)) return undefined;
  return consultationWindow(stage, state.stageEnteredAt, calendar);
}

/** `consulted` after a decision at `stage` at `now`: the stage joins it once its window has closed. */
export function consultedAfter(stage: Stage, state: WorkflowState, now: Date, calendar: HolidayCalendar): string[] | undefined {
  const window = consultationWindowFor(stage, state, calendar);
  if (window === undefined || now.getTime() < Date.parse(window.closesAt)) return state.consulted;
  return [...(state.consulted ?? []), stage.id];
}
