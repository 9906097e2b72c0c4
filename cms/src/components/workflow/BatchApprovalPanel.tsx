import type { Procedure, Role } from '@catalog/content-models';
import type { Payload } from 'payload';
import { hasRole } from '../../access/user.ts';
import { stagesOf } from '../../workflow/access.ts';
import { procedureOf } from '../../workflow/procedure.ts';
import { BatchApprovalForm, type BatchCandidate } from './BatchApprovalForm.tsx';

type Doc = Record<string, unknown>;

/**
 * 批量审定 for the government's approvers: the cases waiting at an 审定 stage become a 送审稿 the
 * meeting approves in one action (POST /api/adjustments/decide-batch), each with its own review
 * record and the batch number. Read with the user's own access.
 */
export async function BatchApprovalPanel({ payload, user, procedures }: { payload: Payload; user: unknown; procedures: Procedure[] }) {
  if (!hasRole(user, 'approver')) return null;
  const stages = stagesOf(procedures, ['approver'] as Role[]);
  if (stages.length === 0) return null;
  const found = await payload.find({
    collection: 'adjustments',
    where: { and: [{ state: { equals: 'in-review' } }, { stage: { in: stages } }] },
    sort: 'stageEnteredAt',
    limit: 200,
    depth: 1,
    overrideAccess: false,
    user: user as never,
  });
  const candidates: BatchCandidate[] = (found.docs as unknown as Doc[]).map((doc) => ({
    id: String(doc.id),
    title: String((doc.implementation as Doc | null)?.name ?? doc.reason ?? doc.id),
    unit: String((doc.unit as Doc | null)?.name ?? ''),
    stageName: procedureOf(doc).stages.find((s) => s.id === doc.stage)?.name ?? String(doc.stage ?? ''),
  }));
  return <BatchApprovalForm candidates={candidates} />;
}
