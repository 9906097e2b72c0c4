import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setWorkflowClock } from '../../cms/src/workflow/clock.ts';
import { basicCode, creditCode, password, type Id } from '../cms/support/fixture.ts';
import { removeUnlessFailed } from '../support/temp-dir.ts';
import { act, approve, completeGuide, propose, publicGuide, records, saveDraft, startWorld, step, type Command, type Person, type World } from './support/world.ts';

/**
 * Review decisions sent all at once while the publish worker, a separate process on the same
 * database, runs publications. This is where decisions used to get lost: SQLite's single writer
 * was held by the worker, the CMS's commit failed with `database is locked`, and the failure was
 * swallowed (200 without a review record) or surfaced as `An unknown error occurred`. Afterwards
 * every answer must tell the truth about what was written, every publication must finish, and
 * both processes must still be able to write.
 */

const repoRoot = resolve(import.meta.dirname, '../..');
const MINUTE = 60_000;

let world: World;
let worker: ChildProcess | undefined;
let workerExited: Promise<void> | undefined;
const workerLog: string[] = [];
let siteRoot = '';
let workerLogFile = '';

/** Every process the worker started (tsx's node, Astro builds, the renderer) shares its group. */
function killWorkerGroup(signal: NodeJS.Signals): void {
  if (worker?.pid === undefined) return;
  try {
    process.kill(-worker.pid, signal);
  } catch {
    // ESRCH: the group is already gone.
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** `npm run publish:worker` as an operator starts it, on this test file's database. */
function startWorker(): void {
  siteRoot = mkdtempSync(join(tmpdir(), 'concurrency-site-'));
  workerLogFile = join(siteRoot, 'worker.log');
  worker = spawn(join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/publish-worker.ts'], {
    cwd: repoRoot,
    // Own process group, so afterAll can end the worker together with the builds it spawned.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL,
      MEDIA_DIR: process.env.MEDIA_DIR,
      CMS_SEED: 'off',
      // This file's database was pushed from the config (NODE_ENV=test), not migrated: the worker
      // opens it the same way instead of migrating it (which is refused on a pushed database).
      PAYLOAD_MIGRATE: '0',
      SITE_DATA_DIR: siteRoot,
      // Pick up each queued publication at once, and retry a failed one in well under a minute.
      PUBLISH_POLL_MS: '200',
      PUBLISH_RETRY_DELAY_MS: '500',
      // One build step at a time: the machine is small and shared.
      PUBLISH_SEQUENTIAL: '1',
    },
  });
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    appendFileSync(workerLogFile, text);
    workerLog.push(...text.split('\n').filter(Boolean));
  };
  worker.stdout!.on('data', collect);
  worker.stderr!.on('data', collect);
  workerExited = new Promise((done) => worker!.once('exit', () => done()));
  // A crashed test run must not leave the worker writing to a database nobody reads.
  process.once('exit', () => killWorkerGroup('SIGKILL'));
}

async function until<T>(what: string, deadlineMs: number, probe: () => Promise<T | undefined | false>, pollMs = 500): Promise<T> {
  const end = Date.now() + deadlineMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`等待超时：${what}\n发布进程日志末尾：\n${workerLog.slice(-40).join('\n')}`);
    await new Promise((done) => setTimeout(done, pollMs));
  }
}

const publications = async () =>
  (await world.cms.payload.find({ collection: 'publications', limit: 0, pagination: false, depth: 0, sort: 'id', overrideAccess: true })).docs as Record<string, any>[];

const publishJobs = async () =>
  (await world.cms.payload.find({ collection: 'payload-jobs' as never, where: { taskSlug: { equals: 'publishSite' } }, limit: 0, pagination: false, depth: 0, overrideAccess: true }))
    .docs as Record<string, any>[];

const adjustmentDoc = async (id: Id) => (await world.cms.payload.findByID({ collection: 'adjustments', id, depth: 0, overrideAccess: true })) as Record<string, any>;

/** A published guide of its own (item and implementation), complete enough to pass the quality rules. */
let serial = 60;
async function publishedGuide(unit: 'a' | 'b'): Promise<Id> {
  const { payload } = world.cms;
  const { fx } = world;
  serial += 1;
  const owner = fx.units[unit];
  const item = await payload.create({
    collection: 'catalog-items',
    draft: false,
    data: {
      name: `并发测试事项${serial}`,
      basicCode: basicCode('20', serial),
      itemType: '20',
      category: 'social-security',
      unit: owner,
      legalBasis: [{ instrument: '《中华人民共和国社会保险法》', article: '第八条' }],
      _status: 'published',
    } as never,
  });
  const implementation = await payload.create({
    collection: 'implementations',
    draft: false,
    data: {
      catalogItem: item.id,
      unit: owner,
      region: fx.region,
      level: '3',
      implementationCode: `${creditCode('11', unit === 'a' ? 1 : 2)}3${basicCode('20', serial)}`,
      conditions: '本市参保人员',
      ...completeGuide,
      _status: 'published',
    } as never,
  });
  // The change under review: a new promised time limit, unique per guide so its publication shows.
  await saveDraft(world, implementation.id, { promisedDays: serial - 40 });
  return implementation.id;
}

interface Case {
  name: string;
  id: Id;
  implementation: Id;
  /** The promised days the guide's draft proposes (checked on the public guide once approved). */
  proposedDays?: number;
}

type Stage = 'draft' | 'unit-head' | 'first-review' | 'second-review' | 'approval';
const order: Stage[] = ['draft', 'unit-head', 'first-review', 'second-review', 'approval'];

/** Brings a guide adjustment of unit A or B to `stage` through the ordinary HTTP steps. */
async function guideCase(name: string, unit: 'a' | 'b', stage: Stage): Promise<Case> {
  const implementation = await publishedGuide(unit);
  const editor: Person = unit === 'a' ? 'editor' : 'editor-b';
  const head: Person = unit === 'a' ? 'unit-head' : 'head-b';
  const id = await propose(world, editor, { kind: 'guide', implementation, unit: world.fx.units[unit] });
  const reached = order.indexOf(stage);
  if (reached >= 1) await step(world, editor, id, { action: 'submit' });
  if (reached >= 2) await step(world, head, id, approve('unit-head'));
  if (reached >= 3) {
    await step(world, 'reviewer', id, approve('first-review'));
    await step(world, editor, id, { action: 'submit' }); // 二报
  }
  return { name, id, implementation, proposedDays: serial - 40 };
}

/** One request of the burst and what it may get. */
interface Shot {
  case: Case | { name: string; id: Id };
  who: Person | 'anonymous';
  command: Command;
  /** `may-win`: a correct decision that loses only to an equal or conflicting one (200 or 409). */
  expect: 'may-win' | { refused: number[] };
}

interface Answer extends Shot {
  status: number;
  body: any;
}

const hasChinese = (text: unknown) => typeof text === 'string' && /[\u4e00-\u9fff]/.test(text);
const leaks = /An unknown error occurred|SQLITE|database is locked|constraint|syntax error|\bSELECT\b|\bINSERT\b|\bUPDATE\s+"|\bBEGIN\b|\bCOMMIT\b|relation "|duplicate key|deadlock|drizzle|stack/i;

type CaseName = 'draft' | 'head' | 'firstA' | 'firstB' | 'second' | 'approvalA' | 'approvalB' | 'approvalA2' | 'soe' | 'charged';
let cases: Record<CaseName, Case>;
let reserve: Case;
let answers: Answer[] = [];
let before: Map<string, { records: number; adjustment: Record<string, any> }>;

beforeAll(async () => {
  world = await startWorld();
  // The worker loads Payload while the cases are prepared; it must already poll when the first
  // approval queues a publication.
  startWorker();
  const { fx } = world;

  const soeCase = async (): Promise<Case> => {
    await saveDraft(world, fx.impl.soe, {});
    const id = await propose(world, 'editor-soe', { kind: 'add', implementation: fx.impl.soe, unit: fx.units.soe });
    await step(world, 'editor-soe', id, { action: 'submit' });
    await step(world, 'head-soe', id, approve('unit-head'));
    await step(world, 'reviewer', id, approve('first-review'));
    return { name: 'soe@supervisor', id, implementation: fx.impl.soe };
  };
  const chargedCase = async (): Promise<Case> => {
    await saveDraft(world, fx.impl.bCharged, { charged: true, fees: [{ name: '工本费', standard: '每证 12 元', basis: '浙价费〔2026〕3号' }] });
    const id = await propose(world, 'editor-b', { kind: 'change', implementation: fx.impl.bCharged, unit: fx.units.b });
    await step(world, 'editor-b', id, { action: 'submit' });
    await step(world, 'head-b', id, approve('unit-head'));
    await step(world, 'reviewer', id, approve('first-review'));
    return { name: 'charged@price', id, implementation: fx.impl.bCharged };
  };

  cases = {
    draft: await guideCase('a@draft', 'a', 'draft'),
    head: await guideCase('a@unit-head', 'a', 'unit-head'),
    firstA: await guideCase('a@first-review', 'a', 'first-review'),
    firstB: await guideCase('b@first-review', 'b', 'first-review'),
    second: await guideCase('a@second-review', 'a', 'second-review'),
    approvalA: await guideCase('a@approval', 'a', 'second-review'),
    approvalB: await guideCase('b@approval', 'b', 'second-review'),
    approvalA2: await guideCase('a2@approval', 'a', 'second-review'),
    soe: await soeCase(),
    charged: await chargedCase(),
  };
  const starter = await guideCase('starter', 'a', 'second-review');
  const second = await guideCase('second starter', 'a', 'second-review');
  reserve = await guideCase('reserve', 'a', 'second-review');
  // The consultation of 二审 is over for everyone at second-review; then on to 审定.
  world.clock.advanceDays(8);
  for (const c of [cases.approvalA, cases.approvalB, cases.approvalA2, starter, second, reserve]) await step(world, 'reviewer', c.id, approve('second-review'));

  await until('发布进程启动', 3 * MINUTE, async () => workerLog.some((line) => line.includes('发布队列已启动')));
  // The first approval starts a (full) publication, the second queues the next one behind it.
  // The burst leaves the moment the first run ends: the worker then writes (its record, the
  // finished job, the next job picked up and folded, the next record) while the decisions write,
  // and goes on building the second run while they are still being answered.
  const started = await step(world, 'approver', starter.id, approve('approval'));
  expect(started.state).toBe('approved');
  const first = await until('发布开始运行', 2 * MINUTE, async () => (await publications()).find((p) => p.status === 'running'));
  expect((await step(world, 'approver', second.id, approve('approval'))).state).toBe('approved');
  await until('第一次发布结束', 10 * MINUTE, async () => (await publications()).find((p) => p.id === first.id && p.status !== 'running'), 100);

  before = new Map();
  for (const c of Object.values(cases)) before.set(String(c.id), { records: (await records(world, c.id)).length, adjustment: await adjustmentDoc(c.id) });
}, 10 * MINUTE);

afterAll(async ({}, file) => {
  setWorkflowClock();
  const pid = worker?.pid;
  if (pid !== undefined && worker!.exitCode === null) {
    killWorkerGroup('SIGTERM');
    const stopped = await Promise.race([workerExited!.then(() => true), new Promise<boolean>((done) => setTimeout(() => done(false), 10_000))]);
    if (!stopped) killWorkerGroup('SIGKILL');
    await workerExited;
  }
  // The builds and the renderer the worker spawned leave with it: nothing outlives the test.
  if (pid !== undefined) {
    killWorkerGroup('SIGKILL');
    await until('发布进程组退出', 20_000, async () => !groupAlive(pid));
  }
  await world?.cms.payload.destroy();
  // Its releases and worker.log are what to read when the file failed.
  if (siteRoot) removeUnlessFailed(siteRoot, file);
}, 2 * MINUTE);

function burst(): Shot[] {
  const c = cases;
  const shots: Shot[] = [];
  const add = (target: Shot['case'], who: Shot['who'], command: Command, expectation: Shot['expect'], times = 1) => {
    for (let i = 0; i < times; i++) shots.push({ case: target, who, command, expect: expectation });
  };
  const returnWith = (stageId: string, text: string): Command => ({ action: 'decide', decision: 'return', opinion: text, stageId });
  const rejectWith = (stageId: string, text: string): Command => ({ action: 'decide', decision: 'reject', opinion: text, stageId });

  // 单位填报: the editor submits three times at once; another unit's editor and the head cannot.
  add(c.draft, 'editor', { action: 'submit' }, 'may-win', 3);
  add(c.draft, 'editor-b', { action: 'submit' }, { refused: [403, 409] });
  add(c.draft, 'unit-head', { action: 'submit' }, { refused: [403, 409] });
  // 单位负责人确认: the head confirms three times; a reviewer and the editor are the wrong roles.
  add(c.head, 'unit-head', approve('unit-head'), 'may-win', 3);
  add(c.head, 'reviewer', approve('unit-head'), { refused: [403, 409] });
  add(c.head, 'editor', approve('unit-head'), { refused: [403, 409] });
  add(c.head, 'head-b', approve('unit-head'), { refused: [403, 409] });
  // 一审: approvals and returns with an opinion race; a return without opinion is refused.
  add(c.firstA, 'reviewer', approve('first-review'), 'may-win', 2);
  add(c.firstA, 'reviewer', returnWith('first-review', '办理流程缺少受理环节的时限说明，请补充'), 'may-win', 2);
  add(c.firstA, 'reviewer', { action: 'decide', decision: 'return', stageId: 'first-review' }, { refused: [400, 409] });
  add(c.firstA, 'approver', approve('first-review'), { refused: [403, 409] });
  add(c.firstB, 'reviewer', rejectWith('first-review', '该事项不属于本级权限，不予列入目录'), 'may-win');
  add(c.firstB, 'reviewer', approve('first-review'), 'may-win', 2);
  add(c.firstB, 'price-reviewer', approve('first-review'), { refused: [403, 409] });
  // 二审 with its consultation over, and 审定 right behind it: the approver's decision wins only
  // if it arrives after the reviewer's approval committed.
  add(c.second, 'reviewer', approve('second-review'), 'may-win', 3);
  add(c.second, 'reviewer', returnWith('second-review', '征求意见中群众反映材料过多，请精简'), 'may-win');
  add(c.second, 'approver', approve('approval'), 'may-win', 2);
  add(c.second, 'legal-reviewer', approve('second-review'), { refused: [403, 409] });
  // 审定: final approvals, each publishing and queueing a publication while the worker builds.
  add(c.approvalA, 'approver', approve('approval'), 'may-win', 5);
  add(c.approvalA, 'reviewer', approve('approval'), { refused: [403, 409] });
  add(c.approvalB, 'approver', approve('approval'), 'may-win', 2);
  add(c.approvalB, 'approver', returnWith('approval', '收费依据需进一步核实'), 'may-win', 2);
  add(c.approvalB, 'head-b', approve('approval'), { refused: [403, 409] });
  add(c.approvalA2, 'approver', rejectWith('approval', '与上位法规定不一致，不予通过'), 'may-win', 2);
  add(c.approvalA2, 'approver', approve('approval'), 'may-win', 2);
  add(c.approvalA2, 'approver', { action: 'decide', decision: 'reject', stageId: 'approval' }, { refused: [400, 409] });
  // 主管部门 of the water company only; another department's supervisor reviewer is refused.
  add(c.soe, 'supervisor-reviewer', approve('supervisor'), 'may-win', 3);
  add(c.soe, 'supervisor-a', approve('supervisor'), { refused: [403, 409] });
  add(c.soe, 'finance-reviewer', approve('supervisor'), { refused: [403, 409] });
  // 发改委 then 财政局 then 法制办: later stages win only behind the earlier ones.
  add(c.charged, 'price-reviewer', approve('price'), 'may-win', 2);
  add(c.charged, 'finance-reviewer', approve('price'), { refused: [403, 409] });
  add(c.charged, 'finance-reviewer', approve('finance'), 'may-win', 2);
  add(c.charged, 'legal-reviewer', approve('legal'), 'may-win');
  add(c.charged, 'editor-b', approve('price'), { refused: [403, 409] });
  // No such adjustment, and nobody logged in.
  add({ name: 'missing', id: 999_999 }, 'approver', approve('approval'), { refused: [404] }, 2);
  add(c.approvalA, 'anonymous', approve('approval'), { refused: [401] });
  // Interleave the cases, so every case has requests in flight at the same moment.
  return shots.map((shot, index) => ({ shot, key: (index * 7919) % 101 })).sort((x, y) => x.key - y.key).map(({ shot }) => shot);
}

const describeShot = (a: Answer) => `${a.case.name} ${a.who} ${JSON.stringify(a.command)} → ${a.status} ${JSON.stringify(a.body).slice(0, 300)}`;
const stageOf = (command: Command) => (command.action === 'decide' ? command.stageId : 'draft');
const winners = (c: Case) => answers.filter((a) => a.case === c && a.status < 300).sort((x, y) => Number(x.body.record.id) - Number(y.body.record.id));

describe('decisions sent concurrently while the publish worker runs', () => {
  it('answers every decision truthfully: each 2xx is committed, each refusal wrote nothing and says why in Chinese', async () => {
    const shots = burst();
    expect(shots.length).toBeGreaterThanOrEqual(50);
    // The worker has work: the second approval's publication is queued or already running.
    const busy = (await publications()).some((p) => p.status === 'running') || (await publishJobs()).some((job) => !job.completedAt && !job.hasError);
    expect(busy, 'the burst must meet the worker at work').toBe(true);

    const burstStart = new Date();
    answers = await Promise.all(
      shots.map(async (shot) => {
        const { status, body } =
          shot.who === 'anonymous'
            ? await world.cms.rest('POST', `/adjustments/${shot.case.id}/decide`, { body: { decision: 'approve', stageId: 'approval' } })
            : await act(world, shot.who, shot.case.id, shot.command);
        return { ...shot, status, body };
      }),
    );
    const burstEnd = new Date();
    // For the report only (no timing is asserted): which of the worker's runs the burst overlapped.
    const overlapped = (await publications()).filter((p) => new Date(p.startedAt) <= burstEnd && (!p.finishedAt || new Date(p.finishedAt) >= burstStart));
    console.log(`[并发] 决定发送期间 ${burstStart.toISOString()}–${burstEnd.toISOString()} 与发布记录 ${overlapped.map((p) => p.id).join('、')} 重叠`);
    const byStatus: Record<number, number> = {};
    for (const a of answers) byStatus[a.status] = (byStatus[a.status] ?? 0) + 1;
    console.log(`[并发] ${answers.length} 个决定：${JSON.stringify(byStatus)}；发布进程日志中 database is locked：${workerLog.filter((l) => /database is locked|SQLITE_BUSY/i.test(l)).length} 行`);

    // No server error of any kind: a lost lock is waited for or retried, not reported as 5xx.
    const serverErrors = answers.filter((a) => a.status >= 500);
    expect(serverErrors.map(describeShot)).toEqual([]);

    for (const a of answers) {
      if (a.expect === 'may-win') expect([200, 409], describeShot(a)).toContain(a.status);
      else expect(a.expect.refused, describeShot(a)).toContain(a.status);
      if (a.status >= 300) {
        const message = a.body?.errors?.[0]?.message;
        expect(hasChinese(message), describeShot(a)).toBe(true);
        expect(JSON.stringify(a.body), describeShot(a)).not.toMatch(leaks);
      }
    }

    for (const c of Object.values(cases)) {
      const won = winners(c);
      const was = before.get(String(c.id))!;
      const history = await records(world, c.id);
      // Refusals wrote nothing: the only new records are the winners'.
      expect(history.length, `${c.name}: ${won.map(describeShot).join('\n')}`).toBe(was.records + won.length);
      expect(history.slice(was.records).map((r) => String(r.id))).toEqual(won.map((a) => String(a.body.record.id)));

      // Each 2xx has exactly its record: this adjustment, the requested stage and decision, the caller.
      for (const a of won) {
        const record = history.find((r) => String(r.id) === String(a.body.record.id));
        expect(record, describeShot(a)).toBeDefined();
        const command = a.command;
        // The unit head's approval is recorded as 确认上报 (confirm).
        const decision = command.action !== 'decide' ? command.action : command.stageId === 'unit-head' && command.decision === 'approve' ? 'confirm' : command.decision;
        expect(record, describeShot(a)).toMatchObject({ adjustment: c.id, stage: stageOf(command), decision, actor: world.users[a.who as Person] });
        if (command.action === 'decide' && command.opinion) expect(record!.opinion).toBe(command.opinion);
      }

      // One winner per stage: equal decisions, and conflicting ones on the same stage, cannot both succeed.
      const stagesWon = won.map((a) => stageOf(a.command));
      expect(new Set(stagesWon).size, `${c.name}: ${won.map(describeShot).join('\n')}`).toBe(stagesWon.length);

      // The winners form a chain: each decided the stage the previous one left, in commit order.
      let stage = was.adjustment.state === 'draft' ? 'draft' : was.adjustment.stage;
      let state = was.adjustment.state;
      for (const a of won) {
        expect(stageOf(a.command), `${c.name}: ${describeShot(a)}`).toBe(stage);
        expect(state === 'in-review' || (state === 'draft' && a.command.action === 'submit'), describeShot(a)).toBe(true);
        stage = a.body.adjustment.stage;
        state = a.body.adjustment.state;
      }

      // The adjustment is exactly as the last winner left it (a refusal's row lock was rolled back too).
      const now = await adjustmentDoc(c.id);
      const last = won.at(-1)?.body.adjustment ?? was.adjustment;
      expect({ state: now.state, stage: now.stage ?? null, round: now.round, updatedAt: now.updatedAt }, c.name).toEqual({
        state: last.state,
        stage: last.stage ?? null,
        round: last.round,
        updatedAt: last.updatedAt,
      });
      if (won.length === 0) expect(now, c.name).toEqual(was.adjustment);
    }

    // Every case got a decision through, so the burst really decided things on every case.
    for (const c of Object.values(cases)) expect(winners(c).length, c.name).toBeGreaterThan(0);
  }, 10 * MINUTE);

  it('finishes every publication, publishes every approved adjustment, and both processes still write', async () => {
    expect(answers.length).toBeGreaterThan(0);
    const drained = async () => {
      const jobs = await publishJobs();
      const open = jobs.filter((job) => !job.completedAt && !job.hasError);
      const runningPublications = (await publications()).filter((p) => p.status === 'running');
      return open.length === 0 && runningPublications.length === 0;
    };
    await until('发布队列清空', 12 * MINUTE, drained);

    const approved = (
      await world.cms.payload.find({ collection: 'adjustments', where: { state: { equals: 'approved' } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })
    ).docs as Record<string, any>[];
    // The starter plus at least the 审定 case that received only approvals.
    expect(approved.length).toBeGreaterThanOrEqual(2);
    for (const adjustment of approved) {
      // Effective 2026-01-01, before the workflow clock: due, so published at approval.
      expect(adjustment.publishedAt, `adjustment ${adjustment.id}`).toBeTruthy();
    }

    const done = await publications();
    console.log(`[并发] 发布记录：${done.map((p) => `${p.id}:${p.status}[${(p.adjustments ?? []).join(',')}]`).join('；')}`);
    expect(done.filter((p) => p.status === 'running')).toEqual([]);
    expect((await publishJobs()).filter((job) => job.hasError).map((job) => job.log ?? job.error)).toEqual([]);
    const published = new Set(done.filter((p) => p.status === 'succeeded').flatMap((p) => (p.adjustments ?? []).map(String)));
    for (const adjustment of approved) expect(published.has(String(adjustment.id)), `adjustment ${adjustment.id} in a succeeded publication`).toBe(true);

    // What was approved is what readers get; what was not stays as published before.
    for (const c of Object.values(cases)) {
      if (c.proposedDays === undefined) continue;
      const guide = await publicGuide(world, c.implementation);
      expect(guide.status).toBe(200);
      const wasApproved = approved.some((a) => String(a.id) === String(c.id));
      expect(guide.body.promisedDays, c.name).toBe(wasApproved ? c.proposedDays : completeGuide.promisedDays);
    }

    // Nobody holds a lock any more: a decision, an editor's draft and a login all go through,
    // and the worker publishes the new approval.
    const last = await step(world, 'approver', reserve.id, approve('approval'));
    expect(last).toMatchObject({ state: 'approved' });
    expect(last.publishedAt).toBeTruthy();
    const edit = await world.cms.rest('PATCH', `/implementations/${world.fx.impl.aDraft}?draft=true`, {
      token: world.tokens.editor,
      body: { conditions: '并发测试之后仍可保存草稿', _status: 'draft' },
    });
    expect(edit.status, JSON.stringify(edit.body)).toBe(200);
    expect(edit.body.doc.conditions).toBe('并发测试之后仍可保存草稿');
    const login = await world.cms.rest('POST', '/users/login', { body: { email: 'admin@test.local', password } });
    expect(login.status, JSON.stringify(login.body)).toBe(200);
    const includesReserve = (p: Record<string, any>) => (p.adjustments ?? []).map(String).includes(String(reserve.id));
    await until('新审定的发布完成', 8 * MINUTE, async () => (await publications()).some((p) => includesReserve(p) && p.status !== 'running') && (await drained()));
    const after = (await publications()).filter(includesReserve);
    expect(after.map((p) => p.status)).toContain('succeeded');
    expect(after.filter((p) => p.status === 'running')).toEqual([]);
    expect((await publicGuide(world, reserve.implementation)).body.promisedDays).toBe(reserve.proposedDays);
    expect(worker!.exitCode, 'the worker is still running').toBeNull();
  }, 25 * MINUTE);
});
