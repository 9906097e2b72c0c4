/**
 * The workflow's clock. Consultation windows last days and effective dates lie ahead, so tests
 * move this clock instead of waiting; production never sets it and reads the system time.
 */
let clock: () => Date = () => new Date();

export function workflowNow(): Date {
  return clock();
}

/** Replaces the clock (tests); call with no argument to return to the system time. */
export function setWorkflowClock(next?: () => Date): void {
  clock = next ?? (() => new Date());
}
