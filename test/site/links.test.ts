import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';

/** Every built HTML file, as paths relative to the build. */
function htmlFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'));
}

/** Internal targets (start with "/", not "//") of href and src attributes, without query or fragment. */
function internalTargets(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)]
    .map((m) => m[1]!.replaceAll('&amp;', '&'))
    .filter((url) => url.startsWith('/') && !url.startsWith('//'))
    .map((url) => url.replace(/[?#].*$/, ''));
}

/** A target exists when it is a file in the build, or a directory holding index.html. */
function exists(dist: string, target: string): boolean {
  let path: string;
  try {
    path = join(dist, decodeURIComponent(target));
  } catch {
    return false;
  }
  if (relative(dist, path).startsWith('..') || !existsSync(path)) return false;
  return statSync(path).isDirectory() ? existsSync(join(path, 'index.html')) : true;
}

/**
 * Known dead targets, each with why it is still here. The test fails when one starts to resolve, so
 * the entry is removed with the fix rather than hiding a real dead link later.
 */
// Uploads are absolute addresses on the CMS since the export makes them so (absoluteFileUrls);
// the fixture's placeholders went with them. Add an entry here only with its reason.
const KNOWN_DEAD = new Map<string, string>([]);

describe('internal links of the built site', () => {
  const dist = inject('siteDist');
  const files = htmlFiles(dist);
  const checked = new Map<string, boolean>();
  const dead: string[] = [];
  for (const file of files) {
    for (const target of internalTargets(readFileSync(join(dist, file), 'utf8'))) {
      if (!checked.has(target)) checked.set(target, exists(dist, target));
      if (!checked.get(target)) dead.push(`${file} → ${target}`);
    }
  }

  it('are checked on every page', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(checked.size).toBeGreaterThan(100);
  });

  it('all lead to a page or file the build serves', () => {
    const unknown = dead.filter((d) => !KNOWN_DEAD.has(d.split(' → ')[1]!));
    const distinct = new Set(unknown.map((d) => d.split(' → ')[1]));
    expect(unknown, `${unknown.length} dead internal links to ${distinct.size} targets; first 20:\n${unknown.slice(0, 20).join('\n')}`).toEqual([]);
  });

  it('still list as known dead only targets that are dead (remove an entry once it is fixed)', () => {
    const fixed = [...KNOWN_DEAD.keys()].filter((target) => checked.get(target) !== false);
    expect(fixed, `已修复或不再出现的已知死链，请从 KNOWN_DEAD 删除：${fixed.join('、')}`).toEqual([]);
  });
});
