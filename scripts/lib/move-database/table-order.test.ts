import { describe, expect, it } from 'vitest';
import { fillOrder, rowsPerInsert } from './table-order.ts';

describe('fillOrder', () => {
  it('puts every referenced table before the tables that point to it', () => {
    const order = fillOrder([
      { name: 'review_records', references: ['adjustments', 'users', 'units'] },
      { name: 'adjustments', references: ['units', 'users', 'implementations'] },
      { name: 'implementations', references: ['units', 'regions'] },
      { name: 'users', references: ['units'] },
      { name: 'units', references: ['regions', 'units'] },
      { name: 'regions', references: ['regions'] },
    ]);
    expect(order).toEqual(['regions', 'units', 'implementations', 'users', 'adjustments', 'review_records']);
  });

  it('ignores references to itself and to tables outside the list (not copied)', () => {
    expect(fillOrder([{ name: 'b', references: ['b', 'payload_locked_documents'] }, { name: 'a', references: [] }])).toEqual(['a', 'b']);
  });

  it('refuses a cycle between tables, naming them', () => {
    expect(() => fillOrder([{ name: 'a', references: ['b'] }, { name: 'b', references: ['a'] }, { name: 'c', references: [] }])).toThrow(/循环.*a、b/);
  });
});

it('rowsPerInsert keeps an INSERT under PostgreSQL’s parameter limit', () => {
  expect(rowsPerInsert(47)).toBe(1394);
  expect(47 * rowsPerInsert(47)).toBeLessThanOrEqual(65_535);
  expect(rowsPerInsert(100_000)).toBe(1);
});
