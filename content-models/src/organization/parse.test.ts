import { describe, expect, it } from 'vitest';
import { creditCodeCheckCharacter } from '../codes/credit-code.ts';
import { parseOrganizationSheets, type OrganizationContext } from './parse.ts';

const code = (first17: string) => first17 + creditCodeCheckCharacter(first17);
const provinceOffice = code('11330000002482000');
const countyBureau = code('11330326002482000');

const regions: Record<string, string> = { '330000': '浙江省', '330326': '平阳县', '330326100000': '昆阳镇' };
const context: OrganizationContext = { unitNames: new Set(['平阳县人民政府']), region: (c) => (regions[c] ? { name: regions[c] } : undefined) };

const unitHeader = ['*单位名称', '*单位性质', '统一社会信用代码', '*所属区划代码', '行使层级', '主管部门', '电话', '地址', '办公时间'];
const accountHeader = ['*姓名', '*登录邮箱', '*角色', '所属单位'];

function sheets(units: string[][], accounts: string[][] = [], extra: { unitHeader?: string[]; accountHeader?: string[] } = {}) {
  return { 单位: [extra.unitHeader ?? unitHeader, ...units], 账号: [extra.accountHeader ?? accountHeader, ...accounts] };
}

describe('组织机构 sheets', () => {
  it('reads units and accounts; the level follows the region (a province unit is 省级)', () => {
    const result = parseOrganizationSheets(
      sheets(
        [
          ['浙江省大数据发展管理局', '政府部门', provinceOffice, '330000', '', '', '0571-1', '杭州', ''],
          ['平阳县民政局', '政府部门', countyBureau, '330326', '', '平阳县人民政府', '', '', ''],
          ['平阳县妇女联合会', '群团组织', '', '330326', '', '', '', '', ''],
        ],
        [['张三', 'ZhangSan@Example.gov.cn', '部门填报员；单位负责人', '平阳县民政局']],
      ),
      context,
    );
    expect(result.problems).toEqual([]);
    expect(result.units.map((u) => [u.name, u.kind, u.level])).toEqual([
      ['浙江省大数据发展管理局', 'government', '2'],
      ['平阳县民政局', 'government', '4'],
      ['平阳县妇女联合会', 'mass-organization', '4'],
    ]);
    expect(result.accounts).toEqual([{ row: 2, name: '张三', email: 'zhangsan@example.gov.cn', roles: ['editor', 'unit-head'], unit: '平阳县民政局' }]);
    // A blank 统一社会信用代码 is allowed, with a warning naming the row; none is invented.
    expect(result.units[2]!.creditCode).toBeUndefined();
    expect(result.warnings).toEqual([expect.objectContaining({ sheet: '单位', row: 4, column: 'C（统一社会信用代码）', value: '' })]);
  });

  it('refuses a password column, whatever it holds', () => {
    const result = parseOrganizationSheets(sheets([], [['张三', 'a@b.cn', '审核员（编办/审改办）', '', 'Secret-2026!']], { accountHeader: [...accountHeader, '初始密码'] }), context);
    expect(result.problems).toEqual([expect.objectContaining({ sheet: '账号', row: 1, column: 'E（初始密码）', message: expect.stringContaining('不能有密码列') })]);
  });

  it('names sheet, row, column and value of every problem', () => {
    const bad = `${countyBureau.slice(0, 17)}${countyBureau.endsWith('0') ? '1' : '0'}`;
    const result = parseOrganizationSheets(
      sheets(
        [
          ['平阳县民政局', '社会团体', bad, '339999', '', '不存在的局', '', '', ''],
          ['平阳县民政局', '政府部门', '', '330326', '', '', '', '', ''],
        ],
        [
          ['李四', 'li@x.cn', '部门填报员', ''],
          ['王五', 'LI@x.cn', '超级用户', '没有的单位'],
        ],
      ),
      context,
    );
    const seen = result.problems.map((p) => [p.sheet, p.row, p.column, p.value]);
    expect(seen).toEqual([
      ['单位', 2, 'B（单位性质）', '社会团体'],
      ['单位', 2, 'C（统一社会信用代码）', bad],
      ['单位', 2, 'D（所属区划代码）', '339999'],
      ['单位', 2, 'F（主管部门）', '不存在的局'],
      ['单位', 3, 'A（单位名称）', '平阳县民政局'],
      ['账号', 2, 'D（所属单位）', ''],
      ['账号', 3, 'B（登录邮箱）', 'LI@x.cn'],
      ['账号', 3, 'C（角色）', '超级用户'],
      ['账号', 3, 'D（所属单位）', '没有的单位'],
    ]);
    expect(result.problems[1]!.message).toContain('校验位错误');
    expect(result.problems[2]!.message).toContain('国家区划数据');
    expect(result.problems[5]!.message).toContain('部门填报员');
  });

  it('reports a missing required column and ignores unknown ones with a warning', () => {
    const result = parseOrganizationSheets(sheets([['平阳县民政局', '政府部门']], [], { unitHeader: ['单位名称', '单位性质', '备注'] }), context);
    expect(result.problems.map((p) => p.message)).toEqual([expect.stringContaining('缺少必填列“所属区划代码”'), expect.stringContaining('所属区划代码为必填项')]);
    expect(result.warnings).toContainEqual(expect.objectContaining({ column: 'C（备注）', message: expect.stringContaining('已忽略') }));
  });
});
