import type { Payload } from 'payload';
import { tallyByItem, type ItemRatings } from '@catalog/content-models';
import { ratingRecords } from '../workflow/feedback/ratingRecords.ts';

/** 好差评 counts for open data: approved ratings only (pending and rejected ones are not public), by 实施编码. */
export async function itemRatings(payload: Payload): Promise<ItemRatings[]> {
  const { records } = await ratingRecords(payload, 'approved');
  return [...tallyByItem(records)]
    .map(([implementationCode, { good, bad }]) => ({ implementationCode, good, bad }))
    .sort((a, b) => a.implementationCode.localeCompare(b.implementationCode));
}
