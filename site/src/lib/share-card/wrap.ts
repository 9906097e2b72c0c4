/**
 * Line breaking for the share card's Chinese text. Chinese breaks between any two characters,
 * except that closing punctuation may not start a line and opening punctuation may not end one
 * (the usual 避头尾 rule); runs of Latin letters and digits (ICP, 2024) stay whole.
 */
const noLineStart = new Set([...'，。、；：？！）」』】》〉”’…·,.;:?!)]}%％']);
const noLineEnd = new Set([...'（「『【《〈“‘([{']);

export interface Wrapped {
  lines: string[];
  /** True when the text did not fit in `maxLines` and the last line ends with 「…」. */
  truncated: boolean;
}

/** Units that never split: a Latin/digit run, or one character (a code point, not a UTF-16 half). */
function tokens(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9.\-/]*|[\s\S]/gu) ?? [];
}

/**
 * Greedy wrapping of `text` into lines no wider than `maxWidth`, where `width(s)` measures a
 * string in the same unit. A token wider than a whole line is placed alone on its line.
 */
export function wrapText(text: string, maxWidth: number, maxLines: number, width: (s: string) => number): Wrapped {
  const lines: string[][] = [[]];
  for (const token of tokens(text.trim())) {
    const line = lines[lines.length - 1]!;
    if (line.length === 0 || width([...line, token].join('')) <= maxWidth) {
      line.push(token);
      continue;
    }
    const carried: string[] = [];
    // A closing mark may not start the next line: the last character before it comes along.
    if (noLineStart.has(token) && line.length > 1) carried.unshift(line.pop()!);
    // An opening mark may not end this line.
    while (line.length > 1 && noLineEnd.has(line[line.length - 1]!)) carried.unshift(line.pop()!);
    lines.push([...carried, token]);
  }
  const joined = lines.map((l) => l.join('')).filter((l) => l.length > 0);
  if (joined.length <= maxLines) return { lines: joined, truncated: false };
  const kept = joined.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length > 0 && width(`${last}…`) > maxWidth) last = [...last].slice(0, -1).join('');
  kept[maxLines - 1] = `${last}…`;
  return { lines: kept, truncated: true };
}
