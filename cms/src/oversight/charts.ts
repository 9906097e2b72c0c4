import type { Statistics } from '@catalog/content-models';
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

/** A chart as SVG text rendered on the server (no script in the page), with its title for the figure caption. */
export interface Chart {
  title: string;
  svg: string;
}

// Colours told apart by people with red–green colour blindness (Okabe–Ito); the legend names each
// series and the same numbers stand in the tables, so colour is never the only signal.
const palette = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9'];
const font = { fontSize: 14, fontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif', color: '#1f1f1f' };

function render(title: string, categories: string[], series: { name: string; data: (number | null)[] }[], horizontal = false): Chart {
  const height = horizontal ? Math.max(160, 48 + categories.length * 36) : 320;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 720, height });
  const category = { type: 'category' as const, data: categories, axisLabel: { ...font, interval: 0, width: horizontal ? 180 : 96, overflow: 'break' as const } };
  const value = { type: 'value' as const, minInterval: 1, axisLabel: font };
  chart.setOption({
    animation: false,
    color: palette,
    textStyle: font,
    legend: { top: 0, textStyle: font },
    // ECharts 6 keeps axis labels inside the chart by itself (grid.outerBounds).
    grid: { left: 8, right: 32, top: 40, bottom: 8 },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? { ...category, inverse: true } : value,
    series: series.map((s) => ({ ...s, type: 'bar', label: { show: true, position: horizontal ? 'right' : 'top', ...font } })),
  });
  // One image to assistive technology, named by its title; its numbers stand in the tables below.
  const label = `${title}（数据见下方表格）`.replace(/[&<>"]/g, '');
  const svg = chart.renderToSVGString().replace('<svg ', `<svg role="img" aria-label="${label}" focusable="false" `);
  chart.dispose();
  return { title, svg };
}

/** Where people would rather look than read: outcomes per unit, waiting per stage, completeness per unit. */
export function statisticsCharts(stats: Statistics): Chart[] {
  const charts: Chart[] = [];
  const active = stats.byUnit.filter((u) => u.submitted + u.approved + u.returned + u.rejected + u.overdue > 0);
  if (active.length > 0) {
    charts.push(render('各单位办理情况', active.map((u) => u.name), [
      { name: '通过', data: active.map((u) => u.approved) },
      { name: '退回', data: active.map((u) => u.returned) },
      { name: '不予通过', data: active.map((u) => u.rejected) },
      { name: '超期', data: active.map((u) => u.overdue) },
    ], true));
  }
  const waited = stats.byStage.filter((s) => s.handled > 0);
  if (waited.length > 0) {
    charts.push(render('各环节等待时长（工作日）', waited.map((s) => s.name), [
      { name: '中位数', data: waited.map((s) => s.medianDays ?? null) },
      { name: '90%分位', data: waited.map((s) => s.p90Days ?? null) },
    ]));
  }
  const rated = stats.catalog.byUnit.filter((u) => u.guides > 0);
  if (rated.length > 0) {
    charts.push(render('各单位一次性告知齐全率（%）', rated.map((u) => u.name), [{ name: '齐全率', data: rated.map((u) => Math.round((u.complete / u.guides) * 1000) / 10) }], true));
  }
  return charts;
}
