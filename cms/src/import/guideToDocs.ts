import type { FileRef, GuideDraft } from '@catalog/content-models';
import { idOf, type Doc, type Id } from '../workflow/docs.ts';
import { mediaKey, type CmsImportContext } from './context.ts';

/** A file cell that names no document of the media library, reported by the caller with its cell. */
export interface MissingFile {
  sheet: string;
  header: string;
  url: string;
  label: string;
}

/** The CMS documents an imported guide becomes, as Local API data (relations as ids). */
export interface GuideDocsData {
  catalogItem: Doc;
  implementation: Doc;
  missingFiles: MissingFile[];
}

const nullable = (value: unknown) => (value === undefined ? null : value);

/**
 * Rows of arrays keep the spreadsheet's 材料编号 / 环节编号 as their id, so the field-level diff
 * matches them across versions. Row ids are unique across a whole table in SQL databases, so a
 * number the editor chose (“1”) is stored as “<实施编码>-1”; an id the implementation already has
 * (an exported workbook sends them back) is kept as it is.
 */
export function storedRowId(code: string, id: string, current: ReadonlySet<string>): string {
  if (current.has(id) || id.startsWith(`${code}-`)) return id;
  return `${code}-${id}`;
}

function rowIds(value: unknown): Set<string> {
  return new Set((Array.isArray(value) ? value : []).map((row) => String((row as Doc)?.id ?? '')));
}

/**
 * Turns a checked guide into catalog item and implementation data. `currentImplementation` and
 * `currentItem` are the newest drafts (null for a new item); fields the guide leaves empty are sent
 * as null so an update clears them, as the spreadsheet shows them empty.
 */
export function guideToDocs(guide: GuideDraft, context: CmsImportContext, currentImplementation: Doc | null, currentItem: Doc | null): GuideDocsData {
  const code = guide.implementationCode ?? '';
  const missingFiles: MissingFile[] = [];
  const media = (ref: FileRef | undefined, sheet: string, header: string, label: string): Id | null => {
    if (!ref) return null;
    const found = context.media.get(mediaKey(ref.url)) ?? context.media.get(mediaKey(ref.name));
    if (!found) missingFiles.push({ sheet, header, url: ref.url, label });
    return found?.id ?? null;
  };
  const unit = guide.unit ? context.unitIds.get(guide.unit.id) : undefined;
  const region = guide.region ? context.regionIds.get(guide.region.code) : undefined;
  const itemAliases = currentItem && String(idOf(currentItem.unit)) !== String(unit) ? ((currentItem.aliases as string[] | undefined) ?? []) : [];
  const ownsItem = !currentItem || String(idOf(currentItem.unit)) === String(unit);

  const catalogItem: Doc = {
    name: currentItem && !ownsItem ? currentItem.name : guide.name,
    aliases: ownsItem ? (guide.aliases ?? []) : itemAliases,
    basicCode: guide.basicCode,
    itemType: guide.itemType,
    category: guide.category,
    unit: currentItem ? idOf(currentItem.unit) : unit,
    serviceObjects: ownsItem ? (guide.serviceObjects ?? []) : (currentItem?.serviceObjects ?? []),
    themes: guide.themes ?? [],
    levels: currentItem ? (currentItem.levels ?? []) : guide.level ? [guide.level] : [],
    legalBasis: (guide.legalBasis ?? []).map((b) => ({ instrument: b.instrument, article: nullable(b.article), text: nullable(b.text) })),
    transferableToSociety: guide.transferableToSociety ?? false,
    hasNormativeDocuments: guide.hasNormativeDocuments ?? false,
  };
  const materialIds = rowIds(currentImplementation?.materials);
  const stepIds = rowIds(currentImplementation?.process);
  const implementation: Doc = {
    catalogItem: currentItem?.id ?? null,
    name: guide.name,
    implementationCode: code,
    unit,
    region,
    level: guide.level,
    handlingUnit: nullable(guide.handlingUnit),
    coUnits: guide.coUnits ?? [],
    aliases: ownsItem ? [] : (guide.aliases ?? []).filter((alias) => !itemAliases.includes(alias)),
    serviceObjects: guide.serviceObjects ?? [],
    serviceObjectNote: nullable(guide.serviceObjectNote),
    conditions: nullable(guide.conditions),
    materials: (guide.materials ?? []).map((m) => ({
      id: storedRowId(code, m.id, materialIds),
      name: m.name,
      source: nullable(m.source),
      forms: m.forms ?? [],
      copies: nullable(m.copies),
      copyUnit: nullable(m.copyUnit),
      necessity: m.necessity ?? 'unspecified',
      requirements: nullable(m.requirements),
      basis: nullable(m.basis),
      blankForm: media(m.blankForm, '申请材料', '空白表格', `材料“${m.name}”的空白表格`),
      sample: media(m.sample, '申请材料', '示范文本', `材料“${m.name}”的示范文本`),
      fillNotes: nullable(m.fillNotes),
      commonMistakes: nullable(m.commonMistakes),
      obtainableBySharing: m.obtainableBySharing ?? false,
      demandedFromApplicant: m.demandedFromApplicant ?? true,
    })),
    feeStatus: guide.charged === true ? 'charged' : guide.charged === false ? 'free' : null,
    fees: (guide.fees ?? []).map((f) => ({ name: f.name, applicableCase: nullable(f.applicableCase), standard: nullable(f.standard), basis: nullable(f.basis), reducible: f.reducible ?? false, reductionBasis: nullable(f.reductionBasis) })),
    governmentPurchased: guide.governmentPurchased ?? false,
    statutoryDays: nullable(guide.statutoryDays),
    statutoryDayKind: nullable(guide.statutoryDayKind),
    promisedDays: nullable(guide.promisedDays),
    promisedDayKind: nullable(guide.promisedDayKind),
    timeLimitNote: nullable(guide.timeLimitNote),
    caseTimeLimits: (guide.caseTimeLimits ?? []).map((c) => ({ case: c.case, days: nullable(c.days), dayKind: nullable(c.dayKind), note: nullable(c.note) })),
    caseType: nullable(guide.caseType),
    handlingForms: guide.handlingForms ?? [],
    onlineDepths: guide.onlineDepths ?? [],
    onlineUrl: nullable(guide.onlineUrl),
    mobileUrl: nullable(guide.mobileUrl),
    onlineChannels: (guide.onlineChannels ?? []).map((c) => ({ name: c.name, url: nullable(c.url), note: nullable(c.note) })),
    visits: nullable(guide.visits),
    onsiteReason: nullable(guide.onsiteReason),
    process: (guide.process ?? []).map((p) => ({ id: storedRowId(code, p.id, stepIds), name: p.name, actor: nullable(p.actor), days: nullable(p.days), description: nullable(p.description) })),
    locations: (guide.locations ?? []).map((l) => ({ name: l.name, address: l.address, hours: nullable(l.hours), transit: nullable(l.transit), phone: nullable(l.phone) })),
    consultPhone: nullable(guide.consultPhone),
    complaintPhone: nullable(guide.complaintPhone),
    resultName: nullable(guide.resultName),
    resultType: nullable(guide.resultType),
    resultDelivery: nullable(guide.resultDelivery),
    resultSample: media(guide.resultSample, '事项与指南', '结果样本', '结果样本'),
    statusQuery: nullable(guide.statusQuery),
    accountability: nullable(guide.accountability),
    specialProcedures: (guide.specialProcedures ?? []).map((s) => ({ kind: s.kind, days: nullable(s.days), note: nullable(s.note) })),
    intermediaryServices: (guide.intermediaryServices ?? []).map((s) => ({ name: s.name, provider: nullable(s.provider), basis: nullable(s.basis) })),
    crossRegion: nullable(guide.crossRegion),
    quantityLimit: nullable(guide.quantityLimit),
    inServiceHall: nullable(guide.inServiceHall),
    supportsExpress: nullable(guide.supportsExpress),
    supportsAppointment: nullable(guide.supportsAppointment),
    supportsOnlinePayment: nullable(guide.supportsOnlinePayment),
    supportsSelfService: nullable(guide.supportsSelfService),
    faq: (guide.faq ?? []).map((q) => ({ question: q.question, answer: q.answer })),
    forms: (guide.forms ?? []).map((f) => ({ title: f.name, file: media(f, '事项与指南', '表格下载', `表格“${f.name}”`) })),
  };
  return { catalogItem, implementation, missingFiles };
}

/** Replaces media ids by their documents, so toGuideDraft sees files as it does when populated. */
export function withMedia(implementation: Doc, context: CmsImportContext): Doc {
  const byId = new Map([...context.media.values()].map((m) => [String(m.id), m.doc]));
  const file = (value: unknown) => (value === null || value === undefined ? value : (byId.get(String(idOf(value))) ?? value));
  return {
    ...implementation,
    resultSample: file(implementation.resultSample),
    materials: ((implementation.materials as Doc[] | undefined) ?? []).map((m) => ({ ...m, blankForm: file(m.blankForm), sample: file(m.sample) })),
    forms: ((implementation.forms as Doc[] | undefined) ?? []).map((f) => ({ ...f, file: file(f.file) })),
  };
}
