import { beijingDate, beijingDateTime, dueStatus, type Procedure, type Role } from '@catalog/content-models';
import type { Payload, Where } from 'payload';
import { hasRole, unitIdOf } from '../../access/user.ts';
import { stagesOf } from '../../workflow/access.ts';
import { workflowNow } from '../../workflow/clock.ts';
import { holidayCalendar, knownProcedures, procedureOf } from '../../workflow/procedure.ts';
import { BatchApprovalPanel } from './BatchApprovalPanel.tsx';

type Doc = Record<string, unknown>;
const list = '/admin/collections/adjustments';
const DAY = 24 * 60 * 60 * 1000;

/** Review stages this user acts on in any procedure (unit-head stages included; drafting and 二报 stages are the unit's, listed apart). */
function myStages(procedures: Procedure[], roles: Role[]): string[] {
  const unitSteps = new Set(procedures.flatMap((p) => p.stages.filter((stage, i) => i === 0 || stage.kind === 'report').map((stage) => stage.id)));
  return stagesOf(procedures, roles).filter((id) => !unitSteps.has(id));
}

/** 二报 and other report stages, where the unit's editor acts again. */
const reportStages = (procedures: Procedure[]) => [...new Set(procedures.flatMap((p) => p.stages.filter((s) => s.kind === 'report').map((s) => s.id)))];

const dueText: Record<string, string> = { overdue: '已超期', 'due-soon': '即将到期', 'on-time': '' };

function queueWhere(user: unknown, stages: string[]): Where {
  const conditions: Where[] = [{ state: { equals: 'in-review' } }, { stage: { in: stages } }];
  const unit = unitIdOf(user);
  if (hasRole(user, 'unit-head') && !hasRole(user, 'reviewer', 'approver', 'admin') && unit !== undefined) conditions.push({ unit: { equals: unit } });
  return { and: conditions };
}

/** A where as the admin list's query string (`where[and][0][state][equals]=…`). */
function toQuery(value: unknown, prefix: string): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => toQuery(v, `${prefix}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => toQuery(v, `${prefix}[${k}]`));
  return [`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`];
}

const href = (where: Where, sort: string) => `${list}?${toQuery(where, 'where').join('&')}&sort=${sort}`;

/**
 * Above the adjustments list: 待我审核 (what waits at this user's stages, oldest first, with how
 * long it has waited) and 我的事项 (the unit's own adjustments, those returned for changes first).
 * A server component: it reads with the user's own access, so it never shows more than the list would.
 */
export async function WorkflowQueues({ payload, user }: { payload: Payload; user: unknown }) {
  if (!user) return null;
  const roles = ((user as { roles?: Role[] }).roles ?? []) as Role[];
  const procedures = await knownProcedures({ payload });
  const calendar = await holidayCalendar({ payload });
  const stages = myStages(procedures, roles);
  const unit = unitIdOf(user);
  const find = (where: Where, sort: string) =>
    payload.find({ collection: 'adjustments', where, sort, limit: 10, depth: 1, overrideAccess: false, user: user as never }).then((r) => r.docs as unknown as Doc[]);

  const queueFilter = stages.length > 0 ? queueWhere(user, stages) : undefined;
  const queue = queueFilter ? await find(queueFilter, 'stageEnteredAt') : [];
  const mineFilter: Where | undefined = hasRole(user, 'editor') && unit !== undefined ? { unit: { equals: unit } } : undefined;
  const returned = mineFilter ? await find({ and: [mineFilter, { state: { equals: 'returned' } }] }, '-updatedAt') : [];
  const toReport = mineFilter ? await find({ and: [mineFilter, { state: { equals: 'in-review' } }, { stage: { in: reportStages(procedures) } }] }, 'stageEnteredAt') : [];
  const now = workflowNow().getTime();
  const campaigns = (
    await payload.find({ collection: 'campaigns', where: { active: { equals: true } }, sort: 'deadline', depth: 0, limit: 5, overrideAccess: false, user: user as never })
  ).docs as unknown as Doc[];
  const stageName = (doc: Doc) => procedureOf(doc).stages.find((s) => s.id === doc.stage)?.name ?? String(doc.stage ?? '');
  const due = (doc: Doc) => {
    if (!doc.stageDueAt) return null;
    const status = dueStatus(String(doc.stageDueAt), new Date(now), calendar);
    const label = dueText[status] ?? '';
    return (
      <span style={status === 'overdue' ? { color: 'var(--theme-error-500)', fontWeight: 600 } : undefined}>
        {` · 办理期限 ${beijingDateTime(String(doc.stageDueAt))}`}
        {label && `（${label}）`}
      </span>
    );
  };
  const title = (doc: Doc) => String((doc.implementation as Doc | null)?.name ?? doc.reason ?? doc.id);

  return (
    <div style={{ display: 'flex', gap: '2rem', flexWrap: 'wrap', marginBottom: '1rem' }}>
      {campaigns.length > 0 && (
        <section aria-labelledby="campaigns-title">
          <h3 id="campaigns-title">专项工作</h3>
          <ul>
            {campaigns.map((campaign) => {
              const deadline = campaign.deadline ? new Date(String(campaign.deadline)).getTime() : undefined;
              const left = deadline === undefined ? undefined : Math.ceil((deadline - now) / DAY);
              return (
                <li key={String(campaign.id)}>
                  {String(campaign.name)}
                  {deadline !== undefined && ` · 截止 ${beijingDate(String(campaign.deadline))}`}
                  {left !== undefined && (left >= 0 ? `（剩余 ${left} 天）` : <strong style={{ color: 'var(--theme-error-500)' }}>（已逾期 {-left} 天）</strong>)}
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <BatchApprovalPanel payload={payload} user={user} procedures={procedures} />
      {queueFilter && (
        <section aria-labelledby="queue-title">
          <h3 id="queue-title">
            <a href={href(queueFilter, 'stageEnteredAt')}>待我审核（{queue.length === 10 ? '10+' : queue.length}）</a>
          </h3>
          {queue.length === 0 ? (
            <p>暂无待审核的调整。</p>
          ) : (
            <ul>
              {queue.map((doc) => {
                const since = doc.stageEnteredAt ? Math.floor((now - new Date(String(doc.stageEnteredAt)).getTime()) / DAY) : undefined;
                return (
                  <li key={String(doc.id)}>
                    <a href={`${list}/${String(doc.id)}`}>{title(doc)}</a> · {stageName(doc)}
                    {since !== undefined && ` · 已等待 ${since} 天`}
                    {due(doc)}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
      {mineFilter && (
        <section aria-labelledby="mine-title">
          <h3 id="mine-title">
            <a href={href(mineFilter, '-updatedAt')}>我的事项</a>
          </h3>
          {returned.length === 0 && toReport.length === 0 ? (
            <p>没有被退回修改或等待本单位报送的调整。</p>
          ) : (
            <ul>
              {toReport.map((doc) => (
                <li key={String(doc.id)}>
                  <a href={`${list}/${String(doc.id)}`}>{title(doc)}</a> · 待本单位{stageName(doc)}：请按审核意见修改后提交
                  {due(doc)}
                </li>
              ))}
              {returned.map((doc) => (
                <li key={String(doc.id)}>
                  <a href={`${list}/${String(doc.id)}`}>{title(doc)}</a> · 已退回修改（{stageName(doc)}），请查看审核意见后重新提交
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
