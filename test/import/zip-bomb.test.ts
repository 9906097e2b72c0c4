import { performance } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from '../cms/support/cms.ts';
import { password, seedFixture } from '../cms/support/fixture.ts';
import { tinyCellBomb } from '../spreadsheet/zip-fixtures.ts';

/**
 * The attack through HTTP: an xlsx of 20 million tiny cells (1.7 MB) once froze the CMS
 * for over a minute. Now it is refused with a Chinese message naming the limit, and meanwhile
 * another client's requests keep being answered (the reading runs in a worker thread).
 */
let cms: Cms;
let admin: string;
let editor: string;

beforeAll(async () => {
  cms = await startCms();
  const fx = await seedFixture(cms.payload);
  admin = await cms.login(fx.users.admin.email, password);
  editor = await cms.login(fx.users.editor.email, password);
});

afterAll(async () => {
  await cms?.payload.destroy();
});

describe('a zip bomb uploaded to the 梳理表 import', () => {
  it('is refused, naming the cell limit, while another client gets answers in under a second', async () => {
    const bomb = tinyCellBomb(100_000);
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    const form = new FormData();
    form.append('file', new Blob([bomb as BlobPart]), '梳理表.xlsx');
    const started = await cms.rest('POST', '/imports/start?mode=dry-run', { token: admin, form });
    expect(started.status).toBe(202);

    const waits: number[] = [];
    let finished: any;
    while (!finished) {
      const asked = performance.now();
      const other = await cms.rest('GET', '/users/me', { token: editor });
      waits.push(performance.now() - asked);
      expect(other.status).toBe(200);
      expect(other.body.user.email).toBe('editor@test.local');
      const progress = await cms.rest('GET', `/imports/${started.body.id}/progress`, { token: admin });
      if (progress.body.status !== 'running') finished = progress.body;
      else await new Promise((resolve) => setTimeout(resolve, 20));
    }

    expect(finished.status).toBe('failed');
    expect(JSON.stringify(finished)).toContain('工作簿的单元格超过上限 3,000,000 个');
    // The other client was answered throughout the refusal, not just once it was over.
    expect(waits.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...waits)).toBeLessThan(1000);
  });
});
