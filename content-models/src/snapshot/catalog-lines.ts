import type { CatalogEntry } from './snapshot-schema.ts';

/**
 * catalog.json as this system writes it (writeSnapshot and writeSnapshotDelta): `[`, one entry a
 * line, each but the last followed by a comma, `]`. An incremental publication changes a few of
 * 100,000 lines; parsing the whole file again (67 MB) and rebuilding everything derived from it
 * cost seconds of every publication. A long-lived reader keeps each entry with the text of its
 * line: an unchanged line gives back the same object, so whatever was derived from it (open-data
 * rows, browse groups) can be kept by object identity. Equal text parses to an equal value, so
 * reuse can never serve stale data.
 *
 * Reused entries are shared between reads, so they are frozen (deeply): code that mutated one
 * would corrupt later publications; freezing makes that a TypeError at once instead.
 */
export interface CatalogText {
  catalog: CatalogEntry[];
  /** Each entry's line (without the separating comma), in catalog order. */
  lines: string[];
}

/** The lines of a catalog.json text, or undefined when it is not in the one-entry-a-line layout. */
export function catalogLines(text: string): string[] | undefined {
  if (text === '[]\n') return [];
  if (!text.startsWith('[\n') || !text.endsWith('\n]\n')) return undefined;
  const lines = text.slice(2, -3).split('\n');
  for (let i = 0; i < lines.length - 1; i += 1) {
    const line = lines[i]!;
    if (!line.endsWith(',')) return undefined;
    lines[i] = line.slice(0, -1);
  }
  return lines;
}

/** The catalog.json text of these lines (the layout catalogLines reads). */
export function catalogText(lines: readonly string[]): string {
  return lines.length === 0 ? '[]\n' : `[\n${lines.join(',\n')}\n]\n`;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * A reader that remembers the entries of the last text it read (only those: it does not grow).
 * The entries are not checked against the schema: only for files this system wrote and checked
 * (see IndexReadOptions.catalogCheckedByWriter).
 */
export function catalogLineReader(): (text: string) => CatalogText {
  let known = new Map<string, CatalogEntry>();
  return (text) => {
    const lines = catalogLines(text);
    if (!lines) {
      // Another layout (written by hand or by an older writer): read whole, remember nothing.
      known = new Map();
      const catalog = deepFreeze(JSON.parse(text) as CatalogEntry[]);
      return { catalog, lines: catalog.map((entry) => JSON.stringify(entry)) };
    }
    const next = new Map<string, CatalogEntry>();
    const catalog = lines.map((line) => {
      let entry = next.get(line) ?? known.get(line);
      if (!entry) entry = deepFreeze(JSON.parse(line) as CatalogEntry);
      next.set(line, entry);
      return entry;
    });
    known = next;
    return { catalog, lines };
  };
}
