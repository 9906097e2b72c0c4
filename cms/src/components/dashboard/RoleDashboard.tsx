import { beijingDateTime, checkGuide } from '@catalog/content-models';
import type { Payload } from 'payload';
import { hasRole, unitIdOf } from '../../access/user.ts';
import { reviewDueWhere } from '../../collections/Implementations/reviewDue.ts';
import { loadRepealedLaws } from '../../laws/repealed.ts';
import { toGuideDraft } from '../../guide/toGuideDraft.ts';
import { WorkflowQueues } from '../workflow/WorkflowQueues.tsx';

type Doc = Record<string, unknown>;
const guides = '/admin/collections/implementations';
const statusLabels: Record<string, string> = { running: '进行中', succeeded: '成功', failed: '失败' };
/** Enough for a county unit's guides; a larger unit sees the count of the first ones checked, said so. */
const HEALTH_LIMIT = 300;

const obj = (value: unknown): Doc | null => (value && typeof value === 'object' ? (value as Doc) : null);

/** 本单位事项: the unit's guides, those past their 复核日期 and those the quality rules find errors in. */
async function UnitHealth({ payload, user, unit }: { payload: Payload; user: unknown; unit: string | number }) {
  const found = await payload.find({ collection: 'implementations', where: { unit: { equals: unit } }, depth: 1, limit: HEALTH_LIMIT, draft: true, overrideAccess: false, user: user as never });
  const docs = found.docs as unknown as Doc[];
  const due = await payload.count({ collection: 'implementations', where: { and: [{ unit: { equals: unit } }, reviewDueWhere()] }, overrideAccess: false, user: user as never });
  // The same findings as the guide's 质量检查 panel and the submission, repealed laws included.
  const repealedLaws = await loadRepealedLaws(payload);
  const failing = docs
    .map((doc) => ({ doc, errors: checkGuide(toGuideDraft({ implementation: doc, catalogItem: obj(doc.catalogItem), unit: obj(doc.unit), region: obj(doc.region) }), { repealedLaws }).filter((f) => f.severity === 'error').length }))
    .filter((entry) => entry.errors > 0);
  return (
    <section aria-labelledby="unit-health-title">
      <h3 id="unit-health-title">本单位事项</h3>
      <p>
        共 {found.totalDocs} 份办事指南
        {found.totalDocs > docs.length ? `（质量检查了前 ${docs.length} 份）` : ''}。
      </p>
      <ul>
        <li>
          <a href={`${guides}?where[and][0][unit][equals]=${String(unit)}&where[and][1][reviewDate][less_than_equal]=${encodeURIComponent(new Date().toISOString())}&sort=reviewDate`}>已到复核日期：{due.totalDocs} 份</a>
        </li>
        <li>
          质量检查有须改正问题：{failing.length} 份
          {failing.length > 0 && (
            <ul>
              {failing.slice(0, 5).map(({ doc, errors }) => (
                <li key={String(doc.id)}>
                  <a href={`${guides}/${String(doc.id)}`}>{String(doc.name ?? doc.id)}</a>（{errors} 项）
                </li>
              ))}
            </ul>
          )}
        </li>
      </ul>
    </section>
  );
}

/** 最近发布: the last publications of the site, with their outcome, in Beijing time. */
async function RecentPublications({ payload, user }: { payload: Payload; user: unknown }) {
  const found = await payload.find({ collection: 'publications', sort: '-startedAt', limit: 5, depth: 0, overrideAccess: false, user: user as never }).catch(() => null);
  if (!found) return null;
  const docs = found.docs as unknown as Doc[];
  return (
    <section aria-labelledby="recent-publications-title">
      <h3 id="recent-publications-title">
        <a href="/admin/collections/publications">最近发布</a>
      </h3>
      {docs.length === 0 ? (
        <p>网站尚未发布过。</p>
      ) : (
        <ul>
          {docs.map((doc) => (
            <li key={String(doc.id)}>
              <a href={`/admin/collections/publications/${String(doc.id)}`}>{doc.startedAt ? beijingDateTime(String(doc.startedAt)) : '时间未知'}</a> ·{' '}
              {statusLabels[String(doc.status)] ?? String(doc.status)}
              {typeof doc.items === 'number' ? ` · ${doc.items} 项` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * The home page as each role needs it, above Payload's collection cards: the work waiting for this
 * person (待我审核 / 我的事项, as above the adjustments list), the unit's catalog health for unit staff,
 * and the latest publications. Server component; every read uses the person's own access.
 */
export async function RoleDashboard({ payload, user }: { payload: Payload; user: unknown }) {
  if (!user) return null;
  const unit = unitIdOf(user);
  const unitStaff = hasRole(user, 'editor', 'unit-head') && unit !== undefined;
  return (
    <div aria-label="我的工作台" role="region" style={{ marginBottom: '2rem' }}>
      <h2 style={{ marginBottom: '1rem' }}>我的工作台</h2>
      <WorkflowQueues payload={payload} user={user} />
      <div style={{ display: 'flex', gap: '2rem', flexWrap: 'wrap' }}>
        {unitStaff && <UnitHealth payload={payload} user={user} unit={unit!} />}
        <RecentPublications payload={payload} user={user} />
      </div>
    </div>
  );
}
