'use client';
import { beijingDate, beijingDateTime } from '@catalog/content-models/time/beijing-time.ts';
import type { DateFieldClientComponent } from 'payload';
import { TextInput, useField } from '@payloadcms/ui';

/**
 * A read-only date (提交时间, 进入本环节时间, 发布时间 …) as Beijing time text. Payload's date picker
 * shows the browser's zone, so a reviewer travelling or a browser set to UTC read another hour (or
 * day); nobody types these, so plain text loses nothing.
 */
export const BeijingDateField: DateFieldClientComponent = ({ path, field }) => {
  const { value } = useField<string>({ path: path ?? field.name });
  const dayOnly = (field.admin?.date as { pickerAppearance?: string } | undefined)?.pickerAppearance === 'dayOnly';
  const shown = value ? (dayOnly ? beijingDate(value) : beijingDateTime(value)) : '';
  return <TextInput path={path ?? field.name} label={field.label} readOnly value={shown} />;
};
