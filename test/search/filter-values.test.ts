import { describe, expect, it } from 'vitest';
import { matchingValues } from '../../site/src/search/filter-values.ts';

const UNITS = ['江心区民政局', '南塘区民政局', '江心区公安局', '瓯江市民政局', '江心区'];

describe('matchingValues (地区/部门 typed filters)', () => {
  it('takes every name containing the typed part', () => {
    expect(matchingValues(UNITS, '民政局')).toEqual(['江心区民政局', '南塘区民政局', '瓯江市民政局']);
    expect(matchingValues(UNITS, '江心区公')).toEqual(['江心区公安局']);
  });

  it('an exact name picks that value only, not the longer names containing it', () => {
    expect(matchingValues(UNITS, '江心区')).toEqual(['江心区']);
  });

  it('ignores spaces, width and case; nothing typed or nothing found gives no values', () => {
    expect(matchingValues(['ABC 服务中心'], ' ａｂｃ服务 ')).toEqual(['ABC 服务中心']);
    expect(matchingValues(UNITS, '  ')).toEqual([]);
    expect(matchingValues(UNITS, '税务局')).toEqual([]);
  });
});
