import { composeImplementationCode } from '@catalog/content-models/codes/index.ts';
import { ValidationError, type PayloadRequest } from 'payload';
import { hasRole, unitIdOf } from '../access/user.ts';
import { idOf, text, type Doc, type Id } from '../workflow/docs.ts';
import { isWithin, levelOfRegion, ownerRegionOf, regionById } from './regions.ts';

export type ClaimResult = { ok: true; doc: Doc; message: string } | { ok: false; status: number; message: string };

const refuse = (status: number, message: string): ClaimResult => ({ ok: false, status, message });

/** The unit a claim is for: an editor's own; the one an administrator names. */
function claimingUnit(req: PayloadRequest, named: unknown): { ok: true; unit: Id } | { ok: false; status: number; message: string } {
  const user = req.user;
  if (!user) return { ok: false, status: 401, message: '请先登录：认领事项须由部门填报员办理。' };
  const namedId = idOf(named);
  if (hasRole(user, 'admin')) {
    if (namedId === undefined) return { ok: false, status: 400, message: '系统管理员认领时须指明为哪个单位认领（请求中的 unit：单位编号）。' };
    return { ok: true, unit: namedId };
  }
  if (!hasRole(user, 'editor')) return { ok: false, status: 403, message: '只有部门填报员可以认领事项（系统管理员可代为指定单位认领）。' };
  const own = unitIdOf(user);
  if (own === undefined) return { ok: false, status: 403, message: '您的账号未关联单位，无法认领事项：请联系系统管理员设置所属单位。' };
  if (namedId !== undefined && String(namedId) !== String(own)) return { ok: false, status: 403, message: '只能为本单位认领事项，不能为其他单位认领。' };
  return { ok: true, unit: own };
}

async function find(req: PayloadRequest, collection: 'catalog-items' | 'units', id: Id): Promise<Doc | null> {
  // A malformed id (text where the database keeps numbers) is "not found", not a server error.
  return ((await req.payload.findByID({ collection, id, depth: 0, draft: false, overrideAccess: true, req, disableErrors: true }).catch(() => null)) ?? null) as Doc | null;
}

/**
 * 认领: a unit takes an item of the catalog of its own region or of a region above (参考目录) into
 * its 实施清单, as a draft implementation carrying the item's name and code. Item type and legal basis
 * stay the item's (the implementation refers to it, 同源); guide fields the item does not state
 * stay empty. The draft goes public only through a 新增 adjustment and its review. Every check
 * comes before the one write, so a refusal writes nothing.
 */
export async function claimItem(req: PayloadRequest, itemId: string, named: unknown): Promise<ClaimResult> {
  const who = claimingUnit(req, named);
  if (!who.ok) return who;
  const item = itemId.trim() === '' ? null : await find(req, 'catalog-items', itemId);
  if (!item) return refuse(404, `未找到编号为“${itemId}”的目录清单事项。`);
  if (item._status !== 'published') return refuse(409, `编号为“${itemId}”的目录清单事项尚未发布：只能认领已发布的事项。`);
  if (item.status === 'cancelled') return refuse(409, `目录清单事项“${String(item.name)}”已取消，不能认领。`);
  const unit = await find(req, 'units', who.unit);
  if (!unit) return refuse(404, `未找到编号为“${String(who.unit)}”的单位。`);
  const unitName = String(unit.name);
  const unitRegion = await regionById(req, idOf(unit.region));
  const itemRegion = await ownerRegionOf(req, item);
  if (!unitRegion || !itemRegion) return refuse(400, `单位“${unitName}”或事项“${String(item.name)}”没有所属区划，无法判断能否认领：请先由系统管理员补填。`);
  if (!isWithin(unitRegion, itemRegion)) {
    return refuse(403, `单位“${unitName}”所在的“${unitRegion.name}”不在事项“${String(item.name)}”的目录所属区划“${itemRegion.name}”之内：只能认领本区划及上级区划目录中的事项。`);
  }
  const creditCode = text(unit.creditCode);
  if (!creditCode) return refuse(400, `单位“${unitName}”尚未填写统一社会信用代码，无法生成实施编码（统一社会信用代码 + 行使层级 + 基本编码）：请先由系统管理员补填。`);
  const existing = await req.payload.find({
    collection: 'implementations',
    where: { and: [{ catalogItem: { equals: item.id } }, { unit: { equals: unit.id } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  });
  const claimed = existing.docs[0] as Doc | undefined;
  if (claimed) return refuse(409, `单位“${unitName}”已认领事项“${String(item.name)}”（实施清单编号 ${String(claimed.id)}），不能重复认领：请直接编辑该实施清单。`);

  const level = text(unit.level) ?? levelOfRegion[unitRegion.level] ?? '4';
  try {
    const doc = (await req.payload.create({
      collection: 'implementations',
      draft: true,
      data: {
        catalogItem: item.id,
        name: item.name,
        implementationCode: composeImplementationCode(creditCode, level, String(item.basicCode)),
        unit: unit.id,
        region: unitRegion.id,
        level,
        _status: 'draft',
      } as never,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })) as unknown as Doc;
    return { ok: true, doc, message: `已认领“${String(item.name)}”：已为“${unitName}”创建实施清单草稿。请补全办事指南，再提出“新增”调整送审，审核通过后公布。` };
  } catch (error) {
    if (error instanceof ValidationError) return refuse(400, `认领失败，未写入任何内容：${error.data.errors.map((e) => e.message).join('；')}`);
    if ((error as { status?: number }).status === 403) return refuse(403, '您无权为该单位创建实施清单。');
    throw error;
  }
}
