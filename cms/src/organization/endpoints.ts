import type { RegionCodeLevel } from '@catalog/content-models/codes/index.ts';
import { levelOrder } from '@catalog/content-models/organization/index.ts';
import { addDataAndFileToRequest, type Endpoint } from 'payload';
import type { Doc, Id } from '../workflow/docs.ts';
import { organizationRight } from './access.ts';
import { loadRegions } from './regions.ts';
import { runOrganizationImport } from './service.ts';
import { writeOrganizationTemplate } from './template.ts';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status });
const statusOf = (status: string) => (status === 'failed' ? 400 : status === 'problems' ? 422 : 200);

/**
 * /api/units/organization/…: GET template (the empty 组织机构 workbook), POST import?mode=dry-run|import
 * with the file (form field `file`). Administrators only, checked here on the server. The answer
 * carries the invitation links of the accounts created: the only time they are shown.
 */
export const organizationEndpoints: Endpoint[] = [
  {
    path: '/organization/template',
    method: 'get',
    handler: async (req) => {
      const right = organizationRight(req.user);
      if (!right.ok) return refuse(right.status, right.message);
      return new Response((await writeOrganizationTemplate()) as unknown as BodyInit, {
        headers: { 'Content-Type': xlsxType, 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent('组织机构导入模板.xlsx')}`, 'Cache-Control': 'no-store' },
      });
    },
  },
  {
    path: '/organization/import',
    method: 'post',
    handler: async (req) => {
      const right = organizationRight(req.user);
      if (!right.ok) return refuse(right.status, right.message);
      await addDataAndFileToRequest(req);
      const mode = String((req.query as Doc | undefined)?.mode ?? 'dry-run');
      if (mode !== 'dry-run' && mode !== 'import') return refuse(400, `方式（mode）“${mode}”无效，可接受：dry-run（检查）、import（导入）。`);
      if (!req.file?.data) return refuse(400, '请选择要上传的组织机构表（xlsx 文件，表单字段 file）。');
      let result;
      try {
        result = await runOrganizationImport(req.payload, req.user as unknown as Doc & { id: Id }, { mode, bytes: new Uint8Array(req.file.data) });
      } catch (error) {
        req.payload.logger.error({ err: error, msg: 'organization import failed' });
        return refuse(500, `导入失败，未写入任何内容：${error instanceof Error ? error.message : String(error)}`);
      }
      return Response.json(result, { status: statusOf(result.status), headers: { 'Cache-Control': 'no-store' } });
    },
  },
];

/**
 * /api/regions/load: POST { code, downTo?, mode? } loads a region of the national division codes
 * with its ancestors and descendants (dry-run by default). Administrators only.
 */
export const regionEndpoints: Endpoint[] = [
  {
    path: '/load',
    method: 'post',
    handler: async (req) => {
      const right = organizationRight(req.user);
      if (!right.ok) return refuse(right.status, right.message);
      await addDataAndFileToRequest(req);
      const input = { ...((req.query as Doc | undefined) ?? {}), ...((req.data as Doc | undefined) ?? {}) };
      const mode = String(input.mode ?? 'dry-run');
      if (mode !== 'dry-run' && mode !== 'load') return refuse(400, `方式（mode）“${mode}”无效，可接受：dry-run（检查）、load（载入）。`);
      const downTo = input.downTo === undefined || input.downTo === '' ? undefined : String(input.downTo);
      if (downTo !== undefined && !levelOrder.includes(downTo as RegionCodeLevel)) {
        return refuse(400, `下级层级（downTo）“${downTo}”无效，可接受：${levelOrder.join('、')}`);
      }
      let result;
      try {
        result = await loadRegions(req.payload, req.user as unknown as Doc & { id: Id }, { code: String(input.code ?? ''), downTo: downTo as RegionCodeLevel | undefined, mode });
      } catch (error) {
        req.payload.logger.error({ err: error, msg: 'region load failed' });
        return refuse(500, `载入行政区划失败，未写入任何内容：${error instanceof Error ? error.message : String(error)}`);
      }
      return Response.json(result, { status: statusOf(result.status) });
    },
  },
];
