import { describe, expect, it } from 'vitest';
import { missingPersonLabel, personLabel } from './person-label.ts';

describe('personLabel', () => {
  it('names a person with their unit in full-width brackets', () => {
    expect(personLabel({ name: '张三', unitName: '瓯江市民政局' })).toBe('张三（瓯江市民政局）');
  });

  it('never gives a bare name: no unit and no name are said in words', () => {
    expect(personLabel({ name: ' 李四 ', unitName: null })).toBe('李四（未设所属单位）');
    expect(personLabel({ name: '', unitName: '瓯江市民政局' })).toBe('未填姓名（瓯江市民政局）');
  });

  it('names a deleted account by its number', () => {
    expect(missingPersonLabel(3)).toBe('已删除的用户（编号 3）');
  });
});
