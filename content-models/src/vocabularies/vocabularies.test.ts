import { describe, expect, it } from 'vitest';
import { defineVocabulary, itemTypes, levels, onlineDepths, serviceCategories, roles } from './index.ts';

describe('vocabularies', () => {
  it('carries the national item-type codes with Chinese labels', () => {
    expect(itemTypes.label('01')).toBe('行政许可');
    expect(itemTypes.label('20')).toBe('公共服务');
    expect(itemTypes.has('11')).toBe(false);
  });

  it('has exactly the twelve service categories', () => {
    expect(serviceCategories.codes).toHaveLength(12);
    expect(serviceCategories.terms.map((t) => t.label)).toContain('就业创业和职业技能培训');
  });

  it('numbers levels 1 to 6 and online depth 1 to 8', () => {
    expect(levels.codes).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(onlineDepths.codes).toHaveLength(8);
  });

  it('offers select options in code order', () => {
    expect(roles.options()[0]).toEqual({ value: 'editor', label: '部门填报员' });
  });

  it('refuses duplicate codes', () => {
    expect(() => defineVocabulary([{ code: 'a', label: 'A' }, { code: 'a', label: 'B' }])).toThrow();
  });
});
