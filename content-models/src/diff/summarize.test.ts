import { describe, expect, it } from 'vitest';
import { diffGuides } from './diff-guides.ts';
import { summarizeChanges } from './summarize.ts';
import { publishedGuide } from './__fixtures__/guide.ts';

describe('summarizeChanges', () => {
  it('names changed fields in guide order, with counts for lists', () => {
    const after = publishedGuide();
    after.materials.splice(0, 1);
    after.materials.push({ ...after.materials[0]!, id: 'm-9', name: '居民身份证' });
    after.promisedDays = 15;
    expect(summarizeChanges(diffGuides(publishedGuide(), after))).toBe('变更了申请材料（新增1项、删除1项）、承诺办结时限');
  });

  it('counts a record with several changed fields once, and mentions a reorder', () => {
    const after = publishedGuide();
    after.materials[1] = { ...after.materials[1]!, copies: 2, forms: ['original'] };
    after.process.reverse();
    after.unit = { ...after.unit, phone: '0577-22222222', address: '新址' };
    expect(summarizeChanges(diffGuides(publishedGuide(), after))).toBe('变更了实施主体、申请材料（修改1项）、办理流程（调整顺序）');
  });

  it('announces a new item by name instead of listing every field', () => {
    expect(summarizeChanges(diffGuides(undefined, publishedGuide()))).toBe('新增事项「最低生活保障审批」');
  });

  it('does not name internal fields (the unit number, record ids)', () => {
    const after = publishedGuide();
    after.unit = { ...after.unit, id: '60' };
    after.materials[0] = { ...after.materials[0]!, id: 'm-1b' };
    expect(summarizeChanges(diffGuides(publishedGuide(), after))).toBe('变更了申请材料（新增1项、删除1项）');
    const renumbered = publishedGuide();
    renumbered.unit = { ...renumbered.unit, id: '60' };
    expect(summarizeChanges(diffGuides(publishedGuide(), renumbered))).toBe('无内容变更');
  });

  it('says so when nothing changed', () => {
    expect(summarizeChanges([])).toBe('无内容变更');
  });
});
