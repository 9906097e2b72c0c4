'use client';
import { defaultProcedure, procedures, workflowStatuses, type Procedure } from '@catalog/content-models/workflow/index.ts';

/** 审核中 for `in-review`; an unknown code as it is. */
export function stateName(code: string): string {
  return workflowStatuses.has(code) ? workflowStatuses.label(code) : code;
}

/** The stage's name in the case's own procedure, else the default one, else whichever has that stage id. */
export function stageName(id: string, snapshot?: Procedure | null): string {
  const all = [...(snapshot?.stages ? [snapshot] : []), defaultProcedure, ...Object.values(procedures)];
  return all.flatMap((procedure) => procedure.stages).find((s) => s.id === id)?.name ?? id;
}

/** List cells that show the workflow's codes in Chinese (审核中, 一审（编办审核）…). */
export function StateCell({ cellData }: { cellData?: unknown }) {
  return <span>{stateName(String(cellData ?? ''))}</span>;
}

export function StageCell({ cellData }: { cellData?: unknown }) {
  return <span>{stageName(String(cellData ?? ''))}</span>;
}
