/**
 * BENCHMARKS.md is written from bench-results/latest.json, but people add sections of their own
 * (a measurement taken by hand, a build comparison). The generated report owns only the sections
 * whose headings it writes; every other `## ` section of the previous file is carried over
 * unchanged, after the owned section it followed (or at the end when that one is gone).
 */

interface Section {
  heading: string;
  text: string;
}

/** Splits at `## ` headings outside fenced code blocks; the part before the first one has heading ''. */
export function splitSections(markdown: string): Section[] {
  const sections: Section[] = [{ heading: '', text: '' }];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    if (!fenced && line.startsWith('## ')) sections.push({ heading: line, text: '' });
    const current = sections.at(-1)!;
    current.text += current.text === '' ? line : `\n${line}`;
  }
  return sections;
}

/**
 * `generated` with the sections of `previous` it does not own put back. A section is owned when
 * its heading starts with one of `ownedHeadings` (the generated headings carry figures, so only
 * their start is stable).
 */
export function keepUnownedSections(generated: string, previous: string | undefined, ownedHeadings: readonly string[]): string {
  if (!previous) return generated;
  const ownerOf = (heading: string) => (heading === '' ? '' : ownedHeadings.find((prefix) => heading.startsWith(prefix)));
  const kept = new Map<string, string[]>();
  let anchor = '';
  for (const section of splitSections(previous)) {
    const owner = ownerOf(section.heading);
    if (owner !== undefined) anchor = owner;
    else kept.set(anchor, [...(kept.get(anchor) ?? []), section.text.replace(/\n+$/, '')]);
  }
  const out: string[] = [];
  const placed = new Set<string>();
  for (const section of splitSections(generated)) {
    out.push(section.text.replace(/\n+$/, ''));
    const owner = ownerOf(section.heading);
    if (owner === undefined || placed.has(owner)) continue;
    placed.add(owner);
    out.push(...(kept.get(owner) ?? []));
  }
  for (const [owner, texts] of kept) if (!placed.has(owner)) out.push(...texts);
  return `${out.join('\n\n')}\n`;
}
