'use client';
import type { Procedure } from '@catalog/content-models/workflow/index.ts';
import type { TextFieldClientComponent } from 'payload';
import { TextInput, useField, useFormFields } from '@payloadcms/ui';
import { stageName, stateName } from './WorkflowCells.tsx';

/**
 * 当前状态 / 当前环节 in the edit form: the fields store codes (`in-review`, `second-review`) for
 * the workflow engine; clerks read the Chinese names. Read-only — the workflow endpoints move a case.
 */
export const StateField: TextFieldClientComponent = ({ path, field }) => {
  const { value } = useField<string>({ path: path ?? field.name });
  return <TextInput path={path ?? field.name} label={field.label} readOnly value={value ? stateName(value) : ''} />;
};

export const StageField: TextFieldClientComponent = ({ path, field }) => {
  const { value } = useField<string>({ path: path ?? field.name });
  const snapshot = useFormFields(([fields]) => fields.procedureSnapshot?.value) as Procedure | null | undefined;
  return <TextInput path={path ?? field.name} label={field.label} readOnly value={value ? stageName(value, snapshot) : ''} />;
};
