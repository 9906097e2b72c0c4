import type { AdminViewServerProps } from 'payload';
import { DefaultTemplate } from '@payloadcms/next/templates';
import { Gutter } from '@payloadcms/ui';
import { hasRole, seeAllRoles } from '../../access/user.ts';
import { divergenceReport } from '../../oversight/divergence.ts';

/**
 * 标准化差异排名 (/admin/oversight/divergence): the ranking GET /api/oversight/divergence answers,
 * as a table in the admin. The same role check as the endpoint; other staff read why not.
 */
export async function DivergenceView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, permissions, locale, visibleEntities } = initPageResult;
  const allowed = hasRole(req.user, ...seeAllRoles);
  const report = allowed ? await divergenceReport(req.payload) : undefined;
  return (
    <DefaultTemplate i18n={req.i18n} locale={locale} params={params} payload={req.payload} permissions={permissions} searchParams={searchParams} user={req.user ?? undefined} visibleEntities={visibleEntities} req={req}>
      <Gutter>
        <h1>标准化差异排名</h1>
        {!report ? (
          <p>您无权查看标准化差异排名：仅审核员、审定人员和系统管理员可以查看。</p>
        ) : (
          <>
            <p>同一基本编码在各地的办事指南（已发布）按差异度从高到低排列，统计于 {report.generatedAt}（北京时间）。{report.formula}</p>
            {report.items.length === 0 ? (
              <p>目前没有两个以上地方办理的事项。</p>
            ) : (
              <table className="table" style={{ width: '100%', borderCollapse: 'collapse' }}>
                <caption style={{ textAlign: 'left', fontWeight: 600 }}>共 {report.items.length} 个基本编码</caption>
                <thead>
                  <tr>
                    <th scope="col">排名</th>
                    <th scope="col">事项名称</th>
                    <th scope="col">基本编码</th>
                    <th scope="col">办理地方数</th>
                    <th scope="col">差异度</th>
                    <th scope="col">不一致的内容</th>
                  </tr>
                </thead>
                <tbody>
                  {report.items.map((item, i) => (
                    <tr key={item.basicCode}>
                      <td>{i + 1}</td>
                      <th scope="row">{item.name}</th>
                      <td>{item.basicCode}</td>
                      <td>{item.implementations}</td>
                      <td>{item.divergence}</td>
                      <td>{item.differingRows.length ? item.differingRows.join('、') : '各地一致'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </Gutter>
    </DefaultTemplate>
  );
}
