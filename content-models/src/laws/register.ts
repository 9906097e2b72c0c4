import { defineVocabulary, type CodeOf } from '../vocabularies/vocabulary.ts';
import { lawDisplayName, type Citation } from './citation.ts';

/** 效力级别 of an instrument in the register. Unknown stays empty (shown 未填写), never guessed. */
export const lawLevels = defineVocabulary([
  { code: 'law', label: '法律' },
  { code: 'administrative-regulation', label: '行政法规' },
  { code: 'state-council-decision', label: '国务院决定' },
  { code: 'department-rule', label: '部门规章' },
  { code: 'local-regulation', label: '地方性法规' },
  { code: 'local-government-rule', label: '地方政府规章' },
  { code: 'normative-document', label: '规范性文件' },
  { code: 'other', label: '其他' },
]);
export type LawLevel = CodeOf<typeof lawLevels>;

/** 时效性. */
export const lawStatuses = defineVocabulary([
  { code: 'in-force', label: '现行有效' },
  { code: 'amended', label: '已修订' },
  { code: 'repealed', label: '已废止' },
]);
export type LawStatus = CodeOf<typeof lawStatuses>;

/** What the register needs of an entry to match citations. */
export interface RegisterEntry {
  key: string;
  documentNumber?: string | null;
}

/** Whether a citation names a register entry (by name key, or by the same 文号). */
export function citesEntry(citation: Citation, entry: RegisterEntry): boolean {
  if (citation.key === entry.key) return true;
  const number = entry.documentNumber?.trim();
  return !!number && !!citation.documentNumber && citation.documentNumber.text === number;
}

/** An entry the fill would create: only what the citations say (name and, when cited, 文号). */
export interface RegisterCandidate {
  key: string;
  name: string;
  documentNumber?: string;
  /** How many citations name it. */
  citations: number;
}

/**
 * One candidate per distinct instrument among citations: the fullest spelling of its name
 * (《中华人民共和国社会保险法》 over 《社会保险法》), the 文号 when a citation gives one. A citation by
 * 文号 alone joins the titled instrument with that 文号 when there is one. Level is never
 * guessed here: a title does not say whether a 办法 is a 部门规章 or a 规范性文件.
 */
export function registerCandidates(citations: readonly Citation[]): RegisterCandidate[] {
  const byKey = new Map<string, RegisterCandidate>();
  const titled = citations.filter((c) => !c.numberOnly);
  for (const citation of titled) {
    const name = lawDisplayName(citation.name);
    const known = byKey.get(citation.key);
    if (!known) {
      byKey.set(citation.key, { key: citation.key, name, ...(citation.documentNumber ? { documentNumber: citation.documentNumber.text } : {}), citations: 1 });
      continue;
    }
    known.citations += 1;
    if (name.length > known.name.length) known.name = name;
    if (!known.documentNumber && citation.documentNumber) known.documentNumber = citation.documentNumber.text;
  }
  for (const citation of citations.filter((c) => c.numberOnly)) {
    const owner = [...byKey.values()].find((candidate) => candidate.documentNumber === citation.documentNumber?.text);
    if (owner) {
      owner.citations += 1;
      continue;
    }
    const known = byKey.get(citation.key);
    if (known) known.citations += 1;
    else byKey.set(citation.key, { key: citation.key, name: citation.name, documentNumber: citation.documentNumber!.text, citations: 1 });
  }
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key, 'zh'));
}

