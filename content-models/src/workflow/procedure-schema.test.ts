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
    expect(Object.keys(procedures)).toEqual(['two-reports-two-reviews', 'joint-review', 'dynamic-adjustment']);
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

  it('rejects a misspelt field, a missing name and a non-positive consultation period', () => {
    const errors = errorsOf(
      edited((p) => {
        p.stages[1]!.role = ['unit-head'];
        p.stages[2]!.name = '';
        p.stages[8]!.consultationDays = 0;
      }),
    );
    expect(errors).toEqual([
      expect.stringContaining('有无法识别的字段：role'),
      '第3个环节·名称（stages[2].name）：不能为空',
      '第9个环节·征求意见天数（stages[8].consultationDays）：应大于 0，收到 0',
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

  it('rejects an own-unit stage after the review stages and a stage that cannot approve', () => {
    const errors = errorsOf(
      edited((p) => {
        p.stages[9]!.scope = 'own-unit';
        p.stages[3]!.decisions = ['return'];
      }),
    );
    expect(errors).toHaveLength(2);
    expect(errors[0]).toContain('第4个环节·可作决定');
    expect(errors[1]).toContain('本单位环节（own-unit）须紧接在单位填报环节之后');
  });
});

describe('conditions', () => {
  it('combines facts with all, any and not', () => {
    const condition: StageCondition = { all: ['charged', { not: { any: ['soe', 'intermediary'] } }] };
    expect(evaluateCondition(condition, { ...plainItem, charged: true })).toBe(true);
    expect(evaluateCondition(condition, { ...plainItem, charged: true, unitKind: 'soe' })).toBe(false);
    expect(evaluateCondition(condition, plainItem)).toBe(false);
  });

  it('lists the applicable stages of a charged item with normative documents in order', () => {
    const ids = applicableStages(twoReportsTwoReviews, { ...plainItem, charged: true, hasNormativeDocuments: true }).map((s) => s.id);
    expect(ids).toEqual(['draft', 'unit-head', 'first-review', 'price', 'finance', 'legal', 'second-review', 'approval']);
  });
});
