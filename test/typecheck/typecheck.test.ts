import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The tests run TypeScript-stripped code and would not notice a type error, and `next build` no
 * longer type-checks the admin (cms/next.config.mjs: it cost ~35 s of every first start). So the
 * type check is a test, the CMS's included.
 */
const root = resolve(import.meta.dirname, '../..');
const tsc = resolve(root, 'node_modules/typescript/bin/tsc');

function typecheck(project: string): string {
  const result = spawnSync(process.execPath, [tsc, '-p', project, '--noEmit'], { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? '' : `${result.stdout}${result.stderr}`.trim();
}

describe('strict TypeScript', () => {
  it('accepts content-models, scripts and tests', () => {
    expect(typecheck('tsconfig.json')).toBe('');
  });

  it('accepts the CMS (what next build checks)', () => {
    expect(typecheck('cms/tsconfig.json')).toBe('');
  });
});
