import { guideSchema, type GuideDraft } from '@catalog/content-models';
import { toGuideDraft } from '../guide/toGuideDraft.ts';
import type { Doc } from '../workflow/docs.ts';
import type { CmsImportContext } from './context.ts';
import { withMedia } from './guideToDocs.ts';

/** Schema output has a fixed key order and defaults filled in, so its JSON compares two guides faithfully. */
export function canonicalGuide(guide: GuideDraft): string {
  const parsed = guideSchema.safeParse(guide);
  return JSON.stringify(parsed.success ? parsed.data : guide);
}

export interface StoredDocs {
  implementation: Doc;
  catalogItem: Doc | null;
  unit: Doc | null;
  region: Doc | null;
}

/** The guide documents give, with their files read from the media library as the admin shows them. */
export function guideOfDocs(docs: StoredDocs, context: CmsImportContext): GuideDraft {
  return toGuideDraft({ ...docs, implementation: withMedia(docs.implementation, context) });
}

const catalogKeys = ['basicCode', 'itemType', 'category', 'themes', 'legalBasis', 'transferableToSociety', 'hasNormativeDocuments'] as const;

/** Whether two catalog item versions differ in what a guide shows of them. */
export function catalogItemDiffers(before: Doc, after: Doc): boolean {
  const a = toGuideDraft({ implementation: {}, catalogItem: before }) as Record<string, unknown>;
  const b = toGuideDraft({ implementation: {}, catalogItem: after }) as Record<string, unknown>;
  const pick = (g: Record<string, unknown>) => JSON.stringify([...catalogKeys, 'aliases', 'name', 'serviceObjects'].map((key) => g[key] ?? null));
  return pick(a) !== pick(b);
}

/** The catalog-level fields only (those a unit cannot change on another unit's catalog item). */
export function catalogFieldsDiffer(before: Doc, after: Doc): boolean {
  const a = toGuideDraft({ implementation: {}, catalogItem: before }) as Record<string, unknown>;
  const b = toGuideDraft({ implementation: {}, catalogItem: after }) as Record<string, unknown>;
  return catalogKeys.some((key) => JSON.stringify(a[key] ?? null) !== JSON.stringify(b[key] ?? null));
}
