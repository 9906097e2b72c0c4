import type { Field } from 'payload';
import type { Vocabulary } from '@catalog/content-models';

interface Options {
  required?: boolean;
  hasMany?: boolean;
  description?: string;
  defaultValue?: string | string[];
}

/** A select whose options are a content-models vocabulary, so codes and labels live in one place. */
export function vocabularySelect(
  name: string,
  label: string,
  vocabulary: Vocabulary<string>,
  { required = false, hasMany = false, description, defaultValue }: Options = {},
): Field {
  return {
    name,
    type: 'select',
    label,
    options: vocabulary.options(),
    required,
    hasMany,
    defaultValue,
    admin: description ? { description } : undefined,
  } as Field;
}
