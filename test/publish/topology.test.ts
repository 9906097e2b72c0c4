import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicCode, creditCode, password, seedFixture, type Id } from '../cms/support/fixture.ts';
import { seedProcedures } from '../../cms/src/seed/procedures.ts';
import { startCms } from '../cms/support/cms.ts';
import { removeUnlessFailed } from '../support/temp-dir.ts';
import { approve, completeGuide, propose, saveDraft, step, type World } from '../workflow/support/world.ts';

/**
 * Many processes, one truth: two CMS processes and two publish workers on one PostgreSQL database
 * and one shared release folder. Final approvals go to either CMS at random; one worker is killed
 * (SIGKILL) in the middle of a publication. Afterwards every approved change is live, each request
 * was built by exactly one successful run, runs never overlapped, the killed run was taken over
 * within seconds (lease expiry, not the old 30 minutes), and the login throttle and the rating limit
 * counted across both CMS processes. Runs in `publish-postgres` only (excluded from the SQLite project).
 */

const repoRoot = resolve(import.meta.dirname, '../..');
const LEASE_TTL_MS = 3000;
const BUILD_MS = 3000;
const CASES = 5;

let world: World;
const children: { name: string; child: ChildProcess; log: string[] }[] = [];
let siteRoot = '';
let cmsPorts: number[] = [];
const markers = new Map<string, string>(); // adjustment id → text of its approved change

// A seeded choice of CMS per decision, printed so a failure can be replayed.
let seed = Number(process.env.TOPOLOGY_SEED ?? Date.now() % 100_000);
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);

function start(name: string, script: string, env: Record<string, string>): { child: ChildProcess; log: string[] } {
  const log: string[] = [];
  const child = spawn(join(repoRoot, 'node_modules/.bin/tsx'), [script], {
    cwd: repoRoot,
    detached: true, // own process group: killed with everything it started
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, CMS_SEED: 'off', PAYLOAD_MIGRATE: '1', ...env },
  });
  const collect = (chunk: Buffer) => log.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);
  children.push({ name, child, log });
  process.once('exit', () => kill(child, 'SIGKILL'));
  return { child, log };
}

function kill(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

const logs = () => children.map((c) => `--- ${c.name}\n${c.log.slice(-25).join('\n')}`).join('\n');

async function until<T>(what: string, ms: number, probe: () => Promise<T | undefined | false> | T | undefined | false, pollMs = 100): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`等待超时：${what}\n${logs()}`);
    await new Promise((done) => setTimeout(done, pollMs));
  }
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => done(port));
    });
  });
}

async function http(port: number, method: string, path: string, body?: unknown, token?: string): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `JWT ${token}`;
  const response = await fetch(`http://127.0.0.1:${port}/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

type Publication = { id: Id; status: string; adjustments?: Id[]; startedAt?: string; finishedAt?: string; error?: string; siteVersion?: string };
const publications = async () =>
  (await world.cms.payload.find({ collection: 'publications', sort: 'id', limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs as unknown as Publication[];
const publishJobs = async () =>
  (await world.cms.payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'publishSite' } }, limit: 0, pagination: false, depth: 0, overrideAccess: true })).docs;

/** A published guide of unit A whose draft changes its 受理条件 to a text of its own; its 指南调整 at 审定 (动态调整). */
async function caseAtApproval(n: number): Promise<Id> {
  const { payload } = world.cms;
  const { fx } = world;
  const item = await payload.create({
    collection: 'catalog-items',
    draft: false,
    data: { name: `拓扑测试事项${n}`, basicCode: basicCode('20', 80 + n), itemType: '20', category: 'social-security', unit: fx.units.a, legalBasis: [{ instrument: '《中华人民共和国社会保险法》', article: '第八条' }], _status: 'published' } as never,
  });
  const implementation = await payload.create({
    collection: 'implementations',
    draft: false,
    data: { catalogItem: item.id, unit: fx.units.a, region: fx.region, level: '3', implementationCode: `${creditCode('11', 1)}3${basicCode('20', 80 + n)}`, conditions: '本市参保人员', ...completeGuide, _status: 'published' } as never,
  });
  const marker = `拓扑测试第${n}号变更后的受理条件`;
  await saveDraft(world, implementation.id, { conditions: marker });
  const id = await propose(world, 'editor', { kind: 'guide', implementation: implementation.id, unit: fx.units.a });
  await step(world, 'editor', id, { action: 'submit' });
  await step(world, 'unit-head', id, approve('unit-head'));
  await step(world, 'reviewer', id, approve('review'));
  markers.set(String(id), marker);
  return id;
}

/** Every file of the live release, read as text. */
function liveText(dir: string): string {
  let text = '';
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    text += statSync(path).isDirectory() ? liveText(path) : readFileSync(path, 'utf8');
  }
  return text;
}

let ids: Id[] = [];
const answers: { id: Id; port: number; status: number; body: any }[] = [];
let killedAt = 0;
let killedPid = 0;

beforeAll(async () => {
  console.log(`topology seed ${seed}`);
  const began = Date.now();
  const lap = (what: string) => console.log(`${what}: ${((Date.now() - began) / 1000).toFixed(1)} s`);
  // As in production, the schema comes from the committed migrations, applied by the first process
  // (a schema push introspects the whole database in every process, which four boots cannot afford).
  process.env.PAYLOAD_MIGRATE = '1';
  const { getPayload } = await import('payload');
  const { default: config } = await import('../../cms/src/payload.config.ts');
  await getPayload({ config });
  lap('database migrated');
  siteRoot = mkdtempSync(join(tmpdir(), 'topology-site-'));
  cmsPorts = [await freePort(), await freePort()];
  // The four processes start while the fixture and the cases are written.
  const servers = cmsPorts.map((port, i) => start(`cms-${i + 1}`, 'test/publish/topology/cms-server.ts', { PORT: String(port) }));
  const workers = [1, 2].map((i) =>
    start(`worker-${i}`, 'test/publish/topology/worker.ts', { SITE_DATA_DIR: siteRoot, PUBLISH_POLL_MS: '200', PUBLISH_LEASE_TTL_MS: String(LEASE_TTL_MS), TOPOLOGY_BUILD_MS: String(BUILD_MS) }),
  );
  // The shipped rules: a 指南调整 follows 动态调整 (提出, 负责人确认, 编办审核, 审定; no consultation).
  // Only the three people who prepare the cases log in here (startWorld logs in fourteen).
  const local = await startCms();
  await seedProcedures(local.payload);
  const fx = await seedFixture(local.payload);
  const tokens = {} as World['tokens'];
  for (const who of ['editor', 'unit-head', 'reviewer'] as const) tokens[who] = await local.login(fx.users[who].email, password);
  world = { cms: local, fx, tokens } as World;
  lap('fixture written');
  ids = await Promise.all(Array.from({ length: CASES }, (_, n) => caseAtApproval(n)));
  lap(`${CASES} cases at 审定`);
  await until('四个进程启动', 120_000, () => [...servers, ...workers].every((p) => p.log.some((l) => l.endsWith('READY'))), 250);
  lap('two CMS processes and two workers ready');
}, 180_000);

afterAll(async ({}, file) => {
  for (const { child } of children) kill(child, 'SIGKILL');
  // The workers write into siteRoot until they are gone.
  await Promise.all(children.map(({ child }) => (child.pid !== undefined && child.exitCode === null && child.signalCode === null ? once(child, 'exit') : undefined)));
  await world?.cms.payload.destroy();
  delete process.env.PAYLOAD_MIGRATE;
  if (siteRoot) removeUnlessFailed(siteRoot, file);
});

describe('two CMS processes and two publish workers on one PostgreSQL', () => {
  it('publishes every approval exactly once, and takes over a killed worker in seconds', async () => {
    const approver = (await http(cmsPorts[0]!, 'POST', '/users/login', { email: 'approver@test.local', password })).body.token as string;
    expect(approver).toBeTruthy();
    // Each decision goes to a CMS drawn at random, both taking some (a shuffled 3:2 split).
    const draw = ids.map((_, i) => i % 2).map((side) => ({ side, key: random() })).sort((a, b) => a.key - b.key).map((d) => d.side);
    const portOf = new Map(ids.map((id, i) => [id, cmsPorts[draw[i]!]!]));
    const decide = async (id: Id) => {
      const port = portOf.get(id)!;
      const answer = await http(port, 'POST', `/adjustments/${id}/decide`, { decision: 'approve', stageId: 'approval' }, approver);
      answers.push({ id, port, ...answer });
    };
    // The first approval starts run 1; the others arrive, at random CMS processes, while it builds.
    await decide(ids[0]!);
    const first = await until('第一次发布开始', 30_000, async () => (await publications()).find((p) => p.status === 'running'));
    await Promise.all(ids.slice(1).map(decide));
    expect(answers.map((a) => [a.status, a.body?.adjustment?.state ?? a.body])).toEqual(ids.map(() => [200, 'approved']));
    expect(new Set(answers.map((a) => a.port)).size, '决定发往了两个 CMS 进程').toBe(2);
    // Run 2 (the folded approvals) starts after run 1; its worker is killed mid-build.
    const second = await until('第二次发布开始', 30_000, async () => (await publications()).find((p) => p.id !== first.id && p.status === 'running'));
    const lease = await world.cms.payload.find({ collection: 'leases', where: { name: { equals: 'publish-queue' } }, overrideAccess: true });
    killedPid = Number(String(lease.docs[0]!.holder).split('#')[1]);
    // The holder is tsx's node child; the worker prints its pid in every line.
    const victim = children.find((c) => c.log.some((line) => line.startsWith(`[发布 ${killedPid}]`)));
    expect(victim, `租约持有者 ${lease.docs[0]!.holder} 应是两个发布进程之一`).toBeDefined();
    // Mid-build: its release folder exists beside the live one (the stand-in build takes 3 s).
    const live1 = async () => (await readlink(join(siteRoot, 'live')).catch(() => '')).split('/').at(-1);
    await until('第二次发布开始生成', 20_000, async () => {
      const current = await live1();
      return readdirSync(join(siteRoot, 'releases')).some((name) => !name.startsWith('.') && name !== current && name > current!);
    }, 50);
    kill(victim!.child, 'SIGKILL');
    killedAt = Date.now();
    expect((await publications()).find((p) => p.id === second.id)!.status).toBe('running');

    // The other worker takes over at lease expiry and re-runs the interrupted request.
    await until('所有发布完成', 60_000, async () => {
      const all = await publications();
      return (await publishJobs()).length === 0 && all.every((p) => p.status !== 'running') && all.some((p) => p.status === 'succeeded' && p.id !== first.id);
    }, 200);
    const all = await publications();
    const interrupted = all.find((p) => p.id === second.id)!;
    expect(interrupted.status).toBe('failed');
    expect(interrupted.error).toContain('发布进程在运行中停止');
    const takeOverMs = Date.parse(interrupted.finishedAt!) - killedAt;
    console.log(`take-over after ${takeOverMs} ms (lease ${LEASE_TTL_MS} ms)`);
    expect(takeOverMs).toBeLessThan(LEASE_TTL_MS + 10_000);
    const successor = children.find((c) => c.log.some((l) => l.includes('已接管发布队列')));
    expect(successor?.name).toMatch(/^worker-/);
    expect(successor).not.toBe(victim);
    expect(successor!.log.some((l) => l.includes('已删除中断的发布未完成的版本目录'))).toBe(true);

    // Each approved request was built by exactly one successful run; the runs never overlapped.
    const succeeded = all.filter((p) => p.status === 'succeeded');
    const built = succeeded.flatMap((p) => (p.adjustments ?? []).map(String));
    expect(built.sort()).toEqual(ids.map(String).sort());
    expect(new Set(built).size).toBe(built.length);
    expect((interrupted.adjustments ?? []).map(String).every((id) => built.includes(id))).toBe(true);
    const spans = all.map((p) => [Date.parse(p.startedAt!), Date.parse(p.finishedAt!)] as const).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0], '两次发布同时运行').toBeGreaterThanOrEqual(spans[i - 1]![1]);

    // Every approved change is live (the live link names the last successful run's release).
    const live = await readlink(join(siteRoot, 'live'));
    expect(live.endsWith(succeeded.at(-1)!.siteVersion!)).toBe(true);
    // The killed run's half-built release was removed at the take-over: every release folder is
    // the release of a successful run (else pruning would keep it and --rollback offer it).
    const versions = succeeded.map((p) => p.siteVersion);
    expect(readdirSync(join(siteRoot, 'releases')).filter((name) => !name.startsWith('.')).every((name) => versions.includes(name))).toBe(true);
    const text = liveText(join(siteRoot, 'live'));
    for (const id of ids) expect(text, `调整 ${id} 的变更应已上线`).toContain(markers.get(String(id)));
    for (const id of ids) {
      const adjustment = await world.cms.payload.findByID({ collection: 'adjustments', id, depth: 0, overrideAccess: true });
      expect(adjustment.publishedAt, `调整 ${id}`).toBeTruthy();
    }
  });

  it('counts public ratings in the database: five at either CMS use up the limit at both', async () => {
    const rating = { kind: 'rating', implementation: world.fx.impl.aPublished, helpful: true };
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await http(cmsPorts[i % 2]!, 'POST', '/feedback', rating)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201]);
    for (const port of cmsPorts) expect((await http(port, 'POST', '/feedback', rating)).status).toBe(429);
  });

  it('counts failed logins in the database: five at either CMS lock the sixth out at both', async () => {
    const email = world.fx.users['legal-reviewer'].email;
    for (let i = 0; i < 5; i++) {
      const answer = await http(cmsPorts[i % 2]!, 'POST', '/users/login', { email, password: 'Wrong-Passw0rd!' });
      expect(answer.status).toBe(401);
    }
    for (const port of cmsPorts) {
      const refused = await http(port, 'POST', '/users/login', { email, password });
      expect(refused.status).toBe(429);
      expect(JSON.stringify(refused.body)).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
