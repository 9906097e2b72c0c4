/**
 * 「姓名（单位）」: how a person is named wherever a case shows who did something (创建人, 提交人,
 * 审核记录 办理人, the edit-lock dialog). Reviewers read cases of many units and the unit reads the
 * reviewers' decisions, so a bare name is ambiguous; an account without a unit (administrators) says so.
 */
export interface PersonParts {
  name?: string | null;
  unitName?: string | null;
}

export const noUnitLabel = '未设所属单位';

export function personLabel({ name, unitName }: PersonParts): string {
  const who = name?.trim() || '未填姓名';
  return `${who}（${unitName?.trim() || noUnitLabel}）`;
}

/** A relationship to an account that no longer exists still names something a person can follow up. */
export function missingPersonLabel(id: unknown): string {
  return `已删除的用户（编号 ${String(id)}）`;
}
