/**
 * Appends a word to a name unless the name already ends with it, so templates that add a generic
 * word (窗口, 申请表) do not double the one a specific name already carries (医保经办窗口 → not
 * 医保经办窗口窗口). A plain append is wrong for names; an overlap merge is wrong too (身份证 + 证明
 * is not 身份证明), so only the whole word counts.
 */
export function appendWord(name: string, word: string): string {
  return name.endsWith(word) ? name : `${name}${word}`;
}
