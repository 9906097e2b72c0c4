import type { Field, TextField } from 'payload';
import { labelOfUser } from './labels.ts';

/**
 * A read-only 「姓名（单位）」 beside a relationship to users, computed on every read (virtual: not
 * stored, so a renamed unit or person reads right at once and no migration is needed). The admin
 * shows it instead of the relationship, whose own display depends on reading the account.
 */
export function personLabelField(source: string, label: string, admin: TextField['admin'] = {}): Field {
  return {
    name: `${source}Label`,
    type: 'text',
    label,
    virtual: true,
    admin: { readOnly: true, ...admin },
    hooks: { afterRead: [({ siblingData, req }) => labelOfUser(req, (siblingData as Record<string, unknown>)[source]) ?? null] },
  };
}

/** The relationship itself stays in the API (ids, filters) but not on the admin's form or columns. */
export const hiddenInAdmin = { hidden: true, readOnly: true } as const;
