import type { Payload, PayloadRequest } from 'payload';
import type { NoticeKind } from '../collections/Notifications/kinds.ts';
import { backOff, isTransientWriteError } from '../workflow/durability.ts';
import type { Id } from '../workflow/docs.ts';

/** One notice to one user about one event. */
export interface Notice {
  recipient: { id: Id; email?: string | null | undefined; name?: string | null | undefined };
  kind: NoticeKind;
  /** adjustment:stage:stage entry (or state):user:kind — the event, so it is told once. */
  dedupeKey: string;
  adjustment: Id;
  stage: string;
  subject: string;
  text: string;
}

export type Delivery = 'new' | 'already-told';

const ATTEMPTS = 5;

async function alreadyStored(payload: Payload, dedupeKey: string, req?: PayloadRequest): Promise<boolean> {
  const found = await payload.find({ collection: 'notifications', where: { dedupeKey: { equals: dedupeKey } }, limit: 1, depth: 0, overrideAccess: true, pagination: false, ...(req ? { req } : {}) });
  return found.docs.length > 0;
}

/**
 * Writes the 站内通知 (always) and then e-mails it when an email adapter is configured. The inbox
 * entry is the claim on the event: only the call that stored it sends the e-mail, so a retried
 * or concurrent notify (two processes, a rerun of the overdue check) tells each user once. A
 * failed e-mail is logged and never undoes anything. With `req`, the entry is written in the
 * caller's open transaction (an import submitting many cases holds SQLite's one writer until it
 * commits: a write beside it would wait for it forever).
 */
export async function deliver(payload: Payload, notice: Notice, req?: PayloadRequest): Promise<Delivery> {
  for (let tries = 1; ; tries += 1) {
    if (await alreadyStored(payload, notice.dedupeKey, req)) return 'already-told';
    try {
      await payload.create({
        collection: 'notifications',
        data: { recipient: notice.recipient.id, kind: notice.kind, title: notice.subject, body: notice.text, adjustment: notice.adjustment, stage: notice.stage, dedupeKey: notice.dedupeKey } as never,
        depth: 0,
        overrideAccess: true,
        ...(req ? { req } : {}),
      });
      break;
    } catch (error) {
      // Lost a race on the unique key: the other writer stored it and sends the e-mail.
      if (!req && (await alreadyStored(payload, notice.dedupeKey).catch(() => false))) return 'already-told';
      if (!isTransientWriteError(error) || tries >= ATTEMPTS) throw error;
      await backOff(tries);
    }
  }
  await sendEmail(payload, notice);
  return 'new';
}

async function sendEmail(payload: Payload, notice: Notice): Promise<void> {
  const to = notice.recipient.email;
  if (!payload.config.email || !to) return;
  const greeting = notice.recipient.name ? `${notice.recipient.name}，您好：\n\n` : '您好：\n\n';
  try {
    await payload.sendEmail({ to, subject: notice.subject, text: `${greeting}${notice.text}\n\n（本邮件由公共服务事项目录系统自动发送，请勿直接回复。）` });
  } catch (error) {
    payload.logger.warn(`站内通知已保存，但提醒邮件未能发送至 ${to}（${notice.subject}）：${error instanceof Error ? error.message : String(error)}`);
  }
}
