import type { ClaimLine, ItemRef } from '@catalog/content-models/catalog/index.ts';
import { neutraliseCell } from '@catalog/content-models/spreadsheet/index.ts';
import type { ClaimsReportResult } from './report.ts';

/** Columns of the 认领情况 download, one row per unit and item. */
export const claimsHeader = ['区县', '区县代码', '单位', '情况', '事项名称', '基本编码', '目录所属区划', '实施编码', '实施清单状态', '不一致内容'];

const stateOf = (line: ClaimLine) => (line.cancelled ? '已取消' : line.published ? '已发布' : '草稿（未送审或审核中）');

export function claimsRows(report: ClaimsReportResult): string[][] {
  const listedIn = (ref: ItemRef) => report.regionNames[ref.regionCode] ?? ref.regionCode;
  const rows: string[][] = [];
  for (const county of report.counties) {
    const start = [county.name, county.code];
    for (const unit of county.units) {
      for (const line of unit.claimed) {
        const deviates = line.deviations.length > 0;
        rows.push([...start, unit.unitName, deviates ? '与目录不一致' : '已认领', line.name, line.basicCode, listedIn(line), line.implementationCode ?? '', stateOf(line), line.deviations.map((d) => d.message).join('；')]);
      }
      for (const ref of unit.missing) rows.push([...start, unit.unitName, '未认领', ref.name, ref.basicCode, listedIn(ref), '', '', '']);
    }
    for (const ref of county.unassigned) rows.push([...start, '（未落实对口单位）', '未认领', ref.name, ref.basicCode, listedIn(ref), '', '', '']);
  }
  return rows;
}

/** CSV as Excel opens it: UTF-8 with a byte-order mark, every cell quoted and neutralised against formulas. */
export function toCsv(header: string[], rows: string[][]): string {
  const cell = (value: string) => `"${neutraliseCell(value).replaceAll('"', '""')}"`;
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
