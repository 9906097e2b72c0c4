import type { AdjustmentKind } from '../vocabularies/index.ts';

/**
 * Which procedure an adjustment follows. Rules are data (the admin edits them); the first rule whose
 * fields all match wins, an absent field matching anything. A campaign (专项梳理) that names its own
 * procedure overrides every rule: all its adjustments go through the same steps.
 */
export interface ProcedureRule {
  campaign?: string;
  kinds?: AdjustmentKind[];
  /** true: only changes limited to contact details; false: only other changes. */
  contactOnly?: boolean;
  procedureId: string;
}

export interface ProcedureFacts {
  campaign?: string;
  /** The procedure set on the adjustment's campaign, if any. */
  campaignProcedureId?: string;
  kind: AdjustmentKind;
  contactOnly: boolean;
}

export const defaultFallbackProcedureId = 'two-reports-two-reviews';

export const defaultProcedureRules: ProcedureRule[] = [
  { kinds: ['guide'], contactOnly: true, procedureId: 'contact-update' },
  { kinds: ['change', 'cancel', 'guide'], procedureId: 'dynamic-adjustment' },
  { kinds: ['add'], procedureId: 'two-reports-two-reviews' },
];

function matches(rule: ProcedureRule, facts: ProcedureFacts): boolean {
  if (rule.campaign !== undefined && rule.campaign !== facts.campaign) return false;
  if (rule.kinds !== undefined && !rule.kinds.includes(facts.kind)) return false;
  if (rule.contactOnly !== undefined && rule.contactOnly !== facts.contactOnly) return false;
  return true;
}

export function chooseProcedure(rules: readonly ProcedureRule[], facts: ProcedureFacts, fallbackId: string): string {
  if (facts.campaignProcedureId) return facts.campaignProcedureId;
  return rules.find((rule) => matches(rule, facts))?.procedureId ?? fallbackId;
}
