import type { Field } from 'payload';
import type { Vocabulary } from '@catalog/content-models';

interface Options {
  required?: boolean;
  hasMany?: boolean;
  description?: string;
  defaultValue?: string | string[];
  /** PostgreSQL enum type name, when the default would clash (e.g. a field called `status` beside `_status`). */
  enumName?: string;
}

/** A select whose options are a content-models vocabulary, so codes and labels live in one place. */
export function vocabularySelect(
  name: string,
  label: string,
  vocabulary: Vocabulary<string>,
  { required = false, hasMany = false, description, defaultValue, enumName }: Options = {},
): Field {
  return {
    name,
    type: 'select',
    label,
    options: vocabulary.options(),
    required,
    hasMany,
    defaultValue,
    ...(enumName ? { enumName } : {}),
    admin: description ? { description } : undefined,
  } as Field;
}
