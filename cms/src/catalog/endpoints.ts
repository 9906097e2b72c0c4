import { regionAncestors, validateRegionCode } from '@catalog/content-models/codes/index.ts';
import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload';
import { hasRole, unitIdOf, unitRoles } from '../access/user.ts';
import { writeTableWorkbook } from '../spreadsheet/write-table-workbook.ts';
import { idOf, type Doc, type Id } from '../workflow/docs.ts';
import { claimItem } from './claim.ts';
import { regionById, type RegionInfo } from './regions.ts';
import { loadClaimsReport, type ClaimsReportResult } from './report.ts';
import { claimsHeader, claimsRows, toCsv } from './sheet.ts';

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status });
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const reportLevels = new Set(['province', 'city', 'county']);

function download(body: BodyInit, type: string, fileName: string): Response {
  return new Response(body, { headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`, 'Cache-Control': 'no-store' } });
}

async function regionByCode(req: PayloadRequest, code: string): Promise<RegionInfo | undefined> {
  const found = await req.payload.find({ collection: 'regions', where: { code: { equals: code } }, depth: 0, limit: 1, overrideAccess: true, req });
  const doc = found.docs[0] as Doc | undefined;
  return doc ? { id: doc.id as Id, code: String(doc.code), name: String(doc.name), level: String(doc.level) } : undefined;
}

/** Who sees which lines: reviewers and administrators all, unit staff their own unit's only. */
type Viewer = { ok: true; unit?: Id } | { ok: false; status: number; message: string };

function viewer(user: unknown): Viewer {
  if (!user) return { ok: false, status: 401, message: '请先登录。' };
  if (hasRole(user, 'reviewer', 'admin')) return { ok: true };
  const unit = unitIdOf(user);
  if (hasRole(user, ...unitRoles) && unit !== undefined) return { ok: true, unit };
  return { ok: false, status: 403, message: '认领情况只向审核员、系统管理员和各单位（仅本单位）开放。' };
}

/** The county a unit's own view defaults to: its region, or the county above a town or village. */
async function defaultRegion(req: PayloadRequest, unit: Id): Promise<RegionInfo | undefined> {
  const doc = (await req.payload.findByID({ collection: 'units', id: unit, depth: 0, overrideAccess: true, req, disableErrors: true })) as Doc | null;
  const own = await regionById(req, idOf(doc?.region));
  if (!own || reportLevels.has(own.level)) return own;
  const county = regionAncestors(own.code)[2];
  return county ? regionByCode(req, county) : undefined;
}

function withCounts(report: ClaimsReportResult) {
  return {
    ...report,
    counties: report.counties.map((county) => ({
      ...county,
      units: county.units.map((unit) => ({ ...unit, counts: { claimed: unit.claimed.length, missing: unit.missing.length, deviating: unit.deviating.length } })),
    })),
  };
}

/**
 * POST /api/catalog-items/:id/claim (认领, see claim.ts) and GET /api/catalog-items/claims-report
 * ?region=<代码>&format=json|xlsx|csv (认领情况, see report.ts).
 */
export const claimEndpoints: Endpoint[] = [
  {
    path: '/claims-report',
    method: 'get',
    handler: async (req) => {
      const who = viewer(req.user);
      if (!who.ok) return refuse(who.status, who.message);
      const query = (req.query ?? {}) as Doc;
      const format = String(query.format ?? 'json');
      if (!['json', 'xlsx', 'csv'].includes(format)) return refuse(400, `格式（format）“${format}”无效，可接受：json、xlsx、csv。`);
      const code = typeof query.region === 'string' ? query.region.trim() : '';
      let region: RegionInfo | undefined;
      if (code) {
        const check = validateRegionCode(code);
        if (!check.ok) return refuse(400, check.message);
        region = await regionByCode(req, code);
        if (!region) return refuse(404, `系统中没有区划代码为“${code}”的行政区划。`);
      } else if (who.unit !== undefined) {
        region = await defaultRegion(req, who.unit);
        if (!region) return refuse(400, '本单位没有所属区划，无法统计认领情况：请联系系统管理员补填。');
      } else {
        return refuse(400, '请指明要统计的行政区划（region：省、市或区县的区划代码，如 330326）。');
      }
      if (!reportLevels.has(region.level)) return refuse(400, `认领情况按区县统计：“${region.name}”是乡镇或村级区划，请填写省、市或区县的区划代码。`);
      const report = await loadClaimsReport(req, region, who.unit !== undefined ? [who.unit] : undefined);
      const fileName = `认领情况-${region.name}-${new Date().toISOString().slice(0, 10)}`;
      if (format === 'xlsx') return download((await writeTableWorkbook('认领情况', claimsHeader, claimsRows(report))) as unknown as BodyInit, xlsxType, `${fileName}.xlsx`);
      if (format === 'csv') return download(toCsv(claimsHeader, claimsRows(report)), 'text/csv; charset=utf-8', `${fileName}.csv`);
      return Response.json(withCounts(report), { headers: { 'Cache-Control': 'no-store' } });
    },
  },
  {
    path: '/:id/claim',
    method: 'post',
    handler: async (req) => {
      try {
        await addDataAndFileToRequest(req);
      } catch {
        return refuse(400, '请求内容无法解析：请发送 JSON，如 {"unit": 单位编号}（系统管理员代为认领时填写）。');
      }
      const body = (req.data ?? {}) as Doc;
      const result = await claimItem(req, String(req.routeParams?.id ?? ''), body.unit);
      if (!result.ok) return refuse(result.status, result.message);
      return Response.json({ doc: result.doc, message: result.message }, { status: 201 });
    },
  },
];
