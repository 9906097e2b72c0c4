import { describe, expect, it } from 'vitest';
import { diffGuides } from './diff-guides.ts';
import { displayValue } from './display.ts';
import { isPublicChange, publicChanges } from './public-changes.ts';
import { publishedGuide } from './__fixtures__/guide.ts';

describe('publicChanges', () => {
  it('lists nothing for a new item: its record says it was newly published', () => {
    const changes = diffGuides(undefined, publishedGuide());
    expect(changes.length).toBeGreaterThan(20);
    expect(publicChanges('add', changes)).toEqual([]);
    // Even when recorded as another kind, the diff of a new item is no list of fields.
    expect(publicChanges('guide', changes)).toEqual([]);
  });

  it('drops internal fields and keeps the guide elements, with their Chinese labels', () => {
    const after = publishedGuide();
    after.unit = { ...after.unit, id: '60', kind: 'institution', phone: '0577-22222222' };
    after.region = { ...after.region, code: '330303', level: 'town' };
    after.materials[0] = { ...after.materials[0]!, id: 'm-1b' };
    after.process[0] = { ...after.process[0]!, id: 's-1b' };
    after.forms = [{ name: '申请表', url: '/media/form.docx', mimeType: 'application/msword', bytes: 2048 }];
    after.hasNormativeDocuments = true;
    const before = publishedGuide();
    before.forms = [{ name: '申请表', url: '/media/form.docx', mimeType: 'application/pdf', bytes: 1024 }];
    const shown = publicChanges('guide', diffGuides(before, after));
    const labels = shown.map((c) => c.label);
    expect(labels).toContain('实施主体 · 联系电话');
    for (const hidden of ['单位编号', '性质', '区划代码', '区划层级', '文件类型', '文件大小', '涉及规范性文件']) {
      expect(labels.join('\n'), hidden).not.toContain(hidden);
    }
    expect(shown.every((c) => /^[\u4e00-\u9fff「]/.test(c.label))).toBe(true);
  });

  it('refuses a field without a Chinese label and a file size anywhere', () => {
    expect(isPublicChange({ path: 'internalNote' })).toBe(false);
    expect(isPublicChange({ path: 'materials[m-1].blankForm.bytes' })).toBe(false);
    expect(isPublicChange({ path: 'materials[m-1].copies' })).toBe(true);
    expect(isPublicChange({ path: 'promisedDays' })).toBe(true);
  });
});

describe('days and copies with their unit', () => {
  it('shows calendar days as 自然日 and sheets as 张, working days and sets by default', () => {
    expect(displayValue('promisedDays', 30, { promisedDayKind: 'calendar' })).toBe('30 个自然日');
    expect(displayValue('statutoryDays', 20, {})).toBe('20 个工作日');
    expect(displayValue('caseTimeLimits.days', 5, { dayKind: 'calendar' })).toBe('5 个自然日');
    expect(displayValue('materials.copies', 2, { copyUnit: 'sheet' })).toBe('2 张');
    expect(displayValue('materials.copies', 1)).toBe('1 份');
  });

  it('reports a changed day kind as one change of the time limit', () => {
    const after = publishedGuide();
    after.promisedDayKind = 'calendar';
    expect(diffGuides(publishedGuide(), after)).toEqual([
      { path: 'promisedDays', label: '承诺办结时限', kind: 'changed', before: '20 个工作日', after: '20 个自然日' },
    ]);
    const same = publishedGuide();
    same.promisedDayKind = 'working';
    expect(diffGuides(publishedGuide(), same)).toEqual([]);
  });
});
