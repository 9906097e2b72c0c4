import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchmarksMarkdown, type BenchResults } from './report.ts';
import { keepUnownedSections, splitSections } from './report-sections.ts';

const root = resolve(import.meta.dirname, '../../..');
const owned = ['## Figures', '## Goals'];

describe('BENCHMARKS.md keeps the sections the report does not write', () => {
  it('puts a hand-written section back after the generated section it followed', () => {
    const previous = ['# Benchmarks', '', 'Old intro.', '', '## Figures (1,000 items)', '', 'old table', '', '## Measured by hand', '', 'kept words', '', '## Goals', '', '- old'].join('\n');
    const generated = ['# Benchmarks', '', 'New intro.', '', '## Figures (2,000 items)', '', 'new table', '', '## Goals', '', '- new', ''].join('\n');
    const out = keepUnownedSections(generated, previous, owned);
    expect(out).toBe(['# Benchmarks', '', 'New intro.', '', '## Figures (2,000 items)', '', 'new table', '', '## Measured by hand', '', 'kept words', '', '## Goals', '', '- new', ''].join('\n'));
  });

  it('drops the old copy of an owned section and never duplicates a kept one', () => {
    const previous = '# B\n\n## Figures (1)\n\nold\n\n## Mine\n\nx\n';
    const once = keepUnownedSections('# B\n\n## Figures (2)\n\nnew\n', previous, owned);
    const twice = keepUnownedSections('# B\n\n## Figures (3)\n\nnewer\n', once, owned);
    expect(twice).toBe('# B\n\n## Figures (3)\n\nnewer\n\n## Mine\n\nx\n');
  });

  it('appends a kept section whose preceding owned section is no longer written', () => {
    const out = keepUnownedSections('# B\n\n## Goals\n\n- g\n', '# B\n\n## Figures (1)\n\nold\n\n## Mine\n\nx\n\n## Goals\n\n- g\n', owned);
    expect(out).toBe('# B\n\n## Goals\n\n- g\n\n## Mine\n\nx\n');
  });

  it('does not split at a "## " line inside a fenced code block', () => {
    const sections = splitSections('# B\n\n## Mine\n\n```sh\n## not a heading\n```\n\n## Goals\n');
    expect(sections.map((s) => s.heading)).toEqual(['', '## Mine', '## Goals']);
  });

  it('rewriting the committed BENCHMARKS.md from its own results loses no hand-written section', () => {
    const current = readFileSync(resolve(root, 'BENCHMARKS.md'), 'utf8');
    const results = JSON.parse(readFileSync(resolve(root, 'bench-results/latest.json'), 'utf8')) as BenchResults;
    const headings = (markdown: string) => splitSections(markdown).map((s) => s.heading).filter(Boolean);
    const rewritten = benchmarksMarkdown(results, current);
    expect(headings(rewritten)).toEqual(headings(current));
    for (const heading of ['## Search after the term-order change', '## Admin build']) {
      const section = (markdown: string) => splitSections(markdown).find((s) => s.heading.startsWith(heading))?.text.trim();
      expect(section(current)).toBeTruthy();
      expect(section(rewritten)).toBe(section(current));
    }
  });
});
