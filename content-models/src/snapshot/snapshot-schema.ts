import { z } from 'zod';
import { adjustmentKinds, dayKinds, itemStatuses, serviceCategories, itemTypes, levels, serviceObjects, lifeEventThemes, unitKinds } from '../vocabularies/index.ts';
import { guideSchema, intermediaryServiceSchema, regionRefSchema, unitRefSchema } from '../guide/guide-schema.ts';
import { catalogBasisSchema } from '../laws/public-law.ts';

/**
 * The published snapshot: the only contract between the CMS and the site (and the open-data export).
 *
 * Layout of a snapshot directory:
 *   meta.json                       SnapshotMeta
 *   catalog.json                    CatalogEntry[]   (one per item, enough to list and browse)
 *   items/<implementationCode>.json PublicItem       (the full guide)
 *   units.json                      UnitRef[]
 *   regions.json                    RegionRef[] with parent codes
 *   adjustments.json                PublicAdjustment[] (the public adjustment log, newest first)
 *   consultations.json              Consultation[]   (drafts under 征求意见)
 *   settings.json                   SiteSettings
 *   synonyms.json                   Synonym[]        (搜索同义词, search/synonyms.ts; absent in older snapshots)
 *   laws.json                       PublicLaw[]      (法律法规库, laws/public-law.ts; absent in older snapshots)
 *   ratings.json                    ItemRatings[]    (好差评 counts of approved ratings per item; absent without a CMS)
 */
export const SNAPSHOT_SCHEMA_VERSION = 1;

const isoDateTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();

export const fieldChangeSchema = z.object({
  path: z.string(), // machine path, e.g. materials[身份证].copies
  label: z.string(), // Chinese label, e.g. 申请材料「身份证」· 份数
  kind: z.enum(['added', 'removed', 'changed']),
  before: z.string().optional(),
  after: z.string().optional(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/** One entry of an item's public change history (and of the site-wide adjustment notices). */
export const publicAdjustmentSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(adjustmentKinds.codes),
  implementationCode: z.string().min(1),
  itemName: z.string().min(1),
  unitName: z.string().min(1),
  reason: z.string().min(1),
  basis: z.string().optional(),
  effectiveDate: isoDate,
  publishedAt: isoDateTime,
  changes: z.array(fieldChangeSchema).default([]),
});
export type PublicAdjustment = z.infer<typeof publicAdjustmentSchema>;

export const cancellationSchema = z.object({
  date: isoDate,
  reason: z.string().min(1),
  basis: z.string().optional(),
  replacedBy: z.string().optional(), // implementation code of the successor item
});
export type Cancellation = z.infer<typeof cancellationSchema>;

export const publicItemSchema = guideSchema.extend({
  status: z.enum(itemStatuses.codes),
  cancellation: cancellationSchema.optional(),
  /** Earlier implementation codes of this item: their addresses redirect here. */
  formerCodes: z.array(z.string().min(1)).default([]),
  /** Earlier names, shown as "原名" and kept searchable. */
  formerNames: z.array(z.string().min(1)).default([]),
  version: z.number().int().positive(),
  firstPublishedAt: isoDateTime,
  updatedAt: isoDateTime,
  reviewDate: isoDate.optional(), // next scheduled content review
  views: z.number().int().nonnegative().default(0),
  history: z.array(publicAdjustmentSchema).default([]),
});
export type PublicItem = z.infer<typeof publicItemSchema>;

/** What lists, browse pages and the search index need, without loading every guide. */
export const catalogEntrySchema = z.object({
  implementationCode: z.string().min(1),
  basicCode: z.string().min(1),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  itemType: z.enum(itemTypes.codes),
  category: z.enum(serviceCategories.codes),
  serviceObjects: z.array(z.enum(serviceObjects.codes)).default([]),
  themes: z.array(z.enum(lifeEventThemes.codes)).default([]),
  level: z.enum(levels.codes),
  unitId: z.string().min(1),
  unitName: z.string().min(1),
  unitKind: z.enum(unitKinds.codes),
  regionCode: z.string().min(6),
  regionName: z.string().min(1),
  status: z.enum(itemStatuses.codes),
  visits: z.number().int().min(0).optional(),
  promisedDays: z.number().min(0).optional(),
  promisedDayKind: z.enum(dayKinds.codes).optional(), // absent: working days
  charged: z.boolean().optional(),
  /** 可向社会组织转移: present (true) only for such items, so the public list needs no guide files. */
  transferableToSociety: z.boolean().optional(),
  /** 中介服务 the guide requires: present only when there are some (the 中介服务事项清单). */
  intermediaryServices: z.array(intermediaryServiceSchema).optional(),
  updatedAt: isoDateTime,
  views: z.number().int().nonnegative().default(0),
  /** 设定依据 for the open data; absent in older snapshots. */
  legalBasis: z.array(catalogBasisSchema).optional(),
});
export type CatalogEntry = z.infer<typeof catalogEntrySchema>;

export const regionSchema = regionRefSchema.extend({ parentCode: z.string().optional() });
export type Region = z.infer<typeof regionSchema>;

export const consultationSchema = z.object({
  adjustmentId: z.string().min(1),
  kind: z.enum(adjustmentKinds.codes),
  reason: z.string().min(1),
  basis: z.string().optional(),
  opensAt: isoDateTime,
  closesAt: isoDateTime,
  draft: guideSchema,
  changes: z.array(fieldChangeSchema).default([]),
});
export type Consultation = z.infer<typeof consultationSchema>;

export const siteSettingsSchema = z.object({
  siteName: z.string().min(1),
  regionName: z.string().min(1),
  hotline: z.string().min(1), // e.g. 12345
  footer: z.string().default(''),
  icp: z.string().optional(), // ICP 备案号
  publicSecurityFiling: z.string().optional(), // 公安备案号
  siteCode: z.string().optional(), // 政府网站标识码
  baseUrl: z.string().url(),
  /** Where consultation comments are posted (the CMS's public endpoint). */
  commentEndpoint: z.string().optional(),
  /**
   * Where the header's search form goes when the browser runs no JavaScript (the CMS's
   * /api/site-search, which searches the live site's index); without it the form needs scripts.
   */
  searchEndpoint: z.string().optional(),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/**
 * 好差评 of one item: approved (moderated, public) ratings only. Items nobody rated are left out;
 * a snapshot without ratings.json (a generated catalog, an older export) knows no counts at all.
 */
export const itemRatingsSchema = z.object({
  implementationCode: z.string().min(1),
  good: z.number().int().nonnegative(),
  bad: z.number().int().nonnegative(),
});
export type ItemRatings = z.infer<typeof itemRatingsSchema>;

export const snapshotMetaSchema = z.object({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  generatedAt: isoDateTime,
  siteVersion: z.string().min(1),
  counts: z.object({
    items: z.number().int().nonnegative(),
    activeItems: z.number().int().nonnegative(),
    cancelledItems: z.number().int().nonnegative(),
    units: z.number().int().nonnegative(),
    adjustments: z.number().int().nonnegative(),
  }),
});
export type SnapshotMeta = z.infer<typeof snapshotMetaSchema>;

export { unitRefSchema, regionRefSchema };
