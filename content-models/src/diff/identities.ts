import { specialProcedureKinds, type SpecialProcedureKind } from '../vocabularies/index.ts';

/**
 * How the records of each list are told apart across versions (the diff matches them by identity,
 * not position, so inserting a material does not show every later one as changed) and how one is
 * named in a notice.
 */
export interface Identity {
  key(item: Record<string, unknown>): string;
  title(item: Record<string, unknown>): string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

function byField(field: string): Identity {
  return { key: (item) => text(item[field]), title: (item) => text(item[field]) };
}

export const listIdentities: Record<string, Identity> = {
  materials: { key: (m) => text(m.id), title: (m) => text(m.name) },
  process: { key: (s) => text(s.id), title: (s) => text(s.name) },
  fees: byField('name'),
  locations: byField('name'),
  faq: byField('question'),
  legalBasis: {
    key: (b) => `${text(b.instrument)}|${text(b.article)}`,
    title: (b) => `《${text(b.instrument).replace(/^《|》$/g, '')}》${text(b.article)}`,
  },
  specialProcedures: {
    key: (p) => text(p.kind),
    title: (p) => (specialProcedureKinds.has(text(p.kind)) ? specialProcedureKinds.label(text(p.kind) as SpecialProcedureKind) : text(p.kind)),
  },
  intermediaryServices: byField('name'),
  caseTimeLimits: byField('case'),
  onlineChannels: byField('name'),
  forms: byField('name'),
};
