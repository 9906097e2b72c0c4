import { nextActors, type WorkflowState } from '@catalog/content-models';
import type { Payload, Where } from 'payload';
import { stateOf } from './case.ts';
import type { WorkflowCase } from './case.ts';
import { text, type Doc } from './docs.ts';
import { activeProcedure } from './procedure.ts';

/** The message to those who must act next: what, where it stands, and where to act. */
function message(adjustment: Doc, state: WorkflowState, stageName: string): { subject: string; text: string } {
  const title = text(adjustment.reason) ?? `动态调整 ${String(adjustment.id)}`;
  const returned = state.status === 'returned' || state.status === 'withdrawn';
  const base = process.env.CMS_URL ?? process.env.CMS_PUBLIC_URL ?? 'http://localhost:3000';
  return {
    subject: returned ? `【已退回修改】${title}` : `【待审核】${title}（${stageName}）`,
    text: [
      returned ? `动态调整“${title}”已退回本单位，请查看审核意见后修改并重新提交。` : `动态调整“${title}”已进入「${stageName}」环节，等待您审核。`,
      `办理地址：${base}/admin/collections/adjustments/${String(adjustment.id)}`,
    ].join('\n'),
  };
}

/**
 * E-mails whoever must act next (their role, within the unit where the stage is scoped to one),
 * only when the deployment configured an email adapter in Payload. In the admin the same people
 * see the case in their 待我审核 / 我的事项 lists. A failed e-mail never undoes the decision.
 */
export async function notifyNextActors(payload: Payload, found: WorkflowCase, adjustment: Doc): Promise<number> {
  if (!payload.config.email) return 0;
  const state = stateOf(adjustment);
  const next = nextActors(activeProcedure(), state, found.subject);
  if (!next) return 0;
  const conditions: Where[] = [{ roles: { in: next.roles } }];
  if (next.unitId !== undefined) conditions.push({ unit: { equals: next.unitId } });
  const users = await payload.find({ collection: 'users', where: { and: conditions }, depth: 0, limit: 200, overrideAccess: true });
  const { subject, text: body } = message(adjustment, state, next.stage.name);
  let sent = 0;
  for (const user of users.docs as unknown as Doc[]) {
    if (!text(user.email)) continue;
    try {
      await payload.sendEmail({ to: String(user.email), subject, text: body });
      sent++;
    } catch (error) {
      payload.logger.warn(`审核提醒邮件未能发送至 ${String(user.email)}：${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return sent;
}
