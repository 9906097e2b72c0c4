import type { FileRef, Guide } from '@catalog/content-models';

// Ids are numbers on SQLite and PostgreSQL (as payload-types.ts says), strings on MongoDB: only passed through.
type Id = number;

/** A generated guide's 目录清单 fields, as the catalog-items collection stores them. */
export function catalogItemData(item: Guide & { status?: string }, unit: Id) {
  return {
    name: item.name,
    aliases: item.aliases,
    basicCode: item.basicCode,
    itemType: item.itemType,
    category: item.category,
    status: item.status ?? 'active',
    unit,
    serviceObjects: item.serviceObjects,
    themes: item.themes,
    levels: [item.level],
    legalBasis: item.legalBasis,
    transferableToSociety: item.transferableToSociety,
    hasNormativeDocuments: item.hasNormativeDocuments,
  };
}

export interface ImplementationRefs {
  catalogItem: Id;
  unit: Id;
  region: Id;
  reviewDate: string;
  /** The media document of a generated file (created once, shared by the guides that name it). */
  media: (ref: FileRef | undefined) => Promise<Id | undefined>;
}

/** A generated guide's 实施清单 and 办事指南 fields, as the implementations collection stores them. */
export async function implementationData(item: Guide, refs: ImplementationRefs) {
  const materials = [];
  for (const material of item.materials) {
    const { blankForm, sample, id: _id, ...rest } = material;
    materials.push({ ...rest, blankForm: await refs.media(blankForm), sample: await refs.media(sample) });
  }
  // The generator names no files (a generated site serves none); the demo, whose files are real
  // uploads, gives each guide a blank application form and a sample of its result.
  const demoFile = (name: string, suffix: string): FileRef => ({ name: `${name}.pdf`, url: `/demo/${item.basicCode}-${suffix}.pdf`, mimeType: 'application/pdf' });
  const formRefs = item.forms.length > 0 ? item.forms : [demoFile(`${item.name}申请表（空白表格）`, 'blank')];
  const forms = [];
  for (const form of formRefs) forms.push({ title: form.name.replace(/\.\w+$/, ''), file: (await refs.media(form))! });
  return {
    catalogItem: refs.catalogItem,
    name: item.name,
    implementationCode: item.implementationCode,
    unit: refs.unit,
    region: refs.region,
    level: item.level,
    handlingUnit: item.handlingUnit,
    coUnits: item.coUnits,
    serviceObjects: item.serviceObjects,
    reviewDate: refs.reviewDate,
    conditions: item.conditions,
    materials,
    feeStatus: item.charged === undefined ? null : item.charged ? 'charged' : 'free',
    fees: item.fees,
    governmentPurchased: item.governmentPurchased,
    statutoryDays: item.statutoryDays,
    promisedDays: item.promisedDays,
    timeLimitNote: item.timeLimitNote,
    caseType: item.caseType,
    handlingForms: item.handlingForms,
    onlineDepths: item.onlineDepths,
    onlineUrl: item.onlineUrl,
    mobileUrl: item.mobileUrl,
    visits: item.visits,
    onsiteReason: item.onsiteReason,
    process: item.process.map(({ id: _id, ...step }) => step),
    locations: item.locations,
    consultPhone: item.consultPhone,
    complaintPhone: item.complaintPhone,
    resultName: item.resultName,
    resultType: item.resultType,
    resultSample: await refs.media(item.resultSample ?? (item.resultName ? demoFile(`${item.resultName}（样本）`, 'sample') : undefined)),
    statusQuery: item.statusQuery,
    accountability: item.accountability,
    specialProcedures: item.specialProcedures,
    intermediaryServices: item.intermediaryServices,
    crossRegion: item.crossRegion,
    quantityLimit: item.quantityLimit,
    inServiceHall: item.inServiceHall,
    supportsExpress: item.supportsExpress,
    supportsAppointment: item.supportsAppointment,
    supportsOnlinePayment: item.supportsOnlinePayment,
    supportsSelfService: item.supportsSelfService,
    faq: item.faq,
    forms,
  };
}
