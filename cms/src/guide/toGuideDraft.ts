import type { FileRef, GuideDraft } from '@catalog/content-models';

/**
 * Turns CMS documents (an implementation, its catalog item, unit and region, as stored or as the
 * admin form holds them) into the GuideDraft that content-models' quality rules read. Pure and
 * browser-safe: the admin's findings panel and server code use the same mapping.
 */
type Doc = Record<string, unknown>;

const str = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const bool = (value: unknown): boolean | undefined => (typeof value === 'boolean' ? value : undefined);
const list = (value: unknown): Doc[] => (Array.isArray(value) ? (value.filter((v) => v && typeof v === 'object') as Doc[]) : []);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v !== '') : []);

/** An upload is an id until populated: either way the guide knows a file is attached. */
function fileRef(value: unknown): FileRef | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'object') {
    const doc = value as Doc;
    return { name: str(doc.title) ?? str(doc.filename) ?? '附件', url: str(doc.url) ?? '', mimeType: str(doc.mimeType), bytes: num(doc.filesize) };
  }
  return { name: '附件', url: '' };
}

/** A plain loop, not entries/fromEntries: the export calls this for every array row of 100,000 guides. */
function omitUndefined<T extends object>(value: T): T {
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const field = (value as Record<string, unknown>)[key];
    if (field !== undefined) kept[key] = field;
  }
  return kept as T;
}

export interface GuideSources {
  implementation: Doc;
  catalogItem?: Doc | null;
  unit?: Doc | null;
  region?: Doc | null;
}

export function toGuideDraft({ implementation: impl, catalogItem: item, unit, region }: GuideSources): GuideDraft {
  const draft: GuideDraft = {
    name: str(impl.name) ?? str(item?.name),
    aliases: [...strings(item?.aliases), ...strings(impl.aliases)],
    basicCode: str(item?.basicCode),
    itemType: str(item?.itemType) as GuideDraft['itemType'],
    category: str(item?.category) as GuideDraft['category'],
    serviceObjects: (strings(impl.serviceObjects).length ? strings(impl.serviceObjects) : strings(item?.serviceObjects)) as GuideDraft['serviceObjects'],
    serviceObjectNote: str(impl.serviceObjectNote),
    themes: strings(item?.themes) as GuideDraft['themes'],
    legalBasis: list(item?.legalBasis).map((b) => omitUndefined({ instrument: str(b.instrument) ?? '', article: str(b.article), text: str(b.text) })),
    transferableToSociety: bool(item?.transferableToSociety),
    hasNormativeDocuments: bool(item?.hasNormativeDocuments),
    implementationCode: str(impl.implementationCode),
    level: str(impl.level) as GuideDraft['level'],
    unit: unit
      ? omitUndefined({
          id: String(unit.id ?? ''),
          name: str(unit.name) ?? '',
          kind: str(unit.kind) as NonNullable<GuideDraft['unit']>['kind'],
          creditCode: str(unit.creditCode),
          phone: str(unit.phone),
          address: str(unit.address),
          hours: str(unit.hours),
        })
      : undefined,
    handlingUnit: str(impl.handlingUnit),
    coUnits: strings(impl.coUnits),
    region: region ? { code: str(region.code) ?? '', name: str(region.name) ?? '', level: str(region.level) as NonNullable<GuideDraft['region']>['level'] } : undefined,
    conditions: str(impl.conditions),
    materials: list(impl.materials).map((m, index) =>
      omitUndefined({
        id: str(m.id) ?? `row-${index}`,
        name: str(m.name) ?? '',
        source: str(m.source) as never,
        forms: strings(m.forms) as never,
        copies: num(m.copies),
        copyUnit: str(m.copyUnit) as never,
        necessity: (str(m.necessity) ?? 'unspecified') as never,
        requirements: str(m.requirements),
        basis: str(m.basis),
        blankForm: fileRef(m.blankForm),
        sample: fileRef(m.sample),
        fillNotes: str(m.fillNotes),
        commonMistakes: str(m.commonMistakes),
        obtainableBySharing: bool(m.obtainableBySharing) ?? false,
        demandedFromApplicant: bool(m.demandedFromApplicant) ?? true,
      }),
    ),
    charged: impl.feeStatus === 'charged' ? true : impl.feeStatus === 'free' ? false : bool(impl.charged),
    fees: list(impl.fees).map((f) =>
      omitUndefined({ name: str(f.name) ?? '', applicableCase: str(f.applicableCase), standard: str(f.standard), basis: str(f.basis), reducible: bool(f.reducible) ?? false, reductionBasis: str(f.reductionBasis) }),
    ),
    governmentPurchased: bool(impl.governmentPurchased),
    statutoryDays: num(impl.statutoryDays),
    statutoryDayKind: str(impl.statutoryDayKind) as GuideDraft['statutoryDayKind'],
    promisedDays: num(impl.promisedDays),
    promisedDayKind: str(impl.promisedDayKind) as GuideDraft['promisedDayKind'],
    timeLimitNote: str(impl.timeLimitNote),
    caseTimeLimits: list(impl.caseTimeLimits).map((c) => omitUndefined({ case: str(c.case) ?? '', days: num(c.days), dayKind: str(c.dayKind) as never, note: str(c.note) })),
    caseType: str(impl.caseType) as GuideDraft['caseType'],
    handlingForms: strings(impl.handlingForms) as GuideDraft['handlingForms'],
    onlineDepths: strings(impl.onlineDepths) as GuideDraft['onlineDepths'],
    onlineUrl: str(impl.onlineUrl),
    mobileUrl: str(impl.mobileUrl),
    onlineChannels: list(impl.onlineChannels).map((c) => omitUndefined({ name: str(c.name) ?? '', url: str(c.url), note: str(c.note) })),
    visits: num(impl.visits),
    onsiteReason: str(impl.onsiteReason),
    process: list(impl.process).map((p, index) =>
      omitUndefined({ id: str(p.id) ?? `step-${index}`, name: str(p.name) ?? '', actor: str(p.actor), days: num(p.days), description: str(p.description) }),
    ),
    locations: list(impl.locations).map((l) =>
      omitUndefined({ name: str(l.name) ?? '', address: str(l.address) ?? '', hours: str(l.hours), transit: str(l.transit), phone: str(l.phone) }),
    ),
    consultPhone: str(impl.consultPhone),
    complaintPhone: str(impl.complaintPhone),
    resultName: str(impl.resultName),
    resultType: str(impl.resultType),
    resultDelivery: str(impl.resultDelivery),
    resultSample: fileRef(impl.resultSample),
    statusQuery: str(impl.statusQuery),
    accountability: str(impl.accountability),
    specialProcedures: list(impl.specialProcedures).map((s) => omitUndefined({ kind: str(s.kind) as never, days: num(s.days), note: str(s.note) })),
    intermediaryServices: list(impl.intermediaryServices).map((s) => omitUndefined({ name: str(s.name) ?? '', provider: str(s.provider), basis: str(s.basis) })),
    crossRegion: str(impl.crossRegion) as GuideDraft['crossRegion'],
    quantityLimit: str(impl.quantityLimit),
    inServiceHall: bool(impl.inServiceHall),
    supportsExpress: bool(impl.supportsExpress),
    supportsAppointment: bool(impl.supportsAppointment),
    supportsOnlinePayment: bool(impl.supportsOnlinePayment),
    supportsSelfService: bool(impl.supportsSelfService),
    faq: list(impl.faq).map((q) => ({ question: str(q.question) ?? '', answer: str(q.answer) ?? '' })),
    forms: list(impl.forms).flatMap((f) => {
      const ref = fileRef(f.file);
      return ref ? [{ ...ref, name: str(f.title) ?? ref.name }] : [];
    }),
  };
  return omitUndefined(draft);
}
