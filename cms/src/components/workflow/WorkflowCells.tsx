'use client';
import { defaultProcedure, procedures, workflowStatuses } from '@catalog/content-models/workflow/index.ts';

/** List cells that show the workflow's codes in Chinese (审核中, 一审（编办审核）…). */
export function StateCell({ cellData }: { cellData?: unknown }) {
  const code = String(cellData ?? '');
  return <span>{workflowStatuses.has(code) ? workflowStatuses.label(code) : code}</span>;
}

/** The stage's name in the default procedure, else in whichever procedure has that stage id. */
export function StageCell({ cellData }: { cellData?: unknown }) {
  const id = String(cellData ?? '');
  const all = [defaultProcedure, ...Object.values(procedures)];
  const stage = all.flatMap((procedure) => procedure.stages).find((s) => s.id === id);
  return <span>{stage?.name ?? id}</span>;
}
