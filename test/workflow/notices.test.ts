import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { serverUrl } from '../../cms/src/env.ts';
import { notifyOverdue } from '../../cms/src/workflow/overdue.ts';
import { setWorkflowClock } from '../../cms/src/workflow/clock.ts';
import { approve, propose, saveDraft, startWorld, step, type Person, type World } from './support/world.ts';

/**
 * 审核提醒 through HTTP with real users of each role and a real SMTP server the test starts: the
 * CMS sends through Payload's nodemailer adapter (SMTP_URL with a login), writes each reader's
 * 站内通知 once per event, keeps them private, and never lets mail undo a decision.
 */
interface Mail {
  to: string;
  from: string;
  subject: string;
  text: string;
}

const smtpUser = 'notices';
const smtpPassword = 'Smtp-Passw0rd!';
const mails: Mail[] = [];
let refuseMail = false;
let smtp: SMTPServer;
let smtpListening = false;
let world: World;
type Id = number | string;

async function startSmtp(): Promise<number> {
  smtp = new SMTPServer({
    // A plain local server: no TLS to negotiate, but a login the CMS must present.
    hideSTARTTLS: true,
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    onAuth(auth, _session, callback) {
      if (auth.username === smtpUser && auth.password === smtpPassword) callback(null, { user: auth.username });
      else callback(new Error('用户名或密码错误'));
    },
    onMailFrom(_address, _session, callback) {
      if (refuseMail) {
        const refusal = Object.assign(new Error('邮件服务暂不可用'), { responseCode: 451 });
        callback(refusal);
      } else callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? '');
          const from = parsed.from?.value[0];
          mails.push({ to, from: `${from?.name ?? ''} <${from?.address ?? ''}>`, subject: parsed.subject ?? '', text: parsed.text ?? '' });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((done) => smtp.listen(0, '127.0.0.1', done));
  smtpListening = true;
  return (smtp.server.address() as AddressInfo).port;
}

async function stopSmtp(): Promise<void> {
  if (!smtpListening) return;
  smtpListening = false;
  await new Promise<void>((done) => smtp.close(() => done()));
}

const email = (who: Person) => `${who}@test.local`;
const mailsTo = (who: Person) => mails.filter((m) => m.to === email(who));

async function notices(where: Record<string, unknown>): Promise<Record<string, any>[]> {
  const found = await world.cms.payload.find({ collection: 'notifications', where: where as never, depth: 0, limit: 0, pagination: false, sort: 'createdAt' });
  return found.docs as Record<string, any>[];
}

const recipientsOf = async (adjustment: Id, kind: string) => (await notices({ and: [{ adjustment: { equals: adjustment } }, { kind: { equals: kind } }] })).map((n) => n.recipient).sort();
const idsOf = (...people: Person[]) => people.map((who) => world.users[who]).sort();

/** A case of unit A on `implementation`, submitted by its editor and confirmed by its head: waiting at 一审. */
async function caseAtFirstReview(reason: string, implementation: Id, kind: 'add' | 'guide'): Promise<Id> {
  await saveDraft(world, implementation, {});
  const id = await propose(world, 'editor', { kind, implementation, unit: world.fx.units.a, reason });
  await step(world, 'editor', id, { action: 'submit' });
  await step(world, 'unit-head', id, approve('unit-head'));
  return id;
}

beforeAll(async () => {
  const port = await startSmtp();
  process.env.SMTP_URL = `smtp://${smtpUser}:${encodeURIComponent(smtpPassword)}@127.0.0.1:${port}`;
  delete process.env.MAIL_FROM;
  world = await startWorld();
});

afterAll(async () => {
  setWorkflowClock();
  delete process.env.SMTP_URL;
  await world?.cms.payload.destroy();
  await stopSmtp();
});

describe('a case reaching a reviewer', () => {
  let id: Id;

  beforeAll(async () => {
    mails.length = 0;
    id = await caseAtFirstReview('补充办理地点', world.fx.impl.aDraft, 'add');
  });

  it('e-mails each reviewer of the stage in Chinese, naming the stage and where to act', async () => {
    const [mail, ...more] = mailsTo('reviewer');
    expect(more).toEqual([]);
    expect(mail!.from).toBe('公共服务事项目录 <no-reply@localhost>');
    expect(mail!.subject).toMatch(/^【待审核】“.+”新增（一审（编办审核））$/);
    expect(mail!.text).toContain('reviewer，您好');
    expect(mail!.text).toContain('已进入「一审（编办审核）」环节，等待您办理');
    expect(mail!.text).toContain(`办理地址：${serverUrl()}/admin/collections/adjustments/${id}`);
    expect(mail!.text).toMatch(/本环节办理期限：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}（北京时间）/);
    // The unit head was told when it was theirs to confirm; nobody else outside the stage is.
    expect(mailsTo('unit-head').map((m) => m.subject)).toEqual([expect.stringMatching(/^【待审核】“.+”新增（.+）$/)]);
    for (const outsider of ['approver', 'admin', 'editor', 'editor-b', 'head-b', 'price-reviewer'] as Person[]) expect(mailsTo(outsider)).toEqual([]);
  });

  it('writes the 站内通知 for the stage\'s reviewers only', async () => {
    expect(await recipientsOf(id, 'stage')).toEqual(idsOf('unit-head', 'reviewer', 'editor-reviewer'));
    const [notice] = await notices({ and: [{ adjustment: { equals: id } }, { recipient: { equals: world.users.reviewer } }] });
    expect(notice).toMatchObject({ kind: 'stage', stage: 'first-review', unread: true, readAt: null });
    expect(notice!.title).toBe(mailsTo('reviewer')[0]!.subject);
    expect(notice!.dedupeKey).toMatch(new RegExp(`^${id}:first-review:.+:${world.users.reviewer}:stage$`));
  });

  it('keeps each inbox private: nobody reads, creates or deletes another\'s notices through REST', async () => {
    const [mine] = await notices({ and: [{ adjustment: { equals: id } }, { recipient: { equals: world.users.reviewer } }] });
    const own = await world.cms.rest('GET', '/notifications?limit=100', { token: world.tokens.reviewer });
    expect(own.status).toBe(200);
    expect(own.body.docs.length).toBeGreaterThan(0);
    expect(own.body.docs.every((n: { recipient: { id: Id } | Id }) => String(typeof n.recipient === 'object' ? n.recipient.id : n.recipient) === String(world.users.reviewer))).toBe(true);

    for (const stranger of ['editor', 'approver', 'editor-reviewer'] as Person[]) {
      const list = await world.cms.rest('GET', `/notifications?where[id][equals]=${mine!.id}`, { token: world.tokens[stranger] });
      expect(list.status).toBe(200);
      expect(list.body.docs).toEqual([]);
      expect([403, 404]).toContain((await world.cms.rest('GET', `/notifications/${mine!.id}`, { token: world.tokens[stranger] })).status);
      expect([403, 404]).toContain((await world.cms.rest('PATCH', `/notifications/${mine!.id}`, { token: world.tokens[stranger], body: { readAt: new Date().toISOString() } })).status);
    }
    expect((await world.cms.rest('GET', '/notifications')).status).toBe(403);
    const forged = { recipient: world.users.editor, kind: 'stage', title: '伪造的通知', dedupeKey: 'forged' };
    for (const who of ['editor', 'reviewer', 'admin'] as Person[]) {
      expect((await world.cms.rest('POST', '/notifications', { token: world.tokens[who], body: forged })).status).toBe(403);
      expect((await world.cms.rest('DELETE', `/notifications/${mine!.id}`, { token: world.tokens[who] })).status).toBe(403);
    }
    expect(await notices({ dedupeKey: { equals: 'forged' } })).toEqual([]);
    // Administrators read everyone's.
    expect((await world.cms.rest('GET', `/notifications/${mine!.id}`, { token: world.tokens.admin })).status).toBe(200);
  });

  it('is marked read by its reader, who changes nothing else; read-all marks the rest', async () => {
    const [mine] = await notices({ and: [{ adjustment: { equals: id } }, { recipient: { equals: world.users.reviewer } }] });
    const before = Date.now();
    const marked = await world.cms.rest('PATCH', `/notifications/${mine!.id}`, { token: world.tokens.reviewer, body: { readAt: '2020-01-01T00:00:00.000Z', title: '已改写', recipient: world.users.editor } });
    expect(marked.status, JSON.stringify(marked.body)).toBe(200);
    const stored = (await notices({ id: { equals: mine!.id } }))[0]!;
    expect(stored).toMatchObject({ title: mine!.title, recipient: world.users.reviewer, unread: false });
    expect(Date.parse(stored.readAt)).toBeGreaterThanOrEqual(before - 1000);

    const unread = async (who: Person) => (await notices({ and: [{ recipient: { equals: world.users[who] } }, { unread: { equals: true } }] })).length;
    expect(await unread('editor-reviewer')).toBeGreaterThan(0);
    const othersBefore = await unread('unit-head');
    const all = await world.cms.rest('POST', '/notifications/read-all', { token: world.tokens['editor-reviewer'] });
    expect(all.status).toBe(200);
    expect(all.body.message).toMatch(/^已将 \d+ 条站内通知标记为已读。$/);
    expect(await unread('editor-reviewer')).toBe(0);
    expect(await unread('unit-head')).toBe(othersBefore);
    expect((await world.cms.rest('POST', '/notifications/read-all')).status).toBe(401);

    // The list puts unread first.
    const list = await world.cms.rest('GET', '/notifications?limit=100', { token: world.tokens.reviewer });
    const flags = list.body.docs.map((n: { unread: boolean }) => n.unread);
    expect(flags).toEqual([...flags].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
  });

  it('tells the unit\'s editors of a return, with the opinion, and the submitter of the outcome', async () => {
    mails.length = 0;
    const opinion = '请写明受理地点的门牌号';
    await step(world, 'reviewer', id, { action: 'decide', decision: 'return', opinion, stageId: 'first-review' });
    expect(await recipientsOf(id, 'returned')).toEqual(idsOf('editor', 'editor-reviewer'));
    const [mail] = mailsTo('editor');
    expect(mail!.subject).toMatch(/^【已退回修改】“.+”新增$/);
    expect(mail!.text).toContain('在「一审（编办审核）」环节被退回修改');
    expect(mail!.text).toContain(`审核意见：${opinion}`);
    expect(mails.map((m) => m.to).sort()).toEqual([email('editor'), email('editor-reviewer')].sort());

    // Through the rest of 两报两审 (二报 and the consultation included), each step by its role.
    let stage = (await step(world, 'editor', id, { action: 'submit' })).stage as string;
    const actorOf: Record<string, Person> = { 'unit-head': 'unit-head', 'first-review': 'reviewer', 'second-review': 'reviewer', approval: 'approver' };
    while (stage !== 'approval') {
      if (stage === 'second-review') world.clock.advanceDays(14);
      const next = stage.endsWith('report') ? await step(world, 'editor', id, { action: 'submit' }) : await step(world, actorOf[stage]!, id, approve(stage));
      stage = next.stage as string;
    }
    mails.length = 0;
    await step(world, 'approver', id, approve('approval'));
    expect(await recipientsOf(id, 'approved')).toEqual(idsOf('editor'));
    expect(mails.map((m) => [m.to, m.subject])).toEqual([[email('editor'), expect.stringMatching(/^【已通过】“.+”新增$/)]]);
    expect(mailsTo('editor')[0]!.text).toContain('已审定通过');
  });
});

describe('an overdue stage', () => {
  it('tells the stage\'s reviewers and the 编办 once per stage entry, however often the check runs', async () => {
    const id = await caseAtFirstReview('超期测试', world.fx.impl.aPublished, 'guide');
    const adjustment = (await world.cms.payload.findByID({ collection: 'adjustments', id, depth: 0 })) as Record<string, any>;
    expect(adjustment.stageDueAt).toBeTruthy();
    const due = new Date(adjustment.stageDueAt as string);

    expect(await notifyOverdue(world.cms.payload, new Date(due.getTime() - 60_000))).toBe(0);
    mails.length = 0;
    const later = new Date(due.getTime() + 60_000);
    const [first, concurrent] = await Promise.all([notifyOverdue(world.cms.payload, later), notifyOverdue(world.cms.payload, later)]);
    expect(await notifyOverdue(world.cms.payload, later)).toBe(0);

    expect(await recipientsOf(id, 'overdue')).toEqual(idsOf('reviewer', 'editor-reviewer'));
    expect(first + concurrent).toBeGreaterThanOrEqual(2);
    const overdueMails = mails.filter((m) => m.subject.startsWith('【已超期】'));
    expect(overdueMails.filter((m) => m.to === email('reviewer'))).toHaveLength(1);
    expect(overdueMails.filter((m) => m.to === email('editor-reviewer'))).toHaveLength(1);
    expect(overdueMails[0]!.text).toContain('已超过办理期限');
  });
});

describe('when mail fails', () => {
  it('still takes the decision and writes the inbox entry, logging in Chinese, whether the server refuses or is down', async () => {
    const warn = vi.spyOn(world.cms.payload.logger, 'warn');
    try {
      refuseMail = true;
      const refused = await caseAtFirstReview('邮件拒收测试', world.cancelTarget.implementation, 'guide');
      expect(await recipientsOf(refused, 'stage')).toEqual(idsOf('unit-head', 'reviewer', 'editor-reviewer'));
      expect(mails.filter((m) => m.subject.includes('邮件拒收测试'))).toEqual([]);
      expect(warn.mock.calls.map((c) => String(c[0])).some((line) => line.includes('提醒邮件未能发送至 reviewer@test.local'))).toBe(true);

      await stopSmtp();
      warn.mockClear();
      const adjustment = await step(world, 'reviewer', refused, approve('first-review'));
      expect(adjustment).toMatchObject({ state: 'in-review' });
      expect(adjustment.stage).not.toBe('first-review');
      expect(await notices({ and: [{ adjustment: { equals: refused } }, { stage: { equals: adjustment.stage } }] })).not.toEqual([]);
      expect(warn.mock.calls.map((c) => String(c[0])).some((line) => line.startsWith('站内通知已保存，但提醒邮件未能发送至'))).toBe(true);
    } finally {
      warn.mockRestore();
      refuseMail = false;
    }
  });
});
