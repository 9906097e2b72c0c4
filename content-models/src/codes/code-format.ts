import { itemTypes, levels } from '../vocabularies/index.ts';

/**
 * How basic codes (基本编码) and implementation codes (实施编码) are laid out. The national
 * coding standard (GB/T 39554.1-2020) was not at hand: the default below is inferred from the
 * exchange schema and from codes published on provincial portals, so a region whose codes differ
 * passes its own format instead of changing the validators.
 */
export interface CodeSegment {
  /** Stable name, e.g. 'itemType'; the item-type segment must be called exactly that. */
  readonly key: string;
  /** Chinese name shown in messages, e.g. 事项类型. */
  readonly label: string;
  readonly length: number;
  /** Characters one position may hold, as a regex character class body, e.g. '0-9'. */
  readonly charset: string;
  /** Human wording of `charset` for messages, e.g. 数字. */
  readonly charsetLabel: string;
  /** When set, the segment must be one of these values (e.g. the known item-type codes). */
  readonly allowed?: readonly string[];
}

export interface CodeFormat {
  /** Segments of the basic code in order; their lengths add up to the basic code's length. */
  readonly basicCodeSegments: readonly CodeSegment[];
  /** Digits allowed between the credit code and the basic code in an implementation code (行使层级). */
  readonly implementationLevels: readonly string[];
}

const digits = { charset: '0-9', charsetLabel: '数字' } as const;

export const defaultCodeFormat: CodeFormat = {
  basicCodeSegments: [
    { key: 'source', label: '来源（区划）码', length: 2, ...digits },
    { key: 'itemType', label: '事项类型码', length: 2, ...digits, allowed: itemTypes.codes },
    { key: 'department', label: '部门码', length: 2, ...digits },
    { key: 'main', label: '主项码', length: 3, ...digits },
    { key: 'sub', label: '子项码', length: 3, ...digits },
  ],
  implementationLevels: levels.codes,
};

export function basicCodeLength(format: CodeFormat): number {
  return format.basicCodeSegments.reduce((sum, segment) => sum + segment.length, 0);
}

/** Credit code (18) + level digit (1) + basic code. */
export function implementationCodeLength(format: CodeFormat): number {
  return 18 + 1 + basicCodeLength(format);
}
