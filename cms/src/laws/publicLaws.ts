import { beijingDay, publicLawSchema, type PublicLaw } from '@catalog/content-models';
import type { Payload } from 'payload';
import { text, type Doc } from '../workflow/docs.ts';

/**
 * The register as the snapshot publishes it (laws.json): name, key, 文号, 效力级别, 时效性, dates as
 * Beijing days and the link; the internal 备注 stays in the CMS. An entry that fails the public
 * schema (e.g. a link that is no URL, from before validation) is published without that field.
 */
export async function publicLaws(payload: Payload): Promise<PublicLaw[]> {
  const found = await payload.find({ collection: 'laws', depth: 0, limit: 0, pagination: false, overrideAccess: true });
  // Sorted here, by code units, so every database writes the same bytes.
  const docs = (found.docs as unknown as Doc[]).sort((a, b) => (String(a.key) < String(b.key) ? -1 : String(a.key) > String(b.key) ? 1 : 0));
  return docs.flatMap((law) => {
    const effective = text(law.effectiveDate);
    const repealed = text(law.repealDate);
    const entry = {
      key: String(law.key ?? ''),
      name: String(law.name ?? ''),
      ...(text(law.documentNumber) ? { documentNumber: text(law.documentNumber) } : {}),
      ...(text(law.level) ? { level: text(law.level) } : {}),
      ...(text(law.status) ? { status: text(law.status) } : {}),
      ...(effective ? { effectiveDate: beijingDay(effective) } : {}),
      ...(repealed ? { repealDate: beijingDay(repealed) } : {}),
      ...(text(law.link) ? { link: text(law.link) } : {}),
    };
    const parsed = publicLawSchema.safeParse(entry);
    if (parsed.success) return [parsed.data];
    const { link: _link, ...withoutLink } = entry;
    const retry = publicLawSchema.safeParse(withoutLink);
    return retry.success ? [retry.data] : [];
  });
}
