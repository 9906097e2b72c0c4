import { checkGuide } from '@catalog/content-models';
import { describe, expect, it } from 'vitest';
import { findingField } from '../../cms/src/guide/findingField.ts';
import { toGuideDraft } from '../../cms/src/guide/toGuideDraft.ts';

/** The mapping the admin's 质量检查 panel runs on form data, checked with content-models' rules. */
const item = {
  name: '社会保障卡申领',
  basicCode: '002005001000',
  itemType: '20',
  category: 'social-security',
  legalBasis: [{ id: 'x', instrument: '《中华人民共和国社会保险法》', article: '第五十八条' }],
};
const unit = { id: 4, name: '瓯江市人力资源和社会保障局', kind: 'government', creditCode: '11339100MB0000001X' };
const region = { code: '339100', name: '瓯江市', level: 'city' };

describe('quality findings from CMS documents', () => {
  it('names missing one-time-notice elements with their Chinese field', () => {
    const findings = checkGuide(toGuideDraft({ implementation: { name: '社会保障卡申领', materials: [{ id: 'r1', name: '身份证', blankForm: 17 }] }, catalogItem: item, unit, region }));
    const consult = findings.find((f) => f.path === 'consultPhone');
    expect(consult?.severity).toBe('error');
    expect(findingField('consultPhone')).toBe('咨询电话');
  });

  it('raises no legal-basis finding when the catalog item has a basis, and one when it has none', () => {
    const withBasis = checkGuide(toGuideDraft({ implementation: {}, catalogItem: item }));
    const without = checkGuide(toGuideDraft({ implementation: {}, catalogItem: { ...item, legalBasis: [] } }));
    expect(withBasis.some((f) => f.path === 'legalBasis')).toBe(false);
    expect(without.some((f) => f.path === 'legalBasis')).toBe(true);
    expect(findingField('legalBasis')).toBe('设定依据（在目录清单中修改）');
  });

  it('labels list rows by position', () => {
    expect(findingField('materials.2.basis')).toMatch(/^申请材料 第 3 项 · /);
  });
});
