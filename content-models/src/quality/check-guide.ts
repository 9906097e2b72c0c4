import type { GuideDraft } from '../guide/guide-schema.ts';
import type { Finding, QualityOptions, QualityRule } from './finding.ts';
import { codeConsistencyRule } from './rules/code-consistency.ts';
import { codesRule } from './rules/codes.ts';
import { feesRule } from './rules/fees.ts';
import { legalBasisRule } from './rules/legal-basis.ts';
import { materialBasisRule } from './rules/material-basis.ts';
import { materialProofBasisRule } from './rules/material-proof-basis.ts';
import { materialSharingRule } from './rules/material-sharing.ts';
import { oneTimeNoticeRule } from './rules/one-time-notice.ts';
import { onlineHandlingRule } from './rules/online-handling.ts';
import { timeLimitsRule } from './rules/time-limits.ts';

/** Every rule, in the order findings are listed: admission first, then the guide's content, then codes. */
export const qualityRules: readonly QualityRule[] = [
  legalBasisRule,
  oneTimeNoticeRule,
  materialProofBasisRule,
  materialSharingRule,
  materialBasisRule,
  feesRule,
  timeLimitsRule,
  onlineHandlingRule,
  codesRule,
  codeConsistencyRule,
];

export function checkGuide(guide: GuideDraft, options?: QualityOptions): Finding[] {
  const disabled = new Set(options?.disabledRules ?? []);
  return qualityRules.filter((rule) => !disabled.has(rule.id)).flatMap((rule) => rule.check(guide, options));
}

/** Errors block submission; warnings never do. */
export function hasBlockingFindings(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
