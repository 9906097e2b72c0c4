import { missingPersonLabel, personLabel } from '@catalog/content-models';
import type { PayloadRequest } from 'payload';
import { idOf, text, type Doc, type Id } from '../workflow/docs.ts';

type LabelCache = Map<string, Promise<string>>;

/** One lookup per person per request: a list of 100 review records names a handful of people. */
function cacheOf(req: PayloadRequest): LabelCache {
  const context = req.context as { personLabels?: LabelCache };
  context.personLabels ??= new Map();
  return context.personLabels;
}

/** Lets `req` reuse the labels `source` has looked up: for a unit of work that writes no account (an import's rows). */
export function shareLabels(source: PayloadRequest, req: PayloadRequest): void {
  (req.context as { personLabels?: LabelCache }).personLabels = cacheOf(source);
}

async function unitName(req: PayloadRequest, unit: unknown): Promise<string | undefined> {
  if (unit && typeof unit === 'object' && text((unit as Doc).name)) return text((unit as Doc).name);
  const id = idOf(unit);
  if (id === undefined) return undefined;
  const found = await req.payload.findByID({ collection: 'units', id, depth: 0, overrideAccess: true, req }).catch(() => null);
  return text((found as Doc | null)?.name);
}

/** 「姓名（单位）」 of a person whose name and unit are at hand (a users document). */
export async function labelOfUserDoc(req: PayloadRequest, user: Doc): Promise<string> {
  return personLabel({ name: text(user.name), unitName: await unitName(req, user.unit) });
}

/**
 * 「姓名（单位）」 of the account a relationship points to, read as the system: whoever may read the
 * case may read who acted on it, even when they may not read that person's account (readUsers).
 */
export function labelOfUser(req: PayloadRequest, value: unknown): Promise<string> | undefined {
  const id: Id | undefined = idOf(value);
  if (id === undefined) return undefined;
  const cache = cacheOf(req);
  const key = String(id);
  let label = cache.get(key);
  if (!label) {
    label = req.payload
      .findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req, select: { name: true, unit: true } })
      .then((user) => labelOfUserDoc(req, user as unknown as Doc))
      .catch(() => missingPersonLabel(id));
    cache.set(key, label);
  }
  return label;
}
