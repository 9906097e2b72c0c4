import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, generateSnapshot } from './build-site.ts';
import { writeFixtureSnapshot } from '../fixtures/write-fixture-snapshot.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDist: string;
    snapshotDir: string;
  }
}

/** Builds the site once: 200 generated items plus the hand-made fixtures, in a temp dir. */
export default function setup(project: TestProject): () => void {
  const work = mkdtempSync(join(tmpdir(), 'site-test-'));
  const generated = join(work, 'generated');
  const snapshot = join(work, 'snapshot');
  const dist = join(work, 'dist');
  generateSnapshot(200, generated);
  writeFixtureSnapshot(snapshot, generated);
  buildSite(snapshot, dist);
  project.provide('siteDist', dist);
  project.provide('snapshotDir', snapshot);
  return () => rmSync(work, { recursive: true, force: true });
}
