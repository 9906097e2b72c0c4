import { procedures, type Procedure } from '@catalog/content-models';
import type { Payload } from 'payload';

const DAY = 86_400_000;

/**
 * The demo's review set-up, chosen so a newcomer walks a case from 提交 to 公布 in minutes:
 * the demo's 两报两审 holds its 二审 without a waiting period (0 days) — the shipped default is
 * 5 working days, and the seeded consultations below keep that, so 征求意见 is visible too — and
 * a 梳理 campaign files new items under 两报两审. Everything else follows the shipped rules
 * (变更/取消/指南调整 → 动态调整, contact-only 指南调整 → 简易程序).
 */
export async function seedDemoWorkflow(payload: Payload, now: Date): Promise<void> {
  const found = await payload.find({ collection: 'workflow-procedures', where: { code: { equals: 'two-reports-two-reviews' } }, depth: 0, limit: 1, overrideAccess: true });
  const stored = found.docs[0] as { id: number | string; definition: Omit<Procedure, 'id' | 'name'> } | undefined;
  if (!stored) return;
  const definition = {
    ...stored.definition,
    stages: stored.definition.stages.map((stage) => (stage.consultation ? { ...stage, consultation: { ...stage.consultation, days: 0 } } : stage)),
  };
  await payload.update({
    collection: 'workflow-procedures',
    id: stored.id,
    data: { definition, description: '演示环境：二审征求意见期设为 0 天，便于一次走完全流程；正式部署默认 5 个工作日，可在此修改。' } as never,
    overrideAccess: true,
  });
  await payload.create({
    collection: 'campaigns',
    data: {
      name: '2026年度公共服务事项梳理（演示）',
      procedure: stored.id,
      deadline: new Date(now.getTime() + 30 * DAY).toISOString(),
      active: true,
      description: '各单位梳理本单位公共服务事项，按两报两审报送；新增事项请归入本专项工作。',
    } as never,
    overrideAccess: true,
  });
}

/** The shipped 两报两审 as recorded on the seeded consultations (they were filed before the demo's edit). */
export const consultationProcedure: Procedure = procedures['two-reports-two-reviews']!;
