import { describe, expect, it } from 'vitest';
import type { Material } from '../../guide/guide-schema.ts';
import { completeGuide, guideWith } from '../test-fixtures/complete-guide.ts';
import { duplicateMaterialsRule, normalisedMaterialName } from './duplicate-materials.ts';

const material = (name: string, extra: Partial<Material> = {}): Material => ({
  id: `m-${name}`, name, forms: [], necessity: 'required', obtainableBySharing: false, demandedFromApplicant: true, ...extra,
});

describe('duplicate-materials rule (重复提交材料)', () => {
  it('passes a guide whose materials differ', () => {
    expect(duplicateMaterialsRule.check(completeGuide)).toEqual([]);
  });

  it('refuses the same material listed twice', () => {
    expect(duplicateMaterialsRule.check(guideWith((g) => g.materials.push(material('从业人员健康合格证明'))))).toEqual([
      {
        rule: 'duplicate-materials',
        severity: 'error',
        path: 'materials.3.name',
        message: '第 4 项申请材料“从业人员健康合格证明”与第 2 项同名：同一材料只列一次，不得要求申请人重复提交，请删除重复项',
      },
    ]);
  });

  it('finds the same name written with other spaces, brackets or width', () => {
    const guide = guideWith((g) => {
      g.materials.push(material('居民身份证（原件）'), material('居民身份证 (原件)'), material('居民身份证【原件】'));
    });
    expect(duplicateMaterialsRule.check(guide).map((f) => [f.path, f.message])).toEqual([
      ['materials.4.name', expect.stringContaining('与第 4 项“居民身份证（原件）”是同一材料')],
      ['materials.5.name', expect.stringContaining('与第 4 项“居民身份证（原件）”是同一材料')],
    ]);
    expect(normalisedMaterialName(' 《营业执照》 ')).toBe(normalisedMaterialName('营业执照'));
    expect(normalisedMaterialName('居民身份证（原件）')).not.toBe(normalisedMaterialName('居民身份证（复印件）'));
  });

  it('only warns when a repeat may belong to another case', () => {
    const guide = guideWith((g) => g.materials.push(material('从业人员健康合格证明', { necessity: 'conditional' })));
    expect(duplicateMaterialsRule.check(guide)).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'materials.3.name', message: expect.stringContaining('如属不同情形') }),
    ]);
  });

  it('does not count a material the applicant no longer hands in', () => {
    const guide = guideWith((g) => g.materials.push(material('营业执照')));
    // The fixture's 营业执照 is already obtained by sharing; only one listing is demanded.
    expect(guide.materials[2]!.demandedFromApplicant).toBe(false);
    expect(duplicateMaterialsRule.check(guide)).toEqual([]);
  });
});
