/** A controlled vocabulary: stable codes (stored, exchanged) with Chinese labels (shown). */
export interface Term<C extends string = string> {
  readonly code: C;
  readonly label: string;
}

export interface Vocabulary<C extends string> {
  readonly terms: readonly Term<C>[];
  readonly codes: readonly [C, ...C[]];
  has(code: string): code is C;
  label(code: C): string;
  /** Options in the shape Payload select fields and HTML selects both accept. */
  options(): { value: C; label: string }[];
}

export function defineVocabulary<const T extends readonly [Term, ...Term[]]>(
  terms: T,
): Vocabulary<T[number]['code']> {
  type C = T[number]['code'];
  const byCode = new Map<string, string>(terms.map((t) => [t.code, t.label]));
  if (byCode.size !== terms.length) throw new Error('vocabulary has duplicate codes');
  return {
    terms: terms as readonly Term<C>[],
    codes: terms.map((t) => t.code) as unknown as readonly [C, ...C[]],
    has: (code: string): code is C => byCode.has(code),
    label: (code: C) => byCode.get(code) ?? code,
    options: () => terms.map((t) => ({ value: t.code as C, label: t.label })),
  };
}

export type CodeOf<V> = V extends Vocabulary<infer C> ? C : never;
