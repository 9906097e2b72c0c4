/**
 * What real guides write in a cell when they have nothing to say: 「无」「暂无」「/」「—」「不详」.
 * Such a value is as good as an empty one — a fee basis of 「无」 is no basis at all.
 */
const placeholders = new Set(['无', '暂无', '没有', '空', '不详', '待定', '略', '未知', '无依据', '暂无依据', 'n/a', 'na', 'null', 'none']);

/** Whether the text says nothing: blank, or a placeholder like 「无」「/」「—」. */
export function isMissing(value: string | undefined | null): boolean {
  if (value === undefined || value === null) return true;
  const text = value.trim().replace(/[。.；;，,\s]+$/u, '').toLowerCase();
  if (text === '') return true;
  if (/^[\/／\\\-－—–_＿·.。*＊]+$/u.test(text)) return true;
  return placeholders.has(text);
}
