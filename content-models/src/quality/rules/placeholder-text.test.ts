import { describe, expect, it } from 'vitest';
import { isMissing } from './placeholder-text.ts';

describe('isMissing', () => {
  it('takes blanks and what real guides write for nothing as missing', () => {
    for (const value of [undefined, null, '', '  ', '无', '暂无', '无。', '/', '／', '—', '——', '-', '不详', 'N/A']) {
      expect(isMissing(value)).toBe(true);
    }
  });

  it('keeps real values, even short ones', () => {
    for (const value of ['0', '免费', '无犯罪记录证明', '《婚姻登记条例》', '12345']) {
      expect(isMissing(value)).toBe(false);
    }
  });
});
