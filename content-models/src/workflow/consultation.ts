import type { Stage } from './types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A stage that consults the public (征求意见) before it decides. */
export function isConsultationStage(stage: Stage): boolean {
  return (stage.consultationDays ?? 0) > 0;
}

/**
 * The public consultation window of a stage entered at `startedAt`. Calendar days, not working
 * days: the seeds give consultation periods as plain days and a holiday calendar is not at hand.
 */
export function consultationWindow(stage: Stage, startedAt: Date | string): { opensAt: string; closesAt: string } | undefined {
  if (!isConsultationStage(stage)) return undefined;
  const opens = new Date(startedAt);
  const closes = new Date(opens.getTime() + (stage.consultationDays ?? 0) * DAY_MS);
  return { opensAt: opens.toISOString(), closesAt: closes.toISOString() };
}
