import type { GuideDraft } from '../guide/guide-schema.ts';
import { legalBasisRule } from '../quality/rules/legal-basis.ts';
import { oneTimeNoticeRule } from '../quality/rules/one-time-notice.ts';

/**
 * 一次性告知要素齐全: the guide passes the 一次性告知 minimum of DOMAIN.md §5 — the same rules that
 * block submission (one-time-notice, and legal-basis for 设定依据) report no error. Warnings (a
 * missing complaint phone, an article number) do not make a guide incomplete, as they do not block.
 */
export function hasAllOneTimeNoticeElements(guide: GuideDraft): boolean {
  return [oneTimeNoticeRule, legalBasisRule].every((rule) => rule.check(guide).every((finding) => finding.severity !== 'error'));
}
