import { expect, it } from 'vitest';
import { countDifferences, describeCount } from './document-counts.ts';

const guides = { slug: 'implementations', label: '实施清单与办事指南', docs: 150, versions: 152 };
const settings = { slug: 'site-settings', label: '站点设置' };

it('countDifferences names each collection whose documents or versions differ, and nothing else', () => {
  expect(countDifferences([guides, settings], [guides, settings])).toEqual([]);
  expect(countDifferences([guides, settings], [{ ...guides, versions: 151 }, settings])).toEqual(['实施清单与办事指南（implementations）：源 150 条/152 个版本，目标 150 条/151 个版本']);
  expect(countDifferences([guides], [])).toHaveLength(1);
});

it('describeCount reads as the report prints it', () => {
  expect(describeCount(guides)).toBe('实施清单与办事指南（implementations）：150 条，版本 152 个');
  expect(describeCount(settings)).toBe('站点设置（site-settings，全局设置）');
});
