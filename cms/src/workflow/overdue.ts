import { createLocalReq, type Payload } from 'payload';
import { loadCase, stateOf } from './case.ts';
import { idOf, type Doc } from './docs.ts';
import { actorsNow, adjustmentLink, caseProcedure, caseTitle, dueLine, holdersOf, noticeFor } from './notify.ts';
import { deliver } from '../notifications/deliver.ts';

/**
 * 超期提醒: every case still in review past its stage's 办理期限 (`stageDueAt`) tells whoever must
 * act at that stage, and the 编办 reviewers who oversee the procedure, once per stage entry —
 * running it again (hourly, or twice at once) tells nobody twice. Returns the new notices.
 */
export async function notifyOverdue(payload: Payload, now: Date): Promise<number> {
  const overdue = await payload.find({
    collection: 'adjustments',
    where: { and: [{ state: { equals: 'in-review' } }, { stageDueAt: { less_than: now.toISOString() } }] },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  });
  if (overdue.docs.length === 0) return 0;
  const req = await createLocalReq({}, payload);
  const watchers = await holdersOf(payload, 'reviewer');
  let written = 0;
  for (const doc of overdue.docs as unknown as Doc[]) {
    try {
      const found = await loadCase(req, idOf(doc.id));
      if (!found) continue;
      const { adjustment } = found;
      const state = stateOf(adjustment);
      const actors = await actorsNow(payload, caseProcedure(found), state, found.subject);
      if (!actors) continue;
      const recipients = [...new Map([...actors.users, ...watchers].map((user) => [String(user.id), user])).values()];
      const title = await caseTitle(payload, adjustment);
      const subject = `【已超期】${title}（${actors.stage.name}）`;
      const lines = [`动态调整${title}在「${actors.stage.name}」环节已超过办理期限，请尽快办理。`, ...dueLine(adjustment), adjustmentLink(adjustment)];
      for (const user of recipients) {
        if ((await deliver(payload, noticeFor(adjustment, state, 'overdue', user, subject, lines))) === 'new') written += 1;
      }
    } catch (error) {
      payload.logger.error(`超期提醒未能发送（动态调整 ${String(doc.id)}）：${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return written;
}
