import type { Field, SanitizedConfig } from 'payload';
import { beforeAll, describe, expect, it } from 'vitest';

/** The admin speaks Chinese: checked over the sanitized config, no server or browser needed. */
let config: SanitizedConfig;

beforeAll(async () => {
  config = await (await import('../../cms/src/payload.config.ts')).default;
});

const chinese = /[\u4e00-\u9fff]/;

/** Every data field of every collection and global, with its path for the failure message. */
function eachField(fields: Field[], prefix: string, visit: (field: Field, path: string) => void): void {
  for (const field of fields) {
    const path = 'name' in field && field.name ? `${prefix}.${field.name}` : prefix;
    visit(field, path);
    if ('fields' in field && Array.isArray(field.fields)) eachField(field.fields, path, visit);
    if (field.type === 'tabs') for (const tab of field.tabs) eachField(tab.fields, path, visit);
    if (field.type === 'blocks') for (const block of field.blocks) if (typeof block !== 'string') eachField(block.fields, `${path}.${block.slug}`, visit);
  }
}

/** Payload's own collections (jobs, locks, preferences) are hidden from clerks. */
function allFields(visit: (field: Field, path: string) => void): void {
  for (const collection of config.collections) if (!collection.slug.startsWith('payload-')) eachField(collection.fields, collection.slug, visit);
  for (const global of config.globals) eachField(global.fields, global.slug, visit);
}

describe('labels', () => {
  it('gives every option of every select and radio a Chinese label', () => {
    const missing: string[] = [];
    let options = 0;
    allFields((field, path) => {
      if (field.type !== 'select' && field.type !== 'radio') return;
      for (const option of field.options) {
        options += 1;
        // A function label is Payload's own (草稿 / 已发布 of _status), translated by its zh language.
        if (typeof option === 'object' && typeof option.label === 'function') continue;
        const label = typeof option === 'string' ? option : typeof option.label === 'string' ? option.label : '';
        if (!chinese.test(label)) missing.push(`${path}: ${typeof option === 'string' ? option : option.value}`);
      }
    });
    expect(options).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });

  it('shows the workflow codes of an adjustment by their Chinese names in the form and the list', () => {
    const adjustments = config.collections.find((c) => c.slug === 'adjustments')!;
    const found: Record<string, unknown> = {};
    eachField(adjustments.fields, '', (field) => {
      if ('name' in field && (field.name === 'state' || field.name === 'stage')) found[field.name] = field.admin?.components;
    });
    expect(found.state).toMatchObject({ Field: expect.stringMatching(/#StateField$/), Cell: expect.stringMatching(/#StateCell$/) });
    expect(found.stage).toMatchObject({ Field: expect.stringMatching(/#StageField$/), Cell: expect.stringMatching(/#StageCell$/) });
  });
});

describe('dates', () => {
  it('reads 2026年11月30日 22:41 in lists and document headers, in a Chinese-only admin', () => {
    expect(config.admin.dateFormat).toBe('yyyy年M月d日 HH:mm');
    expect(config.i18n.fallbackLanguage).toBe('zh');
    expect(Object.keys(config.i18n.supportedLanguages)).toEqual(['zh']);
  });

  it('gives every date field a year-month-day input and cell (no 10/31/2026)', () => {
    const formats: Record<string, string | undefined> = {};
    allFields((field, path) => {
      // Payload's own createdAt / updatedAt are never inputs (their cells use the root dateFormat);
      // its hidden auth fields (lockUntil, sessions) never reach the admin.
      if (field.type === 'date' && !field.hidden && !/\.(createdAt|updatedAt)$|^users\.sessions\./.test(path)) formats[path] = field.admin?.date?.displayFormat;
    });
    expect(Object.keys(formats).length).toBeGreaterThan(15);
    const wrong = Object.entries(formats).filter(([, format]) => !format || !/^yyyy年M月(d日( HH:mm)?)?$/.test(format));
    expect(wrong).toEqual([]);
    expect(formats['adjustments.effectiveDate']).toBe('yyyy年M月d日');
    expect(formats['adjustments.submittedAt']).toBe('yyyy年M月d日 HH:mm');
  });
});

describe('people (issue 17)', () => {
  it('shows every system-written link to a user as a 「姓名（单位）」 label, not as the account relationship', () => {
    // Exceptions: a notice's recipient is the reader; 审核人 of feedback is picked by a moderator,
    // who reads every account (readUsers).
    const exempt = new Set(['notifications.recipient', 'feedback.moderatedBy']);
    const links: Record<string, unknown> = {};
    for (const collection of config.collections) {
      if (collection.slug.startsWith('payload-')) continue;
      eachField(collection.fields, collection.slug, (field, path) => {
        if (field.type !== 'relationship' || field.relationTo !== 'users' || exempt.has(path)) return;
        const siblings: Field[] = [];
        eachField(collection.fields, collection.slug, (f, p) => p === `${path}Label` && siblings.push(f));
        links[path] = { hidden: field.admin?.hidden, label: siblings[0] && 'virtual' in siblings[0] ? siblings[0].virtual : undefined };
      });
    }
    expect(Object.keys(links)).toEqual(expect.arrayContaining(['adjustments.createdBy', 'adjustments.submittedBy', 'review-records.actor']));
    expect(Object.entries(links).filter(([, v]) => JSON.stringify(v) !== JSON.stringify({ hidden: true, label: true }))).toEqual([]);
  });

  it('shows read-only dates as Beijing-time text, not in the browser\'s zone', () => {
    const wrong: string[] = [];
    allFields((field, path) => {
      if (field.type === 'date' && !field.hidden && field.admin?.readOnly && !field.admin.components?.Field) wrong.push(path);
    });
    expect(wrong).toEqual([]);
    const adjustments = config.collections.find((c) => c.slug === 'adjustments')!;
    eachField(adjustments.fields, '', (field) => {
      if ('name' in field && field.name === 'submittedAt') expect(field.admin?.components?.Field).toMatch(/#BeijingDateField$/);
    });
  });
});

describe('the CMS log', () => {
  it('stamps lines in Beijing time, whatever the server zone', async () => {
    const { beijingLogTime } = await import('../../cms/src/startup/logger.ts');
    // 05:56:34 UTC is 13:56:34 in Beijing.
    expect(beijingLogTime(Date.UTC(2026, 11, 2, 5, 56, 34))).toBe('[2026年12月2日 13:56:34]');
  });
});
