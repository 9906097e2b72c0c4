import { beijingDateTime, monthLabel, periodLabel, rankUnits, type Statistics } from '@catalog/content-models';
import { rankingTable, rate, reasonTable, type Table } from './tables.ts';
import { escapeHtml as escape } from '../html/escapeHtml.ts';

/** 月度通报: the month's statistics as a notice to the units, built from the same aggregates. */
export interface Bulletin {
  title: string;
  periodText: string;
  issuedText: string;
  overview: string;
  tables: Table[];
}

/** 「瓯江市政务服务事项动态管理月度通报（2026年11月）」; without a known area the title starts at 政务服务. */
export function bulletinTitle(areaName: string | undefined, stats: Statistics): string {
  return `${areaName ?? ''}政务服务事项动态管理月度通报（${monthLabel(stats.period)}）`;
}

export function buildBulletin(stats: Statistics, areaName: string | undefined): Bulletin {
  const { totals, catalog } = stats;
  const catalogOf = new Map(catalog.byUnit.map((row) => [row.key, row]));
  const units: Table = {
    title: '各单位情况',
    header: ['单位', '报送（件）', '通过（件）', '退回（次）', '不予通过（件）', '超期（次）', '已发布指南（件）', '一次性告知齐全率', '已过复核日期（件）'],
    rows: stats.byUnit.map((unit) => {
      const guides = catalogOf.get(unit.key);
      return [unit.name, unit.submitted, unit.approved, unit.returned, unit.rejected, unit.overdue, guides?.guides ?? 0, rate(guides?.complete ?? 0, guides?.guides ?? 0), guides?.pastReview ?? 0];
    }),
  };
  const unitReasons: Table = {
    title: '各单位主要退回原因',
    header: ['单位', '退回原因（审核意见）', '次数'],
    rows: stats.byUnit.flatMap((unit) => (stats.returnReasonsByUnit[unit.key] ?? []).map((reason) => [unit.name, reason.reason, reason.count])),
  };
  const overview =
    `${periodLabel(stats.period)}，共报送动态调整 ${totals.submitted} 件，审核通过 ${totals.approved} 件，退回修改 ${totals.returned} 次，` +
    `不予通过 ${totals.rejected} 件，超过办理期限 ${totals.overdue} 次。截至统计时，已发布办事指南 ${catalog.totals.guides} 件，` +
    `一次性告知要素齐全 ${catalog.totals.complete} 件（齐全率 ${rate(catalog.totals.complete, catalog.totals.guides)}），已过复核日期 ${catalog.totals.pastReview} 件。`;
  return {
    title: bulletinTitle(areaName, stats),
    periodText: `统计区间：${periodLabel(stats.period)}`,
    issuedText: `统计时间：${beijingDateTime(stats.asOf)}（北京时间）`,
    overview,
    tables: [units, rankingTable(rankUnits(stats.byUnit, catalog.byUnit)), { ...reasonTable(stats.returnReasons), title: '主要退回原因' }, unitReasons],
  };
}


const numerals = ['一', '二', '三', '四', '五', '六'];

function tableHtml(table: Table, index: number): string {
  const head = table.header.map((cell) => `<th scope="col">${escape(cell)}</th>`).join('');
  const body = table.rows.length === 0
    ? `<tr><td colspan="${table.header.length}">本期无</td></tr>`
    : table.rows.map((row) => `<tr>${row.map((cell, i) => (i === 0 ? `<th scope="row">${escape(cell)}</th>` : `<td>${escape(cell)}</td>`)).join('')}</tr>`).join('\n');
  return `<section><h2>${numerals[index + 1]}、${escape(table.title)}</h2>\n<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table></section>`;
}

/** Print styles of the 通报: A4, large type, real table headers repeated on each printed page. */
export const bulletinStyles = `
@page { size: A4; margin: 20mm 16mm; }
body { font-family: "FangSong", "STFangsong", "Noto Serif CJK SC", "Songti SC", serif; font-size: 16px; line-height: 1.6; color: #000; background: #fff; }
.bulletin { max-width: 178mm; margin: 0 auto; padding: 1em; color: #000; background: #fff; }
.bulletin h1 { font-family: "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 22px; text-align: center; margin: 0 0 .5em; }
.bulletin h2 { font-family: "SimHei", "Noto Sans CJK SC", sans-serif; font-size: 17px; margin: 1.2em 0 .4em; }
.bulletin .meta { text-align: center; margin: 0; }
.bulletin table { width: 100%; border-collapse: collapse; font-size: 14px; }
.bulletin th, .bulletin td { border: 1px solid #000; padding: 3px 5px; text-align: center; }
.bulletin tbody th { text-align: left; font-weight: normal; }
.bulletin thead { display: table-header-group; }
.bulletin tr { break-inside: avoid; }
.bulletin .hint { color: #333; font-size: 14px; }
@media print { .bulletin .hint { display: none; } .bulletin { padding: 0; max-width: none; } }
`;

/** The 通报 itself (no script), for the standalone page and the admin's print view alike. */
export function bulletinBody(bulletin: Bulletin): string {
  return `<div class="bulletin">
<h1>${escape(bulletin.title)}</h1>
<p class="meta">${escape(bulletin.periodText)}</p>
<p class="meta">${escape(bulletin.issuedText)}</p>
<p class="hint">打印：使用浏览器的“打印”（Ctrl+P），纸张选 A4。</p>
<section><h2>一、总体情况</h2><p>${escape(bulletin.overview)}</p></section>
${bulletin.tables.map(tableHtml).join('\n')}
</div>`;
}

/** The 通报 as a standalone A4 HTML document. */
export function bulletinHtml(bulletin: Bulletin): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(bulletin.title)}</title>
<style>${bulletinStyles}</style>
</head>
<body>
${bulletinBody(bulletin)}
</body>
</html>
`;
}
