import { guideSchema, type Guide, type GuideDraft } from '../guide/guide-schema.ts';

/** What importing a checked file would do to each item: the basis of an idempotent import. */
export interface ImportPlan {
  /** Codes not in the catalog: 新增. */
  added: string[];
  /** Codes in the catalog whose guide differs: 变更. */
  changed: string[];
  /** Codes in the catalog with an identical guide: re-importing them changes nothing. */
  unchanged: string[];
}

/** Schema output has a fixed key order and no unknown keys, so its JSON is a faithful comparison key. */
function canonical(guide: GuideDraft): string {
  return JSON.stringify(guideSchema.parse(guide));
}

export function planImport(guides: readonly GuideDraft[], current: ReadonlyMap<string, Guide>): ImportPlan {
  const plan: ImportPlan = { added: [], changed: [], unchanged: [] };
  for (const guide of guides) {
    const code = guide.implementationCode ?? '';
    const before = current.get(code);
    if (!before) plan.added.push(code);
    else if (canonical(before) === canonical(guide)) plan.unchanged.push(code);
    else plan.changed.push(code);
  }
  return plan;
}
