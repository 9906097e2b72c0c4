import { describe, expect, it } from 'vitest';
import { applicableStages, evaluateCondition } from './conditions.ts';
import { validateProcedure } from './procedure-schema.ts';
import { defaultProcedure, procedures, twoReportsTwoReviews } from './procedures.ts';
import type { StageCondition } from './types.ts';
import { plainItem } from './__fixtures__/cases.ts';

/** A procedure as an administrator might paste it into the admin. */
function edited(change: (json: { stages: Record<string, unknown>[] } & Record<string, unknown>) => void): unknown {
  const json = structuredClone(twoReportsTwoReviews) as unknown as { stages: Record<string, unknown>[] } & Record<string, unknown>;
  change(json);
  return json;
}

function errorsOf(json: unknown): string[] {
  const result = validateProcedure(json);
  if (result.ok) throw new Error('expected errors');
  return result.errors;
}

describe('shipped procedures', () => {
  it('all pass their own validation, and 两报两审 is the default', () => {
    for (const procedure of Object.values(procedures)) expect(validateProcedure(procedure)).toEqual({ ok: true, procedure });
    expect(defaultProcedure.id).toBe('two-reports-two-reviews');
    expect(Object.keys(procedures)).toEqual(['two-reports-two-reviews', 'joint-review', 'dynamic-adjustment', 'contact-update', 'three-ups-three-downs']);
  });
});

describe('validateProcedure: shape errors name the field, the value and the choices', () => {
  it('rejects an unknown role', () => {
    const [error] = errorsOf(edited((p) => (p.stages[2]!.roles = ['boss'])));
    expect(error).toContain('第3个环节·角色·第1项（stages[2].roles[0]）');
    expect(error).toContain('"boss" 不是可接受的值');
    expect(error).toContain('reviewer（审核员（编办/审改办））');
  });

  it('rejects an unknown condition and explains how to combine them', () => {
    const [error] = errorsOf(edited((p) => (p.stages[3]!.condition = { all: ['charged', 'fee'] })));
    expect(error).toContain('适用条件（stages[3].condition）');
    expect(error).toContain('charged（收费事项）');
    expect(error).toContain('{"any":[…]}');
  });

  it('rejects a misspelt field, a missing name and a negative consultation period', () => {
    const errors = errorsOf(
      edited((p) => {
        p.stages[1]!.role = ['unit-head'];
        p.stages[2]!.name = '';
        p.stages[9]!.consultation = { days: -1, dayKind: 'working' };
      }),
    );
    expect(errors).toEqual([
      expect.stringContaining('有无法识别的字段：role；可用字段：id（编号）、name（名称）'),
      '第3个环节·名称（stages[2].name）：不能为空',
      '第10个环节·征求意见·天数（stages[9].consultation.days）：应大于等于 0，收到 -1',
    ]);
  });

  it('accepts 0 consultation days (none held) and names the choices of a period', () => {
    expect(validateProcedure(edited((p) => (p.stages[9]!.consultation = { days: 0, dayKind: 'calendar' }))).ok).toBe(true);
    const [kind] = errorsOf(edited((p) => (p.stages[9]!.due = { days: 5, dayKind: 'weeks' })));
    expect(kind).toBe('第10个环节·办理时限·天数类型（stages[9].due.dayKind）："weeks" 不是可接受的值，可选：working（工作日）、calendar（自然日）');
    const [unknown] = errorsOf(edited((p) => (p.stages[9]!.consultation = { days: 5, dayKind: 'working', start: 'now' })));
    expect(unknown).toBe('第10个环节·征求意见（stages[9].consultation）：有无法识别的字段：start；可用字段：days（天数）、dayKind（天数类型）');
  });

  it('accepts resubmitTo first-review and rejects any other target with the choices', () => {
    expect(validateProcedure(edited((p) => (p.resubmitTo = 'first-review'))).ok).toBe(true);
    expect(errorsOf(edited((p) => (p.resubmitTo = 'draft')))).toEqual([
      '退回后重新提交至（resubmitTo）："draft" 不是可接受的值，可选：returning-stage（退回的环节）、first-review（第一个审核环节）',
    ]);
  });

  it('rejects something that is not a procedure at all', () => {
    expect(errorsOf('两报两审')).toEqual(['流程：应为对象，收到 "两报两审"']);
    expect(errorsOf({ id: 'x', name: 'x' })).toEqual(['环节（stages）：必填，不能为空']);
  });
});

describe('validateProcedure: the order the engine relies on', () => {
  it('requires the first stage to be the unit’s drafting stage', () => {
    const errors = errorsOf(edited((p) => p.stages.shift()));
    expect(errors.some((e) => e.includes('角色须包含 "editor"'))).toBe(true);
    expect(errors.some((e) => e.includes('只能提交，不能设置审核决定'))).toBe(true);
  });

  it('rejects duplicate stage ids', () => {
    expect(errorsOf(edited((p) => (p.stages[4]!.id = 'price')))).toEqual([
      '第5个环节·编号（stages[4].id）：环节编号 "price" 重复，每个环节的编号必须唯一',
    ]);
  });

  it('rejects an own-unit stage after a review stage and a stage that cannot approve', () => {
    const errors = errorsOf(
      edited((p) => {
        p.stages[10]!.scope = 'own-unit';
        p.stages[3]!.decisions = ['return'];
      }),
    );
    expect(errors).toEqual([
      expect.stringContaining('第4个环节·可作决定（stages[3].decisions）'),
      '第11个环节·审核范围（stages[10].scope）：本单位环节（own-unit）须紧接在单位填报环节或报送环节之后，"approval" 排在审核环节之后',
    ]);
  });

  it('accepts a unit head right after a report stage', () => {
    const withHead = edited((p) => p.stages.splice(9, 0, { id: 'second-head', name: '单位负责人确认二报', roles: ['unit-head'], decisions: ['approve', 'return'], scope: 'own-unit' }));
    expect(validateProcedure(withHead).ok).toBe(true);
  });

  it('rejects a report stage as the last stage and right after the drafting stage', () => {
    const last = errorsOf(edited((p) => p.stages.push(p.stages.splice(8, 1)[0]!)));
    expect(last).toEqual([
      '第11个环节·环节类型（stages[10].kind）：报送环节（kind "report"）"second-report"不能是最后一个环节，其后须有审核环节审核报送的修改稿',
    ]);
    const early = errorsOf(edited((p) => p.stages.splice(1, 0, p.stages.splice(8, 1)[0]!)));
    expect(early).toEqual([
      '第2个环节·环节类型（stages[1].kind）：报送环节（kind "report"）"second-report"须排在至少一个审核环节之后；单位第一次报送由第1个环节（单位填报）完成',
    ]);
  });

  it('rejects a report stage that others than the unit’s editors act at, or that decides', () => {
    const errors = errorsOf(
      edited((p) => {
        p.stages[8]!.roles = ['reviewer'];
        p.stages[8]!.scope = 'all';
        p.stages[8]!.decisions = ['approve'];
        p.stages[8]!.condition = 'charged';
      }),
    );
    expect(errors).toEqual([
      '第9个环节·角色（stages[8].roles）：报送环节（kind "report"）"second-report"由本单位填报员报送，角色须包含 "editor"（部门填报员）',
      '第9个环节·审核范围（stages[8].scope）：报送环节（kind "report"）"second-report"的审核范围须为 "own-unit"（本单位），收到 "all"',
      '第9个环节·可作决定（stages[8].decisions）：报送环节（kind "report"）"second-report"只能提交，不能设置审核决定，收到 ["approve"]',
      '第9个环节·适用条件（stages[8].condition）：报送环节（kind "report"）"second-report"不能设置适用条件',
    ]);
  });

  it('rejects a report stage followed only by unit stages, and a drafting stage marked as a report', () => {
    const noReview = errorsOf({
      id: 'x',
      name: 'x',
      stages: [
        { id: 'draft', name: '填报', roles: ['editor'], decisions: [], scope: 'own-unit' },
        { id: 'review', name: '审核', roles: ['reviewer'], decisions: ['approve'] },
        { id: 'report', name: '二报', roles: ['editor'], decisions: [], scope: 'own-unit', kind: 'report' },
        { id: 'head', name: '确认', roles: ['unit-head'], decisions: ['approve'], scope: 'own-unit' },
      ],
    });
    expect(noReview).toEqual(['第3个环节·环节类型（stages[2].kind）：报送环节（kind "report"）"report"之后须至少有一个单位以外的审核环节（审核范围不是 own-unit）']);
    const first = errorsOf(edited((p) => (p.stages[0]!.kind = 'report')));
    expect(first).toEqual(['第1个环节·环节类型（stages[0].kind）：第1个环节是单位填报环节，不能设为报送环节；报送环节（二报）须排在审核环节之后']);
  });
});

describe('conditions', () => {
  it('counts an item that needs an intermediary service as an intermediary item, whatever its unit', () => {
    expect(evaluateCondition('intermediary', plainItem)).toBe(false);
    expect(evaluateCondition('intermediary', { ...plainItem, requiresIntermediaryService: true })).toBe(true);
    expect(evaluateCondition('intermediary', { ...plainItem, unitKind: 'intermediary' })).toBe(true);
  });

  it('combines facts with all, any and not', () => {
    const condition: StageCondition = { all: ['charged', { not: { any: ['soe', 'intermediary'] } }] };
    expect(evaluateCondition(condition, { ...plainItem, charged: true })).toBe(true);
    expect(evaluateCondition(condition, { ...plainItem, charged: true, unitKind: 'soe' })).toBe(false);
    expect(evaluateCondition(condition, plainItem)).toBe(false);
  });

  it('lists the applicable stages of a charged item with normative documents in order', () => {
    const ids = applicableStages(twoReportsTwoReviews, { ...plainItem, charged: true, hasNormativeDocuments: true }).map((s) => s.id);
    expect(ids).toEqual(['draft', 'unit-head', 'first-review', 'price', 'finance', 'legal', 'second-report', 'second-review', 'approval']);
  });
});
