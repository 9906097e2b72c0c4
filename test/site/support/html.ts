import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';

/** Reads a built page by its public path ("/items/x/" → dist/items/x/index.html). */
export function page(path: string): string {
  const dist = inject('siteDist');
  const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
  return readFileSync(file, 'utf8');
}

/** Text content of the first element matching a simple tag (and optional attribute) pattern. */
export function textOf(html: string, tag: string, attr = ''): string | undefined {
  const match = new RegExp(`<${tag}\\b[^>]*${attr}[^>]*>([\\s\\S]*?)</${tag}>`).exec(html);
  return match?.[1]?.replace(/<[^>]+>/g, '').trim();
}

/** All href values in the document. */
export function hrefs(html: string): string[] {
  return [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!);
}
