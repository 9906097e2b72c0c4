import { APIError, type GlobalBeforeValidateHook, type GlobalConfig } from 'payload';
import { validateSynonyms } from '@catalog/content-models/search/synonyms.ts';
import { isAdmin } from '../access/isAdmin.ts';

/** More than this many problems are counted, not listed: the message must stay readable. */
const LISTED_PROBLEMS = 20;

type Row = Record<string, unknown>;

const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

/**
 * Blanks around words are a slip when typing, not a mistake worth refusing; empty words are
 * dropped. A row left blank in the admin arrives with null fields: read as empty, so the refusal
 * says what is missing rather than what type was expected.
 */
function tidy(row: unknown): unknown {
  if (!row || typeof row !== 'object') return row;
  const { formal, colloquial } = row as Row;
  const words = Array.isArray(colloquial) ? colloquial.map(trimmed).filter((word) => word !== '') : (colloquial ?? []);
  return { ...(row as Row), formal: trimmed(formal ?? ''), colloquial: words };
}

/**
 * Every save, by any door, passes validateSynonyms after tidying. A refusal lists each problem in
 * Chinese (第 n 条 as the admin numbers the rows) and writes nothing.
 */
const checkSynonyms: GlobalBeforeValidateHook = ({ data }) => {
  if (!data || data.entries === undefined) return data;
  const entries = Array.isArray(data.entries) ? data.entries.map(tidy) : data.entries;
  const { problems } = validateSynonyms(entries);
  if (problems.length > 0) {
    const listed = problems.slice(0, LISTED_PROBLEMS).join('；');
    const more = problems.length > LISTED_PROBLEMS ? `；另有 ${problems.length - LISTED_PROBLEMS} 处未列出` : '';
    throw new APIError(`搜索同义词有 ${problems.length} 处错误，未保存：${listed}${more}。`, 400, { problems }, true);
  }
  return { ...data, entries };
};

/**
 * 搜索同义词: the words citizens type and the formal wording of item names, site-wide. Seeded from
 * the shipped dictionary on first start (seed/searchSynonyms.ts), exported with each published
 * snapshot as synonyms.json for the search index.
 */
export const SearchSynonyms: GlobalConfig = {
  slug: 'search-synonyms',
  label: '搜索同义词',
  admin: {
    group: '系统管理',
    description: '群众常用说法（如“驾照”“户口本”）与事项名称中的正式用语（如“机动车驾驶证”“居民户口簿”）的对应关系。群众搜索口语词时也能找到相关事项；下次发布后生效。',
  },
  access: { read: isAdmin, update: isAdmin },
  hooks: { beforeValidate: [checkSynonyms] },
  fields: [
    {
      name: 'entries',
      type: 'array',
      label: '同义词',
      labels: { singular: '同义词', plural: '同义词' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'formal', type: 'text', label: '正式用语', required: true, admin: { width: '40%', description: '事项名称中的说法，如“机动车驾驶证”，最多 30 个字' } },
            {
              name: 'colloquial',
              type: 'text',
              hasMany: true,
              label: '群众用语',
              required: true,
              admin: { width: '60%', description: '群众的说法，每个词输入后按回车；1–20 个，每个 2–20 个字，不与其他条目重复' },
            },
          ],
        },
      ],
    },
  ],
};
