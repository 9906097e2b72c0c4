import { describe, expect, it } from 'vitest';
import { proposesForUnit } from './proposers.ts';

describe('proposesForUnit', () => {
  it('lets a unit\'s editor and head file adjustments for their unit', () => {
    expect(proposesForUnit({ roles: ['editor'], unit: 4 })).toBe(true);
    expect(proposesForUnit({ roles: ['unit-head'], unit: { id: 4 } })).toBe(true);
  });

  it('offers nothing to reviewers, to staff without a unit, or to nobody', () => {
    expect(proposesForUnit({ roles: ['reviewer'], unit: 4 })).toBe(false);
    expect(proposesForUnit({ roles: ['editor'], unit: null })).toBe(false);
    expect(proposesForUnit({ roles: ['admin'] })).toBe(false);
    expect(proposesForUnit(null)).toBe(false);
  });
});
