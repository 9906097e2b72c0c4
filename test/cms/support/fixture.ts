import { creditCodeCheckCharacter, roles, type Role } from '@catalog/content-models';
import type { Payload } from 'payload';

/**
 * A small world for the access matrix: two departments (A, B), a water company (SOE) supervised by
 * B, an intermediary, one user per role, and implementations in every state a reader can meet.
 * Everything is written as the system would (Local API, no user), including publishing.
 */
export const password = 'Test-Passw0rd!';

export function creditCode(prefix: '11' | '12' | '91', serial: number): string {
  const first17 = `${prefix}339100${String(serial).padStart(9, '0')}`;
  return first17 + creditCodeCheckCharacter(first17);
}

export type Id = number | string;

export interface Fixture {
  units: { a: Id; b: Id; soe: Id; intermediary: Id };
  region: Id;
  items: { a: Id; b: Id; soe: Id; intermediary: Id };
  /** Implementations: published with a newer draft on top, never published, and the rest. */
  impl: { aPublished: Id; aDraft: Id; bCharged: Id; soe: Id; intermediary: Id };
  /** The text the draft on top of aPublished holds (must never reach anonymous readers). */
  secretDraftText: string;
  publishedConditions: string;
  users: Record<Role | 'editor-b', { id: Id; email: string }>;
}

export function basicCode(itemType: string, serial: number): string {
  return `00${itemType}05${String(serial).padStart(3, '0')}000`;
}

export async function seedFixture(payload: Payload): Promise<Fixture> {
  const city = await payload.create({ collection: 'regions', data: { name: '瓯江市', code: '339100', level: 'city' } });
  const unit = async (name: string, kind: string, code: string, supervisor?: Id) =>
    (await payload.create({ collection: 'units', data: { name, kind, creditCode: code, region: city.id, level: '3', supervisor } as any })).id;
  const a = await unit('瓯江市人力资源和社会保障局', 'government', creditCode('11', 1));
  const b = await unit('瓯江市住房和城乡建设局', 'government', creditCode('11', 2));
  const soe = await unit('瓯江市自来水有限公司', 'soe', creditCode('91', 3), b);
  const intermediary = await unit('瓯江市建设工程检测中心', 'intermediary', creditCode('91', 4));

  const item = async (name: string, owner: Id, serial: number, hasNormativeDocuments = false) =>
    (
      await payload.create({
        collection: 'catalog-items',
        draft: false,
        data: {
          name,
          basicCode: basicCode('20', serial),
          itemType: '20',
          category: 'social-security',
          unit: owner,
          legalBasis: [{ instrument: '《中华人民共和国社会保险法》', article: '第八条' }],
          hasNormativeDocuments,
          _status: 'published',
        } as any,
      })
    ).id;
  const items = {
    a: await item('社会保障卡申领', a, 1),
    b: await item('公共租赁住房资格审核', b, 2, true),
    soe: await item('居民用水报装', soe, 3),
    intermediary: await item('建设工程质量检测', intermediary, 4),
  };

  const creditOf: Record<string, string> = { [a]: creditCode('11', 1), [b]: creditCode('11', 2), [soe]: creditCode('91', 3), [intermediary]: creditCode('91', 4) };
  const impl = async (catalogItem: Id, owner: Id, serial: number, status: 'draft' | 'published', extra: Record<string, unknown> = {}) =>
    (
      await payload.create({
        collection: 'implementations',
        draft: status === 'draft',
        data: {
          catalogItem,
          unit: owner,
          region: city.id,
          level: '3',
          implementationCode: `${creditOf[String(owner)]}3${basicCode('20', serial)}`,
          conditions: '符合条件的申请人',
          _status: status,
          ...extra,
        } as any,
      })
    ).id;
  const publishedConditions = '已发布的受理条件：本市参保人员';
  const secretDraftText = '未审核草稿：拟取消现场核验';
  const aPublished = await impl(items.a, a, 1, 'published', { conditions: publishedConditions, reviewDate: '2020-01-01T00:00:00.000Z' });
  await payload.update({ collection: 'implementations', id: aPublished, draft: true, data: { conditions: secretDraftText, _status: 'draft' } as any });
  const fixture: Fixture = {
    units: { a, b, soe, intermediary },
    region: city.id,
    items,
    impl: {
      aPublished,
      aDraft: await impl(items.a, a, 11, 'draft', { reviewDate: '2099-01-01T00:00:00.000Z' }),
      bCharged: await impl(items.b, b, 2, 'published', { charged: true, fees: [{ name: '工本费', standard: '10元', basis: '财综〔2020〕1号' }] }),
      soe: await impl(items.soe, soe, 3, 'draft'),
      intermediary: await impl(items.intermediary, intermediary, 4, 'draft'),
    },
    secretDraftText,
    publishedConditions,
    users: {} as Fixture['users'],
  };

  const unitOfRole: Partial<Record<Role, Id>> = { editor: a, 'unit-head': a, 'supervisor-reviewer': b };
  const user = async (key: string, userRoles: Role[], userUnit?: Id) => {
    const email = `${key}@test.local`;
    const doc = await payload.create({ collection: 'users', data: { name: key, email, password, roles: userRoles, unit: userUnit } as any });
    fixture.users[key as keyof Fixture['users']] = { id: doc.id, email };
  };
  for (const role of roles.codes) await user(role, [role], unitOfRole[role]);
  await user('editor-b', ['editor'], b);
  return fixture;
}
