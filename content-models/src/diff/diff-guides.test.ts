import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { guideSchema } from '../guide/guide-schema.ts';
import { diffGuides } from './diff-guides.ts';
import { fieldVocabularies } from './display.ts';
import { guideFieldLabels } from './field-labels.ts';
import { allPaths, guideShape, type ShapeNode } from './guide-shape.ts';
import { listIdentities } from './identities.ts';
import { publishedGuide } from './__fixtures__/guide.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

function flatten(nodes: ShapeNode[]): ShapeNode[] {
  return nodes.flatMap((n) => (n.type === 'object' || n.type === 'items' ? [n, ...flatten(n.fields)] : [n]));
}

describe('labels and vocabularies cover the whole guide schema', () => {
  it('labels every field, nested ones included, and nothing that is not a field', () => {
    const paths = allPaths();
    expect(paths.filter((p) => !guideFieldLabels[p])).toEqual([]);
    expect(Object.keys(guideFieldLabels).filter((p) => !paths.includes(p))).toEqual([]);
    expect(paths).toContain('materials.copies');
    expect(paths).toContain('materials.blankForm.url');
    expect(guideFieldLabels['promisedDays']).toBe('承诺办结时限');
    expect(guideFieldLabels['legalBasis']).toBe('设定依据');
    expect(guideFieldLabels['fees.standard']).toBe('收费标准');
  });

  it('knows the vocabulary of every coded field and the identity of every list of records', () => {
    const coded = flatten(guideShape).filter((n) => (n.type === 'value' || n.type === 'values') && n.schema instanceof z.ZodEnum);
    expect(coded.length).toBeGreaterThan(10);
    expect(coded.map((n) => n.path).filter((p) => !fieldVocabularies[p])).toEqual([]);
    expect(guideShape.filter((n) => n.type === 'items' && !listIdentities[n.path]).map((n) => n.path)).toEqual([]);
  });
});

describe('diffGuides: single fields', () => {
  it('finds nothing between a guide and itself', () => {
    expect(diffGuides(publishedGuide(), publishedGuide())).toEqual([]);
  });

  it('renders days, booleans and codes as the public reads them', () => {
    const after = { ...publishedGuide(), promisedDays: 15, charged: true, itemType: '20' as const, caseType: 'instant' as const };
    expect(diffGuides(deepFreeze(publishedGuide()), deepFreeze(after))).toEqual([
      { path: 'itemType', label: '事项类型', kind: 'changed', before: '行政给付', after: '公共服务' },
      { path: 'charged', label: '是否收费', kind: 'changed', before: '否', after: '是' },
      { path: 'promisedDays', label: '承诺办结时限', kind: 'changed', before: '20 个工作日', after: '15 个工作日' },
      { path: 'caseType', label: '办件类型', kind: 'changed', before: '承诺件', after: '即办件' },
    ]);
  });

  it('reports a field filled in as added and one cleared as removed', () => {
    const after = { ...publishedGuide(), complaintPhone: '12345', statusQuery: undefined };
    expect(diffGuides(publishedGuide(), after)).toEqual([
      { path: 'complaintPhone', label: '监督投诉电话', kind: 'added', after: '12345' },
      { path: 'statusQuery', label: '办件状态查询方式', kind: 'removed', before: '窗口查询' },
    ]);
  });

  it('compares multi-selects as sets and shows their labels', () => {
    const reordered = { ...publishedGuide(), handlingForms: ['online' as const, 'window' as const] };
    expect(diffGuides(publishedGuide(), reordered)).toEqual([]);
    const widened = { ...publishedGuide(), serviceObjects: ['legal-person' as const, 'person' as const] };
    expect(diffGuides(publishedGuide(), widened)).toEqual([
      { path: 'serviceObjects', label: '服务对象', kind: 'changed', before: '自然人', after: '自然人、法人' },
    ]);
  });

  it('labels a nested field with its group', () => {
    const before = publishedGuide();
    const after = { ...before, unit: { ...before.unit, kind: 'institution' as const } };
    expect(diffGuides(before, after)).toEqual([
      { path: 'unit.kind', label: '实施主体 · 性质', kind: 'changed', before: '政府部门', after: '事业单位' },
    ]);
  });
});

describe('diffGuides: lists matched by identity', () => {
  it('reports a changed material in the middle of the list at its nested path', () => {
    const after = publishedGuide();
    after.materials[1] = { ...after.materials[1]!, copies: 2, forms: ['original', 'copy'] };
    expect(diffGuides(publishedGuide(), after)).toEqual([
      { path: 'materials[m-2].forms', label: '申请材料「户口簿」· 材料形式', kind: 'changed', before: '复印件', after: '原件、复印件' },
      { path: 'materials[m-2].copies', label: '申请材料「户口簿」· 份数', kind: 'changed', before: '1 份', after: '2 份' },
    ]);
  });

  it('reports a material inserted in the middle as one addition, not as later materials changing', () => {
    const after = publishedGuide();
    after.materials.splice(1, 0, { ...after.materials[0]!, id: 'm-9', name: '居民身份证', forms: ['copy'] });
    expect(diffGuides(publishedGuide(), after)).toEqual([
      { path: 'materials[m-9]', label: '申请材料「居民身份证」', kind: 'added', after: '居民身份证' },
    ]);
  });

  it('reports a removed material once', () => {
    const after = publishedGuide();
    after.materials.splice(1, 1);
    expect(diffGuides(publishedGuide(), after)).toEqual([
      { path: 'materials[m-2]', label: '申请材料「户口簿」', kind: 'removed', before: '户口簿' },
    ]);
  });

  it('reports a reorder as one change of the list order', () => {
    const after = publishedGuide();
    after.process.reverse();
    expect(diffGuides(publishedGuide(), after)).toEqual([
      { path: 'process', label: '办理流程 · 顺序', kind: 'changed', before: '受理、审查、决定', after: '决定、审查、受理' },
    ]);
  });

  it('follows a renamed material by its id and names it by its new name', () => {
    const after = publishedGuide();
    after.materials[2] = { ...after.materials[2]!, name: '家庭收入情况声明' };
    expect(diffGuides(publishedGuide(), after)).toEqual([
      {
        path: 'materials[m-3].name',
        label: '申请材料「家庭收入情况声明」· 材料名称',
        kind: 'changed',
        before: '家庭收入证明',
        after: '家庭收入情况声明',
      },
    ]);
  });

  it('matches legal bases by instrument and article, fees by name', () => {
    const before = { ...publishedGuide(), fees: [{ name: '工本费', standard: '10元', reducible: false }] };
    const after = {
      ...before,
      legalBasis: [before.legalBasis[1]!, { ...before.legalBasis[0]!, text: '修订后的条文' }],
      fees: [{ name: '工本费', standard: '5元', reducible: true }],
    };
    expect(diffGuides(before, after)).toEqual([
      {
        path: 'legalBasis[社会救助暂行办法|第十一条].text',
        label: '设定依据「《社会救助暂行办法》第十一条」· 条款内容',
        kind: 'changed',
        before: '申请最低生活保障，按照下列程序办理……',
        after: '修订后的条文',
      },
      {
        path: 'legalBasis',
        label: '设定依据 · 顺序',
        kind: 'changed',
        before: '《社会救助暂行办法》第十一条、《浙江省最低生活保障办法》第十条',
        after: '《浙江省最低生活保障办法》第十条、《社会救助暂行办法》第十一条',
      },
      { path: 'fees[工本费].standard', label: '收费项目「工本费」· 收费标准', kind: 'changed', before: '10元', after: '5元' },
      { path: 'fees[工本费].reducible', label: '收费项目「工本费」· 是否允许减免', kind: 'changed', before: '否', after: '是' },
    ]);
  });
});

describe('diffGuides: a new item', () => {
  it('reports every field present as added and nothing else', () => {
    const guide = publishedGuide();
    const changes = diffGuides(undefined, guide);
    expect(changes.every((c) => c.kind === 'added' && c.before === undefined)).toBe(true);
    expect(changes).toContainEqual({ path: 'name', label: '事项名称', kind: 'added', after: '最低生活保障审批' });
    expect(changes).toContainEqual({ path: 'level', label: '行使层级', kind: 'added', after: '县级' });
    expect(changes).toContainEqual({ path: 'unit.name', label: '实施主体 · 单位名称', kind: 'added', after: '某县民政局' });
    expect(changes.filter((c) => c.path.startsWith('materials'))).toHaveLength(guide.materials.length);
    expect(guideSchema.safeParse(guide).success).toBe(true);
  });
});
