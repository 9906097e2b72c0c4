import { beforeAll, describe, expect, it } from 'vitest';
import { startCms, type Cms } from './support/cms.ts';
import { seedFixture, type Fixture } from './support/fixture.ts';

/**
 * 是否收费 has three states — 收费, 不收费, not stated — and a blank is never stored as 不收费.
 * `charged` (what the workflow's conditions and the specialists' scopes query) always follows
 * `feeStatus`, through every way a guide is written; 基本编码 is unique with a Chinese reason.
 */
let cms: Cms;
let fx: Fixture;
let token: string;

beforeAll(async () => {
  cms = await startCms();
  fx = await seedFixture(cms.payload);
  token = await cms.login(fx.users.editor.email, 'Test-Passw0rd!');
});

const read = async (id: unknown) => (await cms.payload.findByID({ collection: 'implementations', id: id as number, draft: true, depth: 0 })) as unknown as Record<string, unknown>;
const patch = (body: Record<string, unknown>) => cms.rest('PATCH', `/implementations/${fx.impl.aDraft}?draft=true`, { token, body: { ...body, _status: 'draft' } });

describe('是否收费', () => {
  it('stays unstated when nobody said, and follows what the editor states', async () => {
    const fresh = await read(fx.impl.aDraft);
    expect({ feeStatus: fresh.feeStatus ?? null, charged: fresh.charged ?? null }).toEqual({ feeStatus: null, charged: null });

    expect((await patch({ feeStatus: 'charged' })).status).toBe(200);
    expect(await read(fx.impl.aDraft)).toMatchObject({ feeStatus: 'charged', charged: true });

    // An update that does not touch the fee keeps both.
    expect((await patch({ conditions: '本市户籍居民' })).status).toBe(200);
    expect(await read(fx.impl.aDraft)).toMatchObject({ feeStatus: 'charged', charged: true, conditions: '本市户籍居民' });

    // A client that still sends only the boolean states the status through it.
    expect((await patch({ charged: false })).status).toBe(200);
    expect(await read(fx.impl.aDraft)).toMatchObject({ feeStatus: 'free', charged: false });

    // A changed status wins over a contradicting boolean: `charged` follows it.
    expect((await patch({ feeStatus: 'charged', charged: false })).status).toBe(200);
    expect(await read(fx.impl.aDraft)).toMatchObject({ feeStatus: 'charged', charged: true });
  });
});

describe('基本编码', () => {
  it('is refused with the holder named when another catalog item has it', async () => {
    const taken = (await cms.payload.findByID({ collection: 'catalog-items', id: fx.items.a as number, depth: 0 })) as unknown as { basicCode: string; name: string };
    const answer = await cms.rest('POST', '/catalog-items?draft=true', {
      token,
      body: { name: '另一个事项', basicCode: taken.basicCode, itemType: '20', category: 'other', unit: fx.units.a, _status: 'draft' },
    });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain(`基本编码“${taken.basicCode}”已由事项“${taken.name}”使用`);
  });
});
