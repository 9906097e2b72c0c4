import { describe, expect, it } from 'vitest';
import type { Guide, Material } from '../../guide/guide-schema.ts';
import { completeGuide, guideWith } from '../test-fixtures/complete-guide.ts';
import { materialProofBasisRule } from './material-proof-basis.ts';

/** The complete guide with one extra material, demanded without basis unless the test says otherwise. */
function withMaterial(material: Partial<Material>, change?: (guide: Guide) => void): Guide {
  return guideWith((g) => {
    g.materials.push({ id: 'm-extra', name: '', forms: ['original'], necessity: 'required', obtainableBySharing: false, demandedFromApplicant: true, ...material });
    change?.(g);
  });
}
const extraFindings = (material: Partial<Material>, change?: (guide: Guide) => void) =>
  materialProofBasisRule.check(withMaterial(material, change));

describe('material-proof-basis rule', () => {
  it('passes certificates that carry their basis', () => {
    expect(materialProofBasisRule.check(completeGuide)).toEqual([]);
  });

  it('refuses a certificate without basis: 法无授权不可为', () => {
    const findings = materialProofBasisRule.check(guideWith((g) => (g.materials[1]!.basis = undefined)));
    expect(findings).toEqual([
      {
        rule: 'material-proof-basis',
        severity: 'error',
        path: 'materials.1.basis',
        message: expect.stringMatching(/^申请材料“从业人员健康合格证明”涉及“证明”，但未填写要求提供的依据：.*法无授权不可为/),
      },
    ]);
  });

  it('counts a basis of 「无」「/」「—」 as missing', () => {
    for (const basis of ['无', '暂无', '/', '—']) {
      expect(extraFindings({ name: '村委会出具的家庭经济困难证明', basis })).toEqual([
        expect.objectContaining({ path: 'materials.3.basis', message: expect.stringContaining(`依据为“${basis}”，等于未填写`) }),
      ]);
    }
  });

  it('refuses a certificate whose basis is a unit\'s own rule, meeting minutes, custom or need', () => {
    const cases: Array<[string, string]> = [
      ['本单位规定', '单位内部规定'],
      ['《XX县民政局内部管理规定》', '单位内部规定'],
      ['2019年第3次局务会议纪要', '会议纪要'],
      ['工作惯例', '工作惯例'],
      ['根据需要', '工作需要'],
    ];
    for (const [basis, what] of cases) {
      expect(extraFindings({ name: '无违法犯罪记录证明', basis })).toEqual([
        expect.objectContaining({ severity: 'error', path: 'materials.3.basis', message: expect.stringContaining(`其依据“${basis}”属于${what}，不是法律、法规、规章或国务院决定`) }),
      ]);
    }
  });

  it('passes a certificate whose basis names a law, a regulation or a ministry\'s document', () => {
    for (const basis of ['《中华人民共和国母婴保健法》第二十三条', '婚姻登记条例第五条', '《国家卫生健康委 公安部 民政部关于进一步规范人口死亡医学证明和信息登记管理工作的通知》']) {
      expect(extraFindings({ name: '居民死亡医学证明（推断）书', basis })).toEqual([]);
    }
  });

  it('refuses a stamp demanded in the requirements without basis', () => {
    const findings = materialProofBasisRule.check(
      guideWith((g) => {
        g.materials[0]!.requirements = '须加盖单位公章';
        g.materials[0]!.basis = '';
      }),
    );
    expect(findings).toEqual([expect.objectContaining({ path: 'materials.0.basis', message: expect.stringContaining('的材料要求涉及“公章”') })]);
  });

  it('refuses a third party\'s stamp or certificate demanded in the requirements', () => {
    expect(extraFindings({ name: '家庭情况说明', requirements: '须经村（居）委会盖章' })).toEqual([
      expect.objectContaining({ message: expect.stringContaining('家庭情况说明”的材料要求涉及“盖章”') }),
    ]);
    expect(extraFindings({ name: '承诺书', requirements: '需提供所在单位出具的在职证明' })).toEqual([
      expect.objectContaining({ message: expect.stringContaining('涉及“证明”') }),
    ]);
  });

  it('does not take identity documents for certificates', () => {
    for (const name of ['本人有效身份证明', '居民身份证', '户口簿', '申请人身份证件']) {
      expect(extraFindings({ name, requirements: '提供居民身份证或户口簿等有效身份证明原件' })).toEqual([]);
    }
  });

  it('does not take the item\'s own certificate for a proof of something else', () => {
    const birthItem = (g: Guide) => {
      g.name = '出生医学证明办理';
      g.resultName = '《出生医学证明》';
    };
    expect(extraFindings({ name: '原《出生医学证明》', requirements: '换发时交回出生医学证明原件' }, birthItem)).toEqual([]);
    expect(extraFindings({ name: '出生医学证明副页' }, (g) => (g.name = '出生医学证明补发'))).toEqual([]);
    // Another certificate on the same item is still one.
    expect(extraFindings({ name: '亲子鉴定证明' }, birthItem)).toHaveLength(1);
  });

  it('does not take an electronic licence the applicant presents for a proof', () => {
    expect(extraFindings({ name: '出生医学证明电子证照' })).toEqual([]);
    expect(extraFindings({ name: '不动产权证书', requirements: '可出示不动产权证明电子证照' })).toEqual([]);
  });

  it('does not take a receipt or certificate only mentioned, or waived, for a demand', () => {
    expect(extraFindings({ name: '原证书', requirements: '如遗失，需提供登报声明' })).toEqual([]);
    expect(extraFindings({ name: '领证通知单', requirements: '凭缴费证明领取' })).toEqual([]);
    expect(extraFindings({ name: '受理回执', requirements: '提交受理证明复印件' })).toEqual([]);
    // Named as the material itself, a payment certificate is one.
    expect(extraFindings({ name: '近6个月社保缴费证明' })).toHaveLength(1);
    expect(extraFindings({ name: '申请表', requirements: '复印件无需加盖公章' })).toEqual([]);
    expect(extraFindings({ name: '检测报告', requirements: '报告中应写明检测结果能够证明符合标准' })).toEqual([]);
  });

  it('does not take the applicant\'s own signature or seal for a 盖章环节', () => {
    expect(extraFindings({ name: '申请书', requirements: '申请人签字（盖章）' })).toEqual([]);
    expect(extraFindings({ name: '授权委托书', requirements: '由法定代表人签字并加盖本单位公章' })).toEqual([]);
  });

  it('leaves alone a certificate the applicant no longer hands in', () => {
    const guide = guideWith((g) => {
      g.materials[1]!.basis = undefined;
      g.materials[1]!.demandedFromApplicant = false;
    });
    expect(materialProofBasisRule.check(guide)).toEqual([]);
  });

  it('uses the words a deployment configures', () => {
    const guide = guideWith((g) => (g.materials[0]!.basis = undefined));
    expect(materialProofBasisRule.check(guide)).toEqual([]);
    expect(materialProofBasisRule.check(guide, { proofWords: ['申请表'] })).toEqual([
      expect.objectContaining({ path: 'materials.0.basis', message: expect.stringContaining('涉及“申请表”') }),
    ]);
  });
});
