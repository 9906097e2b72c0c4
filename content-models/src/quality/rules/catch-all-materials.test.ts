import { describe, expect, it } from 'vitest';
import { checkGuide } from '../check-guide.ts';
import { completeGuide, guideWith } from '../test-fixtures/complete-guide.ts';
import { catchAllMaterialsRule, isCatchAll } from './catch-all-materials.ts';

const withExtra = (name: string, requirements?: string) =>
  guideWith((g) => g.materials.push({ id: 'm-extra', name, requirements, forms: [], necessity: 'required', obtainableBySharing: false, demandedFromApplicant: true }));

describe('catch-all-materials rule (兜底材料)', () => {
  it('passes a guide whose materials are all named', () => {
    expect(catchAllMaterialsRule.check(completeGuide)).toEqual([]);
  });

  it('refuses 兜底 materials as real guides word them', () => {
    for (const name of ['其他相关材料', '其他需要提供的材料', '审批机关认为需要的其他材料', '法律、法规规定的其他材料', '其他证明材料', '其它有关资料', '根据实际需要补充的材料']) {
      expect(catchAllMaterialsRule.check(withExtra(name))).toEqual([
        { rule: 'catch-all-materials', severity: 'error', path: 'materials.3.name', message: expect.stringContaining(`申请材料“${name}”是兜底材料：除办事指南明确的条件外不得自行增加办事要求`) },
      ]);
    }
  });

  it('refuses a 兜底 clause in a material\'s requirements', () => {
    expect(catchAllMaterialsRule.check(withExtra('营业执照复印件', '复印件一份；以及审批机关认为需要的其他材料。'))).toEqual([
      expect.objectContaining({ path: 'materials.3.requirements', message: expect.stringContaining('材料要求“以及审批机关认为需要的其他材料”是兜底条款') }),
    ]);
  });

  it('does not take named materials that say 其他 for 兜底', () => {
    for (const name of ['其他共有人身份证明', '其他家庭成员户口簿', '其他股东的出资证明书', '委托书（视情况提供）']) {
      expect(isCatchAll(name)).toBe(false);
    }
    expect(catchAllMaterialsRule.check(withExtra('申请表', '无需提供其他相关材料'))).toEqual([]);
  });

  it('leaves alone a material the applicant no longer hands in', () => {
    const guide = withExtra('其他相关材料');
    guide.materials[3]!.demandedFromApplicant = false;
    expect(catchAllMaterialsRule.check(guide)).toEqual([]);
  });

  it('is the only rule to report a 兜底 material, which is to be removed', () => {
    const guide = withExtra('其他相关材料');
    guide.materials[3]!.necessity = 'unspecified';
    expect(checkGuide(guide).map((f) => `${f.rule} ${f.path}`)).toEqual(['catch-all-materials materials.3.name']);
  });
});
