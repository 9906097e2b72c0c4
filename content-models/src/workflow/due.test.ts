import { describe, expect, it } from 'vitest';
import { dueStatus, stageDueAt } from './due.ts';
import { twoReportsTwoReviews as procedure } from './procedures.ts';
import type { Stage, WorkflowState } from './types.ts';

const stage = (id: string): Stage => procedure.stages.find((s) => s.id === id)!;
const none = { holidays: [], workdays: [] };
/** Entered Monday 2 March 2026, 09:00 Beijing. */
const entered: WorkflowState = { status: 'in-review', stageId: 'first-review', round: 1, stageEnteredAt: '2026-03-02T01:00:00.000Z' };
const midnightBeijing = (date: string) => new Date(`${date}T00:00:00+08:00`).toISOString();

describe('stageDueAt (办理时限)', () => {
  it('counts five working days from entering a review stage', () => {
    expect(stageDueAt(stage('first-review'), entered, none)).toBe(midnightBeijing('2026-03-10'));
  });

  it('skips holidays in the calendar', () => {
    expect(stageDueAt(stage('first-review'), entered, { holidays: ['2026-03-03'], workdays: [] })).toBe(midnightBeijing('2026-03-11'));
  });

  it('counts from the close of the consultation at a consultation stage, unless it was held before', () => {
    const atSecondReview = { ...entered, stageId: 'second-review' };
    // Consultation to the end of 9 March, then five working days: 10–13 and 16 March.
    expect(stageDueAt(stage('second-review'), atSecondReview, none)).toBe(midnightBeijing('2026-03-17'));
    expect(stageDueAt(stage('second-review'), { ...atSecondReview, consulted: ['second-review'] }, none)).toBe(midnightBeijing('2026-03-10'));
  });

  it('has no due date without a time limit or an entry time', () => {
    expect(stageDueAt(stage('unit-head'), entered, none)).toBeUndefined();
    expect(stageDueAt(stage('first-review'), { status: 'in-review', stageId: 'first-review', round: 1 }, none)).toBeUndefined();
  });
});

describe('dueStatus', () => {
  const due = midnightBeijing('2026-03-10'); // end of Monday 9 March
  it('is on time until the last working day before, due soon then, overdue after', () => {
    expect(dueStatus(undefined, new Date('2026-03-05T09:00:00+08:00'), none)).toBe('none');
    expect(dueStatus(due, new Date('2026-03-05T09:00:00+08:00'), none)).toBe('on-time');
    // Friday: the next working day is Monday, the last day.
    expect(dueStatus(due, new Date('2026-03-06T09:00:00+08:00'), none)).toBe('due-soon');
    expect(dueStatus(due, new Date('2026-03-09T23:59:00+08:00'), none)).toBe('due-soon');
    expect(dueStatus(due, new Date('2026-03-10T00:00:00+08:00'), none)).toBe('overdue');
  });

  it('reads a 调休 weekend day as the next working day', () => {
    expect(dueStatus(due, new Date('2026-03-05T09:00:00+08:00'), { holidays: [], workdays: ['2026-03-07'] })).toBe('on-time');
    expect(dueStatus(due, new Date('2026-03-05T09:00:00+08:00'), { holidays: ['2026-03-06'], workdays: [] })).toBe('due-soon');
  });
});
