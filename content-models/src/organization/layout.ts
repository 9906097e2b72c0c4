import { roles } from '../vocabularies/workflow.ts';
import { levels } from '../vocabularies/item.ts';
import { unitKinds } from '../vocabularies/unit.ts';

/** One column of the 组织机构 sheets: its header (found by text, so the order is free) and its note. */
export interface OrganizationColumn {
  key: string;
  header: string;
  required?: boolean;
  note: string;
  width: number;
}

export interface OrganizationSheet {
  name: string;
  description: string;
  columns: readonly OrganizationColumn[];
}

const choices = (terms: readonly { label: string }[]) => terms.map((t) => t.label).join('、');

/** 单位: one row per unit (实施主体 / 主管部门). */
export const unitSheet: OrganizationSheet = {
  name: '单位',
  description: '每行一个单位。已有同名（或同统一社会信用代码）的单位按本行更新，选填列留空表示保持系统中的现有内容。',
  columns: [
    { key: 'name', header: '单位名称', required: true, note: '单位全称，如“平阳县民政局”；同一文件中不能重复', width: 28 },
    { key: 'kind', header: '单位性质', required: true, note: `可填：${choices(unitKinds.terms)}`, width: 18 },
    {
      key: 'creditCode',
      header: '统一社会信用代码',
      note: '18 位，末位为校验码（GB 32100-2015）。手头没有时可以留空（导入时提示，之后在单位中补填）；请勿编造',
      width: 22,
    },
    {
      key: 'regionCode',
      header: '所属区划代码',
      required: true,
      note: '行政区划代码：县级及以上 6 位（省 330000、市 330300、县 330326），乡镇（街道）、社区（村）12 位。系统中没有的区划连同上级从国家区划数据载入',
      width: 16,
    },
    { key: 'level', header: '行使层级', note: `可填：${choices(levels.terms)}；留空时按所属区划的层级（省级区划为省级，县级为县级……）`, width: 12 },
    { key: 'supervisor', header: '主管部门', note: '主管部门的单位名称：本表中的单位或系统中已有的单位', width: 24 },
    { key: 'phone', header: '电话', note: '对外咨询电话', width: 16 },
    { key: 'address', header: '地址', note: '办公地址', width: 30 },
    { key: 'hours', header: '办公时间', note: '如“工作日 8:30-12:00，14:30-17:30”', width: 28 },
  ],
};

/** 账号: one row per staff account. Never a password: accounts get a one-time invitation link. */
export const accountSheet: OrganizationSheet = {
  name: '账号',
  description: '每行一个账号。不要填写密码：新账号导入后由系统生成一次性的设置密码链接，交给本人设置密码。已有账号（同登录邮箱）按本行更新姓名、角色和所属单位，不会重新邀请。',
  columns: [
    { key: 'name', header: '姓名', required: true, note: '账号使用人的姓名', width: 12 },
    { key: 'email', header: '登录邮箱', required: true, note: '登录用的电子邮箱，同一文件中不能重复', width: 28 },
    { key: 'roles', header: '角色', required: true, note: `可填一个或多个（用“；”或“、”分隔）：${choices(roles.terms)}`, width: 30 },
    { key: 'unit', header: '所属单位', note: '单位名称：本文件“单位”表中的单位或系统中已有的单位；部门填报员、单位负责人和主管部门审核员必填', width: 28 },
  ],
};

export const organizationLayout: readonly OrganizationSheet[] = [unitSheet, accountSheet];

/** Headers that would carry a password (密码, 口令, password): such a column is refused, never read. */
export const passwordHeader = /密码|口令|password|passwd|pwd/i;

export const organizationInstructionsSheetName = '填写说明';

export function organizationColumnNote(column: OrganizationColumn): string {
  return `${column.required ? '必填' : '选填'}。${column.note}。`;
}
