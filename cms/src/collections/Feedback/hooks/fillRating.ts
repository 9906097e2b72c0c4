import type { CollectionBeforeChangeHook } from 'payload';
import { idOf, type Doc } from '../../../workflow/docs.ts';

/**
 * A new rating carries its guide's unit (who may read it and follow it up, without a join on every
 * access check), one verdict kept in both forms (`helpful` is the older API's yes/no), and a 差评
 * starts 待整改. The unit is the server's to set: the field accepts no input.
 */
export const fillRating: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create' || data.kind !== 'rating') return data;
  const verdict = data.verdict ?? (typeof data.helpful === 'boolean' ? (data.helpful ? 'good' : 'bad') : undefined);
  const implementation = idOf(data.implementation);
  const guide =
    implementation === undefined
      ? null
      : ((await req.payload.findByID({ collection: 'implementations', id: implementation, depth: 0, overrideAccess: true, req, disableErrors: true })) as Doc | null);
  return {
    ...data,
    verdict,
    helpful: verdict === undefined ? data.helpful : verdict === 'good',
    unit: idOf(guide?.unit) ?? undefined,
    followUp: verdict === 'bad' ? (data.followUp ?? 'open') : undefined,
  };
};
