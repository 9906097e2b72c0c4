import type { GuideDraft } from '../guide/guide-schema.ts';
import type { Finding, QualityOptions, QualityRule } from './finding.ts';
import { catchAllMaterialsRule } from './rules/catch-all-materials.ts';
import { codeConsistencyRule } from './rules/code-consistency.ts';
import { codesRule } from './rules/codes.ts';
import { contactPhonesRule } from './rules/contact-phones.ts';
import { duplicateMaterialsRule } from './rules/duplicate-materials.ts';
import { feesRule } from './rules/fees.ts';
import { intermediaryBasisRule } from './rules/intermediary-basis.ts';
import { legalBasisRule } from './rules/legal-basis.ts';
import { materialBasisRule } from './rules/material-basis.ts';
import { materialNecessityRule } from './rules/material-necessity.ts';
import { materialProofBasisRule } from './rules/material-proof-basis.ts';
import { materialSharingRule } from './rules/material-sharing.ts';
import { oneTimeNoticeRule } from './rules/one-time-notice.ts';
import { onlineHandlingRule } from './rules/online-handling.ts';
import { repealedBasisRule } from './rules/repealed-basis.ts';
import { timeLimitsRule } from './rules/time-limits.ts';

/**
 * Every rule, in the order findings are listed: admission first, then the guide's content, then codes.
 *
 * Severity policy, applied by every rule:
 * - `error` blocks submission (一报). Errors are what the seeds forbid — an item, certificate, stamp
 *   or intermediary service without legal basis (法无授权不可为), 兜底 materials, a material demanded
 *   twice, a shareable material still demanded, a fee without basis or standard, a promise longer than
 *   the statutory limit, a visit without a real reason on an item the guide says is handled online —
 *   and the 一次性告知 minimum of DOMAIN.md §5: basis, handling unit, process, materials, fees including
 *   是否收费, time limits, a consultation phone one can dial, address and hours.
 * - `warning` is shown to editor and reviewer but never blocks: what is incomplete or doubtful — a
 *   missing article number, complaint phone or material basis, 必需 未说明, a basis the rules cannot
 *   place (a 规范性文件), time limits counted in different kinds of day, codes that disagree.
 * - Unknown stays unknown: an absent 是否收费 is 未填写 (an error), never 否.
 * Importing never blocks on findings; these severities only decide what blocks submission.
 */
export const qualityRules: readonly QualityRule[] = [
  legalBasisRule,
  repealedBasisRule,
  oneTimeNoticeRule,
  contactPhonesRule,
  materialProofBasisRule,
  catchAllMaterialsRule,
  duplicateMaterialsRule,
  materialSharingRule,
  materialBasisRule,
  materialNecessityRule,
  intermediaryBasisRule,
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
