import { createHash } from 'node:crypto';
import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

const repoRoot = resolve(import.meta.dirname, '../../..');
/** What the pages are made of besides the snapshot: templates, styles, scripts, config, and the domain labels they print. */
const sources = ['site/src', 'site/public', 'site/astro.config.mjs', 'content-models/src', 'package-lock.json'];
const FILE = '.site-fingerprint';

async function files(path: string): Promise<string[]> {
  const entries = await readdir(path, { recursive: true, withFileTypes: true }).catch(() => undefined);
  if (!entries) return [path];
  return entries.filter((e) => e.isFile() && !e.name.endsWith('.test.ts')).map((e) => join(e.parentPath, e.name));
}

/**
 * A hash of the site's code. An incremental release mixes newly rendered pages with pages of the
 * previous build, which is only right when both come from the same code: after a deployment that
 * changed templates or styles the next publication is a full rebuild.
 */
export async function siteFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const source of sources) {
    for (const file of (await files(join(repoRoot, source))).sort()) {
      const content = await readFile(file).catch(() => undefined);
      if (content) hash.update(file.slice(repoRoot.length)).update(content);
    }
  }
  return hash.digest('hex');
}

/** Kept beside the snapshot a release was built from (the snapshot folder is not served). */
export async function writeFingerprint(snapshotDir: string, fingerprint: string): Promise<void> {
  const path = join(snapshotDir, FILE);
  await writeFile(`${path}.new`, fingerprint);
  await rename(`${path}.new`, path);
}

export async function readFingerprint(snapshotDir: string): Promise<string | undefined> {
  return readFile(join(snapshotDir, FILE), 'utf8').catch(() => undefined);
}
