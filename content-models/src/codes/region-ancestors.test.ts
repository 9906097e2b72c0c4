import { describe, expect, it } from 'vitest';
import { regionAncestors } from './region-ancestors.ts';

describe('regionAncestors', () => {
  it('lists province, city and county for a county code', () => {
    expect(regionAncestors('330326')).toEqual(['330000', '330300', '330326']);
  });
  it('goes down to the town and village for twelve digits', () => {
    expect(regionAncestors('330326101000')).toEqual(['330000', '330300', '330326', '330326101000']);
    expect(regionAncestors('330326101203')).toEqual(['330000', '330300', '330326', '330326101000', '330326101203']);
  });
  it('keeps each code once for a province or a city', () => {
    expect(regionAncestors('330000')).toEqual(['330000']);
    expect(regionAncestors('330300')).toEqual(['330000', '330300']);
    expect(regionAncestors('330326000000')).toEqual(['330000', '330300', '330326']);
  });
  it('refuses to guess for an ill-formed code', () => {
    expect(regionAncestors('33')).toEqual([]);
    expect(regionAncestors('990326')).toEqual([]);
  });
});
