import { sourceDir, sourceUrl, targetUrl } from './support/move-source.ts';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Payload } from 'payload';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSnapshot } from '../../cms/src/publish/exportSnapshot.ts';
import { setWorkflowClock } from '../../cms/src/workflow/index.ts';
import { otherSessions } from '../../scripts/lib/backup/postgres.ts';
import { documentCounts } from '../../scripts/lib/move-database/document-counts.ts';
import { closeDatabase, openDatabase } from '../../scripts/lib/move-database/open-database.ts';
import { runMove } from '../../scripts/lib/move-database/run-move.ts';
import { password, type Id } from './support/fixture.ts';
import { removeUnlessFailed } from '../support/temp-dir.ts';
import { approve, completeGuide, propose, saveDraft, startWorld, step, type Person, type World } from '../workflow/support/world.ts';

/**
 * `npm run db:move`: a county's SQLite catalog (the test fixture, a guide change approved through
 * the whole 两报两审, drafts on top of published guides, logins) moved into a real PostgreSQL, then
 * read through the CMS on PostgreSQL. Runs in cms-postgres only (it needs both databases).
 */
let world: World;
let source: Payload;
let target: Payload;
let approved: Record<string, any>;
const lines: string[] = [];
const log = (line: string) => void lines.push(line);

async function throughReview(id: Id): Promise<Record<string, any>> {
  await step(world, 'editor', id, { action: 'submit' });
  await step(world, 'unit-head', id, approve('unit-head'));
  let adjustment = await step(world, 'reviewer', id, approve('first-review'));
  while (adjustment.stage !== 'second-review') {
    if (adjustment.stage === 'second-report') {
      adjustment = await step(world, 'editor', id, { action: 'submit' });
      continue;
    }
    const role = ({ price: 'price-reviewer', finance: 'finance-reviewer', legal: 'legal-reviewer' } as Record<string, Person>)[adjustment.stage]!;
    adjustment = await step(world, role, id, approve(adjustment.stage));
  }
  world.clock.advanceDays(8);
  await step(world, 'reviewer', id, approve('second-review'));
  return step(world, 'approver', id, approve('approval'));
}

function files(dir: string): Map<string, string> {
  return new Map(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => {
    const path = join(e.parentPath, e.name);
    return [relative(dir, path), readFileSync(path, 'utf8')];
  }));
}

async function snapshotOf(payload: Payload): Promise<Map<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'move-snapshot-'));
  try {
    await exportSnapshot(payload, dir, { now: world.clock.now });
    return files(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Closes the CMS on the target and waits until PostgreSQL has let its connections go (the move refuses while any remain). */
async function closeTarget(): Promise<void> {
  await closeDatabase(target, 'moved');
  await quiet();
}

/** PostgreSQL ends a closed connection's backend a moment later; the move counts backends. */
async function quiet(): Promise<void> {
  for (let i = 0; i < 50 && (await otherSessions(targetUrl)) > 0; i++) await new Promise((r) => setTimeout(r, 100));
}

beforeAll(async () => {
  world = await startWorld();
  source = world.cms.payload;
  const guide = world.cancelTarget.implementation;
  await saveDraft(world, guide, { conditions: '遗失或损毁就业失业登记证的本市劳动者' });
  approved = await throughReview(await propose(world, 'editor', { kind: 'guide', implementation: guide, unit: world.fx.units.a }));
  expect(approved.publishedAt).toBeTruthy();
  expect(approved.implementationVersion).toBeTruthy();
  // A draft on top of the published guide: drafts must move too.
  await saveDraft(world, guide, { ...completeGuide, conditions: '迁移前保存的草稿' });
  await runMove({ from: sourceUrl, to: targetUrl, log });
  target = await openDatabase(targetUrl, 'moved');
}, 120_000);

afterAll(async ({}, file) => {
  setWorkflowClock();
  if (target) await closeDatabase(target, 'moved').catch(() => undefined);
  await source?.destroy().catch(() => undefined);
  removeUnlessFailed(sourceDir, file);
});

describe('moving a county from SQLite to PostgreSQL', () => {
  it('copies every collection and global with its versions, and says what it left behind', async () => {
    const before = await documentCounts(source);
    expect(before.find((c) => c.slug === 'implementations')!.versions).toBeGreaterThan(5);
    expect(await documentCounts(target)).toEqual(before);
    expect(lines.join('\n')).toMatch(/users_sessions：登录会话/);
    expect(lines.join('\n')).toMatch(/实施清单.*一致|办事指南.*一致/);
    expect(lines.join('\n')).toMatch(/媒体文件没有复制/);
  });

  it('keeps password hashes: a user logs in on PostgreSQL with the old password, a wrong one is refused', async () => {
    const editor = world.fx.users.editor;
    const login = await target.login({ collection: 'users', data: { email: editor.email, password } });
    expect(login.user?.id).toBe(editor.id);
    expect(login.token).toBeTruthy();
    await expect(target.login({ collection: 'users', data: { email: editor.email, password: 'Wrong-Passw0rd!' } })).rejects.toThrow();
  });

  it('keeps ids: the approved adjustment names the guide version it published, readable as it was; the draft on top too', async () => {
    const adjustment = await target.findByID({ collection: 'adjustments', id: approved.id, depth: 0, overrideAccess: true });
    expect(adjustment.implementationVersion).toBe(approved.implementationVersion);
    const read = (p: Payload) => p.findVersionByID({ collection: 'implementations', id: String(approved.implementationVersion), depth: 0, overrideAccess: true });
    const [before, after] = [await read(source), await read(target)];
    expect(after.parent).toBe(world.cancelTarget.implementation);
    expect(after).toEqual(before);
    const draft = (p: Payload) => p.findByID({ collection: 'implementations', id: world.cancelTarget.implementation, draft: true, depth: 0, overrideAccess: true });
    expect((await draft(target)).conditions).toBe('迁移前保存的草稿');
    expect(await draft(target)).toEqual(await draft(source));
  });

  it('exports the same public snapshot from both databases (same files, same content)', async () => {
    const [before, after] = [await snapshotOf(source), await snapshotOf(target)];
    expect(before.size).toBeGreaterThan(3);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [path, text] of before) {
      // JSON fields come back from PostgreSQL's jsonb with their keys in its order (as for data written there in the first place).
      if (path.endsWith('.json')) expect(JSON.parse(after.get(path)!), path).toEqual(JSON.parse(text));
      else expect(after.get(path), path).toBe(text);
    }
  });

  it('moves the id sequences past the copied ids: new documents and versions are created', async () => {
    const maxId = async (collection: 'laws' | 'review-records') => Math.max(0, ...(await source.find({ collection, depth: 0, pagination: false, overrideAccess: true })).docs.map((d) => Number(d.id)));
    const law = await target.create({ collection: 'laws', data: { name: '迁移后新建的条例' }, overrideAccess: true });
    expect(Number(law.id)).toBeGreaterThan(await maxId('laws'));
    await target.update({ collection: 'implementations', id: world.cancelTarget.implementation, draft: true, data: { conditions: '迁移后的草稿', _status: 'draft' } as never, overrideAccess: true });
    const versions = await target.findVersions({ collection: 'implementations', sort: '-createdAt', limit: 1, depth: 0, overrideAccess: true });
    expect(versions.docs[0]!.version.conditions).toBe('迁移后的草稿');
    expect(Number(versions.docs[0]!.id)).toBeGreaterThan(Number(approved.implementationVersion));
  });

  it('refuses a target with data unless --force, rolls back a failed copy, and with --force replaces it', async () => {
    await closeTarget();
    const refusal = () => quiet().then(() => runMove({ from: sourceUrl, to: targetUrl, log })).then(() => '', (error: Error) => error.message);
    const first = await refusal();
    // What would be lost is listed, the law created on PostgreSQL included.
    const laws = (await source.count({ collection: 'laws', overrideAccess: true })).totalDocs;
    expect(first).toMatch(/不是空的/);
    expect(first).toContain(`法律法规与规范性文件库（laws）：${laws + 1} 条`);
    expect(first).toMatch(/加 --force/);
    // A failure half-way through the copy (here: the progress output breaks) leaves the target as it was.
    const failing = (line: string) => {
      if (/\] _implementations_v：/.test(line)) throw new Error('模拟中途失败');
    };
    await expect(runMove({ from: sourceUrl, to: targetUrl, force: true, log: failing })).rejects.toThrow(/模拟中途失败/);
    await quiet();
    const forced: string[] = [];
    await runMove({ from: sourceUrl, to: targetUrl, force: true, log: (line) => void forced.push(line) });
    // What --force found to delete is what the failed run left: the target as it was, the law included.
    expect(forced.join('\n')).toContain(`法律法规与规范性文件库（laws）：${laws + 1} 条`);
    target = await openDatabase(targetUrl, 'moved');
    expect((await target.find({ collection: 'laws', where: { name: { equals: '迁移后新建的条例' } }, overrideAccess: true })).totalDocs).toBe(0);
    expect(await documentCounts(target)).toEqual(await documentCounts(source));
  }, 120_000);
});
