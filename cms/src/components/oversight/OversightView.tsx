import { DefaultTemplate } from '@payloadcms/next/templates';
import type { AdminViewServerProps } from 'payload';
import { statisticsReader } from '../../oversight/access.ts';
import { statisticsCharts } from '../../oversight/charts.ts';
import { loadStatistics } from '../../oversight/load.ts';
import { readStatisticsQuery } from '../../oversight/query.ts';
import { statisticsTables, type Table } from '../../oversight/tables.ts';
import { givenValues, searchValues } from './searchValues.ts';

const styles = `
.oversight { max-width: 72rem; padding: 1.5rem var(--gutter-h, 1.5rem) 3rem; font-size: 1rem; line-height: 1.6; }
.oversight form { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-end; margin: 1rem 0; }
.oversight label { display: flex; flex-direction: column; gap: .25rem; font-weight: 600; }
.oversight input, .oversight select { font: inherit; padding: .4rem .5rem; min-height: 2.5rem; border: 1px solid var(--theme-elevation-400); border-radius: 4px; background: var(--theme-input-bg, var(--theme-elevation-0)); color: var(--theme-text); }
.oversight button { font: inherit; font-weight: 600; padding: .5rem 1.25rem; min-height: 2.5rem; border: 0; border-radius: 4px; background: var(--theme-elevation-900); color: var(--theme-elevation-0); cursor: pointer; }
.oversight .exports { display: flex; flex-wrap: wrap; gap: 1.5rem; margin: .5rem 0 1.5rem; }
.oversight table { border-collapse: collapse; margin: .5rem 0 2rem; min-width: 60%; }
.oversight th, .oversight td { border: 1px solid var(--theme-elevation-250); padding: .35rem .6rem; text-align: right; }
.oversight th:first-child, .oversight thead th { text-align: left; }
.oversight figure { margin: 0 0 2rem; }
.oversight figure svg { max-width: 100%; height: auto; background: #fff; }
.oversight .error { border-left: 4px solid var(--theme-error-500); padding: .5rem 1rem; }
`;

function TableView({ table }: { table: Table }) {
  return (
    <section aria-labelledby={`table-${table.title}`}>
      <h2 id={`table-${table.title}`}>{table.title}</h2>
      {table.rows.length === 0 ? (
        <p>本期无。</p>
      ) : (
        <table>
          <thead>
            <tr>{table.header.map((cell) => <th key={cell} scope="col">{cell}</th>)}</tr>
          </thead>
          <tbody>
            {table.rows.map((row, i) => (
              <tr key={i}>{row.map((cell, j) => (j === 0 ? <th key={j} scope="row">{cell}</th> : <td key={j}>{cell}</td>))}</tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/**
 * /admin/oversight — 监督统计: filters (month or days, unit, region), charts and tables, links to the
 * workbook and the 月度通报. Reviewers and administrators only; the numbers come from the same
 * loadStatistics the API answers with, read with the viewer's access.
 */
export async function OversightView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, visibleEntities, locale } = initPageResult;
  const template = { i18n: req.i18n, locale, params, payload: req.payload, permissions, searchParams, user: req.user ?? undefined, visibleEntities, req };
  const reader = statisticsReader(req.user);
  if (!reader.ok) {
    return (
      <DefaultTemplate {...template}>
        <div className="oversight"><h1>监督统计</h1><p className="error" role="alert">{reader.message}</p></div>
      </DefaultTemplate>
    );
  }
  const values = searchValues(searchParams);
  const parsed = await readStatisticsQuery(req, givenValues(values));
  const units = await req.payload.find({ collection: 'units', depth: 0, limit: 0, pagination: false, sort: 'name', select: { name: true }, overrideAccess: false, user: req.user, req });
  const stats = parsed.ok ? await loadStatistics(req, parsed.query) : undefined;
  const query = new URLSearchParams(givenValues(values)).toString();
  const api = `${req.payload.config.routes.api}/oversight`;

  return (
    <DefaultTemplate {...template}>
      <style>{styles}</style>
      <div className="oversight">
        <h1>监督统计</h1>
        <p>按单位、区划、审核环节统计报送、通过、退回、不予通过和超期情况，以及目录完整度。时间均为北京时间；等待时长按工作日计（节假日安排见“节假日安排”）。</p>
        <form method="get">
          <label>
            统计月份
            <input type="month" name="month" defaultValue={values.month} />
          </label>
          <label>
            或起始日期
            <input type="date" name="from" defaultValue={values.from} />
          </label>
          <label>
            截止日期（不含）
            <input type="date" name="to" defaultValue={values.to} />
          </label>
          <label>
            单位
            <select name="unit" defaultValue={values.unit}>
              <option value="">全部单位</option>
              {units.docs.map((unit) => <option key={String(unit.id)} value={String(unit.id)}>{String(unit.name)}</option>)}
            </select>
          </label>
          <label>
            行政区划代码
            <input type="text" name="region" inputMode="numeric" placeholder="如 330326" defaultValue={values.region} />
          </label>
          <button type="submit">统计</button>
        </form>
        {!parsed.ok && <p className="error" role="alert">{parsed.message}</p>}
        {stats && (
          <>
            <p className="exports">
              <a href={`${api}/statistics.xlsx?${query}`}>导出统计表（Excel）</a>
              <a href={`${req.payload.config.routes.admin}/oversight/bulletin?${query}`}>月度通报（A4 打印版）</a>
              <a href={`${api}/bulletin.xlsx?${query}`}>月度通报（Excel）</a>
            </p>
            {statisticsCharts(stats).map((chart) => (
              <figure key={chart.title}>
                <figcaption><h2>{chart.title}</h2></figcaption>
                <div dangerouslySetInnerHTML={{ __html: chart.svg }} />
              </figure>
            ))}
            {statisticsTables(stats).map((table) => <TableView key={table.title} table={table} />)}
          </>
        )}
      </div>
    </DefaultTemplate>
  );
}
