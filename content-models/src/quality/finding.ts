import type { CodeFormat } from '../codes/index.ts';
import type { GuideDraft } from '../guide/guide-schema.ts';

/** 'error' blocks submission; 'warning' is shown to the editor and the reviewer but does not block. */
export type Severity = 'error' | 'warning';

export interface Finding {
  /** Id of the rule that found it. */
  rule: string;
  severity: Severity;
  /** Guide field path, dot-separated with array indexes: 'legalBasis', 'materials.2.basis'. */
  path: string;
  /** Chinese: names the field, its value and what would be accepted. */
  message: string;
}

export interface QualityOptions {
  /** Layout of basic and implementation codes; defaults to `defaultCodeFormat`. */
  codeFormat?: CodeFormat;
  /** Words that mark a material as a certificate or a stamp requirement; defaults to `proofOrStampWords`. */
  proofWords?: readonly string[];
  /** Entries of the law register marked 已废止 (from the CMS's 法律法规与规范性文件库). */
  repealedLaws?: readonly RepealedLaw[];
  /** Rule ids a deployment has switched off. */
  disabledRules?: readonly string[];
}

/** A repealed instrument as the register holds it: matched by key or 文号 (see laws/register.ts). */
export interface RepealedLaw {
  key: string;
  name: string;
  documentNumber?: string | null;
  /** Beijing date for messages, e.g. 2026年3月1日. */
  repealedOn?: string | null;
}

export interface QualityRule {
  id: string;
  /** Chinese title for lists of rules and for grouping findings. */
  title: string;
  check(guide: GuideDraft, options?: QualityOptions): Finding[];
}

/** Builders that stamp findings with a rule id, so rule bodies read as the rule. */
export function findingsOf(rule: string) {
  return {
    error: (path: string, message: string): Finding => ({ rule, severity: 'error', path, message }),
    warning: (path: string, message: string): Finding => ({ rule, severity: 'warning', path, message }),
  };
}

export function isBlank(value: string | undefined | null): boolean {
  return value === undefined || value === null || value.trim() === '';
}
