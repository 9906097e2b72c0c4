import type { RepealedLaw } from '@catalog/content-models';
import type { Payload, PayloadRequest } from 'payload';
import type { Doc } from '../workflow/docs.ts';
import { toRepealedLaw } from './toRepealedLaw.ts';

/** The register's repealed entries, for `checkGuide(guide, { repealedLaws })` on the server. */
export async function loadRepealedLaws(payload: Payload, req?: PayloadRequest): Promise<RepealedLaw[]> {
  const found = await payload.find({ collection: 'laws', where: { status: { equals: 'repealed' } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, ...(req ? { req } : {}) });
  return (found.docs as unknown as Doc[]).map(toRepealedLaw);
}
