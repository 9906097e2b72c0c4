import { beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms.ts';
import { creditCode, password, seedFixture, type Fixture } from './support/fixture.ts';

/**
 * Bad input through REST: refused with a Chinese message that names the field, and nothing
 * half-written afterwards (documents and versions counted before and after).
 */
let cms: Cms;
let fx: Fixture;
let admin: string;
let editor: string;

beforeAll(async () => {
  cms = await startCms();
  fx = await seedFixture(cms.payload);
  admin = await cms.login(fx.users.admin.email, password);
  editor = await cms.login(fx.users.editor.email, password);
});

async function counts() {
  const [units, items, impls, implVersions, media] = await Promise.all([
    cms.payload.count({ collection: 'units' }),
    cms.payload.count({ collection: 'catalog-items' }),
    cms.payload.count({ collection: 'implementations' }),
    cms.payload.countVersions({ collection: 'implementations' }),
    cms.payload.count({ collection: 'media' }),
  ]);
  return [units.totalDocs, items.totalDocs, impls.totalDocs, implVersions.totalDocs, media.totalDocs];
}

function messages(body: any): string {
  return JSON.stringify(body.errors);
}

describe('codes', () => {
  it('refuses a credit code with a wrong check character, naming the field and the expected character', async () => {
    const before = await counts();
    const good = creditCode('11', 77);
    const bad = good.slice(0, 17) + (good.endsWith('0') ? '1' : '0');
    const { status, body } = await cms.rest('POST', '/units', {
      token: admin,
      body: { name: '瓯江市测试局', kind: 'government', creditCode: bad, region: fx.region },
    });
    expect(status).toBe(400);
    expect(messages(body)).toContain('统一社会信用代码');
    expect(messages(body)).toContain(`应为“${good.charAt(17)}”`);
    expect(await counts()).toEqual(before);
  });

  it('refuses a malformed basic code on a catalog item draft', async () => {
    const before = await counts();
    const { status, body } = await cms.rest('POST', '/catalog-items?draft=true', {
      token: editor,
      body: { name: '测试事项', basicCode: '0020', itemType: '20', category: 'other', unit: fx.units.a },
    });
    expect(status).toBe(400);
    expect(messages(body)).toContain('基本编码“0020”应为 12 位');
    expect(await counts()).toEqual(before);
  });

  it('refuses an implementation code whose credit-code part is wrong, with nothing half-written', async () => {
    const before = await counts();
    const code = `${creditCode('11', 1).slice(0, 17)}X3002005001000`;
    const { status, body } = await cms.rest('POST', '/implementations?draft=true', {
      token: editor,
      body: {
        catalogItem: fx.items.a,
        unit: fx.units.a,
        region: fx.region,
        level: '3',
        implementationCode: code,
        materials: [{ name: '身份证' }],
        process: [{ name: '受理' }],
      },
    });
    expect(status).toBe(400);
    expect(messages(body)).toContain('实施编码');
    expect(await counts()).toEqual(before);
  });
});

describe('required elements', () => {
  it('names the missing item name', async () => {
    const before = await counts();
    const { status, body } = await cms.rest('POST', '/catalog-items?draft=true', {
      token: editor,
      body: { basicCode: '002005001000', itemType: '20', category: 'other', unit: fx.units.a },
    });
    expect(status).toBe(400);
    expect(body.errors[0].message).toContain('事项名称');
    expect(await counts()).toEqual(before);
  });

  it('names a missing material name inside the materials list', async () => {
    const before = await counts();
    const { status, body } = await cms.rest('PATCH', `/implementations/${fx.impl.aDraft}?draft=true`, {
      token: editor,
      body: { materials: [{ name: '身份证' }, { copies: 1 }] },
    });
    expect(status).toBe(400);
    expect(body.errors[0].message).toContain('材料名称');
    expect(await counts()).toEqual(before);
    const after = await cms.payload.findByID({ collection: 'implementations', id: fx.impl.aDraft, draft: true });
    expect(after.materials ?? []).toEqual([]);
  });
});

describe('uploads', () => {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 1\n0000000000 65535 f \ntrailer << /Root 1 0 R >>\nstartxref\n9\n%%EOF\n');
  const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

  function form(file: Buffer, name: string, type: string) {
    const data = new FormData();
    data.append('file', new Blob([new Uint8Array(file)], { type }), name);
    data.append('_payload', JSON.stringify({ title: name }));
    return data;
  }

  it('refuses a file over 20 MB, naming the field and the limit', async () => {
    const before = await counts();
    const big = Buffer.concat([pdf, Buffer.alloc(21 * 1024 * 1024, 0x20)]);
    const { status, body } = await cms.rest('POST', '/media', { token: editor, form: form(big, '申请表.pdf', 'application/pdf') });
    expect(status).toBe(413);
    expect(messages(body)).toContain('上传的文件');
    expect(messages(body)).toContain('超过上限 20 MB');
    expect(await counts()).toEqual(before);
  });

  it('refuses a PNG dressed up as a PDF', async () => {
    const before = await counts();
    const { status, body } = await cms.rest('POST', '/media', { token: editor, form: form(png, '示范文本.pdf', 'application/pdf') });
    expect(status).toBe(400);
    expect(messages(body)).toContain('示范文本.pdf');
    expect(messages(body)).toContain('实际是PNG 图片');
    expect(await counts()).toEqual(before);
  });

  it('refuses a kind that is not accepted', async () => {
    const { status, body } = await cms.rest('POST', '/media', { token: editor, form: form(Buffer.from('echo hi'), 'run.sh', 'text/x-sh') });
    expect(status).toBe(400);
    expect(messages(body)).toContain('类型不被接受');
  });

  it('accepts a real PDF', async () => {
    const { status, body } = await cms.rest('POST', '/media', { token: editor, form: form(pdf, '空白表格.pdf', 'application/pdf') });
    expect(status).toBe(201);
    expect(body.doc.mimeType).toBe('application/pdf');
  });

  it('refuses anonymous uploads', async () => {
    const { status } = await cms.rest('POST', '/media', { form: form(pdf, 'x.pdf', 'application/pdf') });
    expect(status).toBe(403);
  });
});
