export type { Finding, QualityOptions, QualityRule, RepealedLaw, Severity } from './finding.ts';
export { checkGuide, hasBlockingFindings, qualityRules } from './check-guide.ts';
export { proofOrStampWords } from './rules/proof-demand.ts';
