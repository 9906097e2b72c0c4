import type { CollectionBeforeValidateHook } from 'payload';
import { assertPasswordAllowed } from '../passwordRules.ts';

/**
 * Create and update (REST, GraphQL, the admin, first-register, the Local API) carry the plaintext
 * password in `data` up to this hook; Payload hashes it only afterwards.
 */
export const checkPasswordOnSave: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  const email = (data?.email as string | undefined) ?? (originalDoc?.email as string | undefined);
  assertPasswordAllowed(data?.password, email);
  return data;
};
