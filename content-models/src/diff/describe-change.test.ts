import { describe, expect, it } from 'vitest';
import { describeChange } from './describe-change.ts';

describe('describeChange', () => {
  it('says what a field was and what it is now', () => {
    expect(describeChange({ path: 'promisedDays', label: '承诺办结时限', kind: 'changed', before: '10', after: '5' })).toBe('承诺办结时限：由“10”改为“5”');
  });

  it('says 空 for a side that had no value', () => {
    expect(describeChange({ path: 'feeNote', label: '收费说明', kind: 'changed', after: '免费' })).toBe('收费说明：由“空”改为“免费”');
  });

  it('names what was added or removed, and still says 新增 / 删除 without a value', () => {
    expect(describeChange({ path: 'materials[m1]', label: '申请材料「身份证」', kind: 'added', after: '身份证' })).toBe('申请材料「身份证」：新增“身份证”');
    expect(describeChange({ path: 'materials[m2]', label: '申请材料「户口簿」', kind: 'removed', before: '户口簿' })).toBe('申请材料「户口簿」：删除“户口簿”');
    expect(describeChange({ path: 'aliases', label: '别名（俗称）', kind: 'removed' })).toBe('别名（俗称）：删除');
  });
});
