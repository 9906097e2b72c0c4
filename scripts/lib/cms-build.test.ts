import { mkdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testTempDir } from '../../test/support/temp-dir.ts';
import { cmsBuildExists, cmsBuildIsStale, cmsSourceHash, markCmsBuilt } from './cms-build.ts';

/** A repo with the watched sources and, once "built", a cms/.next with a BUILD_ID. */
function fakeRepo(): string {
  const root = testTempDir('cms-build-');
  mkdirSync(join(root, 'cms/src/app'), { recursive: true });
  mkdirSync(join(root, 'content-models/src'), { recursive: true });
  writeFileSync(join(root, 'cms/src/app/page.tsx'), 'export default 1;\n');
  writeFileSync(join(root, 'content-models/src/rules.ts'), 'export const a = 1;\n');
  writeFileSync(join(root, 'package-lock.json'), '{}\n');
  return root;
}

function build(root: string): void {
  const sources = cmsSourceHash(root);
  mkdirSync(join(root, 'cms/.next'), { recursive: true });
  writeFileSync(join(root, 'cms/.next/BUILD_ID'), 'x');
  markCmsBuilt(root, sources);
}

describe('the admin build stamp', () => {
  it('asks for a build when there is none, and not again for the same sources', () => {
    const root = fakeRepo();
    expect(cmsBuildExists(root)).toBe(false);
    expect(cmsBuildIsStale(root)).toBe(true);
    build(root);
    expect(cmsBuildExists(root)).toBe(true);
    expect(cmsBuildIsStale(root)).toBe(false);
  });

  it('ignores new mtimes on identical sources (a fresh checkout, npm install rewriting the lock file)', () => {
    const root = fakeRepo();
    build(root);
    const later = new Date(Date.now() + 3600_000);
    for (const file of ['cms/src/app/page.tsx', 'content-models/src/rules.ts', 'package-lock.json']) {
      writeFileSync(join(root, file), readFileSync(join(root, file)));
      utimesSync(join(root, file), later, later);
    }
    expect(cmsBuildIsStale(root)).toBe(false);
    // Build output and data are not sources.
    writeFileSync(join(root, 'cms/.next/other'), 'y');
    mkdirSync(join(root, 'cms/src/data'));
    writeFileSync(join(root, 'cms/src/data/catalog.db'), 'z');
    expect(cmsBuildIsStale(root)).toBe(false);
  });

  it('rebuilds when a source changes, is added, renamed, or the lock file changes', () => {
    const root = fakeRepo();
    const changes = [
      () => writeFileSync(join(root, 'content-models/src/rules.ts'), 'export const a = 2;\n'),
      () => writeFileSync(join(root, 'cms/src/app/new.ts'), ''),
      () => renameSync(join(root, 'cms/src/app/page.tsx'), join(root, 'cms/src/app/home.tsx')),
      () => writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}\n'),
    ];
    for (const change of changes) {
      build(root);
      change();
      expect(cmsBuildIsStale(root)).toBe(true);
    }
  });
});
