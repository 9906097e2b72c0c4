import { describe, expect, it } from 'vitest';
import { catalogEntrySchema } from '../snapshot/snapshot-schema.ts';
import { FIELD_WEIGHTS, searchDocument, searchDocumentHtml } from './search-document.ts';
import { encodeToken, searchTerms } from './tokenize.ts';

const entry = catalogEntrySchema.parse({
  implementationCode: '11339102MB0000000XQT3002007001000',
  basicCode: '002007001000',
  name: '残疾人证换领',
  aliases: ['残疾证换证'],
  itemType: '20',
  category: 'civil-aid',
  serviceObjects: ['person'],
  themes: [],
  level: '4',
  unitId: 'cl-339102',
  unitName: '江心区残疾人联合会',
  unitKind: 'institution',
  regionCode: '339102',
  regionName: '江心区',
  status: 'active',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('searchDocument', () => {
  const doc = searchDocument(entry, '/items/X/', { materialNames: ['中华人民共和国残疾人证', '居民身份证'], formerNames: ['残疾人证换发'] });
  const field = (name: keyof typeof FIELD_WEIGHTS) => doc.fields[name].split(' ');

  it('puts name terms in the name field and alias and former-name terms in the alias field', () => {
    expect(field('name')).toEqual(searchTerms('残疾人证换领'));
    expect(field('alias')).toContain('99' + encodeToken('残疾证换证'));
    expect(field('alias')).toContain('99' + encodeToken('残疾人证换发'));
  });

  it('keeps each term once, in its weightiest field', () => {
    const all = Object.values(doc.fields).flatMap((terms) => terms.split(' '));
    expect(new Set(all).size).toBe(all.length);
    expect(field('material')).not.toContain(encodeToken('残疾'));
    expect(field('material')).toContain(encodeToken('身份'));
  });

  it('carries what a result shows and what the filters offer, in Chinese', () => {
    expect(doc.meta).toEqual({ title: '残疾人证换领', unit: '江心区残疾人联合会', category: '民政救助', level: '县级', region: '江心区', code: entry.implementationCode });
    expect(doc.filters).toEqual({ 分类: ['民政救助'], 部门: ['江心区残疾人联合会'], 层级: ['县级'], 地区: ['江心区'], 服务对象: ['自然人'] });
  });

  it('renders weighted fields, metadata and filters outside the indexed body, escaping text', () => {
    const html = searchDocumentHtml(searchDocument({ ...entry, unitName: '<甲&乙>' }, '/items/X/'));
    expect(html).toContain(`<p data-pagefind-weight="10">${searchTerms('残疾人证换领').join(' ')}</p>`);
    expect(html).toContain('<span data-pagefind-meta="unit">&lt;甲&amp;乙&gt;</span>');
    expect(html).toContain('<span data-pagefind-filter="层级">县级</span>');
    expect(html.indexOf('data-pagefind-body')).toBeGreaterThan(html.lastIndexOf('data-pagefind-filter'));
  });
});
