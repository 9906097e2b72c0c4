import { z } from 'zod';
import { dayKinds, decisions, roles } from '../vocabularies/index.ts';
import type { Procedure, StageCondition } from './types.ts';

/**
 * A procedure edited as JSON in the admin is checked here: shape by zod, then the rules the engine
 * relies on (see Procedure). Every message is Chinese and names the field, the value and what
 * would be accepted.
 */

const conditionLeaves = ['charged', 'normative-documents', 'intermediary', 'soe'] as const;
const conditionLabels: Record<(typeof conditionLeaves)[number], string> = {
  charged: '收费事项',
  'normative-documents': '涉及规范性文件',
  intermediary: '中介服务事项（中介机构事项或须经中介服务的事项）',
  soe: '国有企业事项',
};
const scopeLabels = { 'own-unit': '本单位', 'supervised-units': '所主管单位', all: '全部单位' } as const;
const scopes = Object.keys(scopeLabels) as (keyof typeof scopeLabels)[];
const resubmitLabels = { 'returning-stage': '退回的环节', 'first-review': '第一个审核环节' } as const;
const resubmitTargets = Object.keys(resubmitLabels) as (keyof typeof resubmitLabels)[];

const conditionHelp = `可选：${conditionLeaves.map((c) => `${c}（${conditionLabels[c]}）`).join('、')}，或用 {"all":[…]}（全部满足）、{"any":[…]}（任一满足）、{"not":…}（不满足）组合`;

export const stageConditionSchema: z.ZodType<StageCondition> = z.lazy(() =>
  z.union(
    [
      z.enum(conditionLeaves),
      z.strictObject({ all: z.array(stageConditionSchema).min(1) }),
      z.strictObject({ any: z.array(stageConditionSchema).min(1) }),
      z.strictObject({ not: stageConditionSchema }),
    ],
    { error: (issue) => `${JSON.stringify(issue.input)} 不是有效的适用条件，${conditionHelp}` },
  ),
);

/** A number of working or calendar days; `minDays` 0 where 0 means "none" (no consultation held). */
const periodSchema = (minDays: number) =>
  z.strictObject({
    days: z.number().int().min(minDays).max(365),
    dayKind: z.enum(dayKinds.codes),
  });

export const stageSchema = z.strictObject({
  id: z.string().trim().regex(/^[a-z0-9][a-z0-9-]*$/, '编号只能由小写字母、数字和连字符组成，如 first-review'),
  name: z.string().trim().min(1),
  roles: z.array(z.enum(roles.codes)).min(1),
  condition: stageConditionSchema.optional(),
  decisions: z.array(z.enum(decisions.codes)),
  consultation: periodSchema(0).optional(),
  due: periodSchema(1).optional(),
  scope: z.enum(scopes).optional(),
  kind: z.enum(['report']).optional(),
  dispositions: z.boolean().optional(),
});

export const procedureSchema = z.strictObject({
  id: z.string().trim().min(1),
  name: z.string().trim().min(1),
  description: z.string().optional(),
  stages: z.array(stageSchema).min(2),
  resubmitTo: z.enum(resubmitTargets).optional(),
});

const fieldLabels: Record<string, string> = {
  id: '编号',
  name: '名称',
  description: '说明',
  stages: '环节',
  resubmitTo: '退回后重新提交至',
  roles: '角色',
  condition: '适用条件',
  decisions: '可作决定',
  consultation: '征求意见',
  due: '办理时限',
  days: '天数',
  dayKind: '天数类型',
  scope: '审核范围',
  kind: '环节类型',
  dispositions: '记录处置意见',
  all: '全部满足',
  any: '任一满足',
  not: '不满足',
};

const valueLabels = new Map<string, string>([
  ...roles.terms.map((t) => [t.code, t.label] as const),
  ...decisions.terms.map((t) => [t.code, t.label] as const),
  ...scopes.map((s) => [s, scopeLabels[s]] as const),
  ...dayKinds.terms.map((t) => [t.code, t.label] as const),
  ...resubmitTargets.map((t) => [t, resubmitLabels[t]] as const),
  ['report', '报送环节（二报、二上等，由本单位修改后再次报送）'],
]);

/** The fields an object at `path` accepts, for the unknown-field message. */
function fieldsAt(path: readonly PropertyKey[]): string[] {
  const last = path.at(-1);
  if (path.length === 0) return Object.keys(procedureSchema.shape);
  if (last === 'consultation' || last === 'due') return ['days', 'dayKind'];
  return Object.keys(stageSchema.shape);
}

function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '流程';
  const machine = path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('');
  const words = path.map((p, i) =>
    typeof p === 'number' ? (path[i - 1] === 'stages' ? `第${p + 1}个环节` : `第${p + 1}项`) : (fieldLabels[String(p)] ?? String(p)),
  );
  // "环节 第3个环节" reads badly: the ordinal already says it is a stage.
  const readable = words.filter((w, i) => !(path[i] === 'stages' && typeof path[i + 1] === 'number')).join('·');
  return `${readable}（${machine}）`;
}

function shown(value: unknown): string {
  return value === undefined ? '（空）' : JSON.stringify(value);
}

const typeNames: Record<string, string> = { string: '文本', number: '数字', int: '整数', array: '列表', object: '对象' };

/** zod issue → Chinese text (without the path, added by the caller). */
function issueMessage(issue: z.core.$ZodIssue & { input?: unknown }): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '必填，不能为空';
      return `应为${typeNames[issue.expected] ?? issue.expected}，收到 ${shown(issue.input)}`;
    case 'invalid_value':
      return `${shown(issue.input)} 不是可接受的值，可选：${issue.values.map((v) => `${String(v)}（${valueLabels.get(String(v)) ?? String(v)}）`).join('、')}`;
    case 'too_small':
      if (issue.origin === 'string') return '不能为空';
      if (issue.origin === 'array') return `至少需要 ${String(issue.minimum)} 项`;
      return `应大于${issue.inclusive ? '等于' : ''} ${String(issue.minimum)}，收到 ${shown(issue.input)}`;
    case 'too_big':
      return `不能超过 ${String(issue.maximum)}，收到 ${shown(issue.input)}`;
    case 'unrecognized_keys':
      return `有无法识别的字段：${issue.keys.join('、')}；可用字段：${fieldsAt(issue.path).map((k) => `${k}（${fieldLabels[k] ?? k}）`).join('、')}`;
    case 'invalid_format':
      return `${issue.message}，收到 ${shown(issue.input)}`;
    default:
      return issue.message;
  }
}

/** Rules beyond the shape: what the engine assumes about stage order (see Procedure). */
function structuralErrors(procedure: Procedure): string[] {
  const errors: string[] = [];
  const at = (i: number, field?: string) => describePath(field ? ['stages', i, field] : ['stages', i]);
  const seen = new Set<string>();
  procedure.stages.forEach((stage, i) => {
    if (seen.has(stage.id)) errors.push(`${at(i, 'id')}：环节编号 "${stage.id}" 重复，每个环节的编号必须唯一`);
    seen.add(stage.id);
  });
  const [first, ...rest] = procedure.stages;
  if (first) {
    if (first.scope !== 'own-unit') errors.push(`${at(0, 'scope')}：第1个环节是单位填报环节，审核范围须为 "own-unit"（本单位），收到 ${shown(first.scope)}`);
    if (!first.roles.includes('editor')) errors.push(`${at(0, 'roles')}：第1个环节是单位填报环节，角色须包含 "editor"（${roles.label('editor')}）`);
    if (first.decisions.length > 0) errors.push(`${at(0, 'decisions')}：第1个环节是单位填报环节，只能提交，不能设置审核决定，收到 ${shown(first.decisions)}`);
    if (first.condition !== undefined) errors.push(`${at(0, 'condition')}：第1个环节是单位填报环节，不能设置适用条件`);
    if (first.kind === 'report') errors.push(`${at(0, 'kind')}：第1个环节是单位填报环节，不能设为报送环节；报送环节（二报）须排在审核环节之后`);
  }
  // Own-unit stages may only continue a run that starts at the drafting stage or at a report stage.
  let unitRunOpen = true;
  let reviewSeen = false;
  rest.forEach((stage, offset) => {
    const i = offset + 1;
    if (stage.kind === 'report') {
      errors.push(...reportStageErrors(procedure, i));
      unitRunOpen = true;
      return;
    }
    if (stage.scope === 'own-unit') {
      if (!unitRunOpen) {
        errors.push(`${at(i, 'scope')}：本单位环节（own-unit）须紧接在单位填报环节或报送环节之后，"${stage.id}" 排在审核环节之后`);
      }
    } else {
      unitRunOpen = false;
      reviewSeen = true;
    }
    if (!stage.decisions.includes('approve')) {
      errors.push(`${at(i, 'decisions')}：审核环节须允许 "approve"（${decisions.label('approve')}），否则事项无法通过，收到 ${shown(stage.decisions)}`);
    }
  });
  if (!reviewSeen && first) errors.push(`${describePath(['stages'])}：流程至少需要一个单位以外的审核环节（审核范围不是 own-unit）`);
  return errors;
}

/** A report stage (二报) hands the case back to the unit between two reviews. */
function reportStageErrors(procedure: Procedure, i: number): string[] {
  const stage = procedure.stages[i]!;
  const at = (field: string) => describePath(['stages', i, field]);
  const errors: string[] = [];
  const what = `报送环节（kind "report"）"${stage.id}"`;
  if (!stage.roles.includes('editor')) errors.push(`${at('roles')}：${what}由本单位填报员报送，角色须包含 "editor"（${roles.label('editor')}）`);
  if (stage.scope !== 'own-unit') errors.push(`${at('scope')}：${what}的审核范围须为 "own-unit"（本单位），收到 ${shown(stage.scope)}`);
  if (stage.decisions.length > 0) errors.push(`${at('decisions')}：${what}只能提交，不能设置审核决定，收到 ${shown(stage.decisions)}`);
  if (stage.condition !== undefined) errors.push(`${at('condition')}：${what}不能设置适用条件`);
  const later = procedure.stages.slice(i + 1);
  if (later.length === 0) {
    errors.push(`${at('kind')}：${what}不能是最后一个环节，其后须有审核环节审核报送的修改稿`);
  } else if (!later.some((s) => s.scope !== 'own-unit' && s.kind !== 'report')) {
    errors.push(`${at('kind')}：${what}之后须至少有一个单位以外的审核环节（审核范围不是 own-unit）`);
  }
  if (!procedure.stages.slice(1, i).some((s) => s.scope !== 'own-unit' && s.kind !== 'report')) {
    errors.push(`${at('kind')}：${what}须排在至少一个审核环节之后；单位第一次报送由第1个环节（单位填报）完成`);
  }
  return errors;
}

export function validateProcedure(json: unknown): { ok: true; procedure: Procedure } | { ok: false; errors: string[] } {
  const parsed = procedureSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((issue) => `${describePath(issue.path)}：${issueMessage(issue)}`) };
  }
  const procedure = parsed.data as Procedure;
  const errors = structuralErrors(procedure);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, procedure };
}
