import { reviewTables } from '@catalog/content-models/spreadsheet/index.ts';
import { addDataAndFileToRequest, type CollectionSlug, type Endpoint, type PayloadRequest, type Where } from 'payload';
import { writeReviewWorkbook } from '../spreadsheet/write-review-workbook.ts';
import { writeTemplateWorkbook } from '../spreadsheet/write-workbook.ts';
import type { Doc, Id } from '../workflow/docs.ts';
import { importRight } from './access.ts';
import { splitStoredProblems, startImport } from './background.ts';
import { exportGuides, exportWorkbook, guideCollections } from './export.ts';
import { currentProgress, importsRunning, phaseLabels } from './progress.ts';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status });

function xlsx(bytes: Uint8Array, fileName: string): Response {
  return new Response(bytes as unknown as BodyInit, {
    headers: { 'Content-Type': xlsxType, 'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`, 'Cache-Control': 'no-store' },
  });
}

const today = () => new Date().toISOString().slice(0, 10);

/** A list read refused by Payload (no read access, a bad filter) as a Chinese answer; anything else is thrown on. */
function listReadRefusal(error: unknown): Response {
  const status = (error as { status?: number }).status;
  if (status === 403) return refuse(403, '您没有查看该列表的权限。');
  if (status === 400) return refuse(400, `筛选条件无效：${(error as Error).message}`);
  throw error;
}

/** The list's filter as the admin puts it in the address: `where[…]` and the title search box. */
function listWhere(req: PayloadRequest, slug: CollectionSlug): Where {
  const query = (req.query ?? {}) as Record<string, unknown>;
  const parts: Where[] = [];
  if (query.where && typeof query.where === 'object') parts.push(query.where as Where);
  const titleField = req.payload.collections[slug]?.config.admin?.useAsTitle;
  if (typeof query.search === 'string' && query.search.trim() !== '' && titleField) parts.push({ [titleField]: { like: query.search.trim() } });
  return parts.length === 0 ? {} : parts.length === 1 ? parts[0]! : { and: parts };
}

/**
 * /api/imports/…: GET template (the empty 梳理表), POST start?mode=dry-run|import with the file (form field `file`) (returns the
 * imports record id at once; the work continues), GET :id/progress (polled by the admin), and
 * GET export/:collection?where… (any admin list as xlsx, with the user's read access), and
 * GET review/:collection?where…&round=一审 (the printable per-unit 审核表 of the items or guides listed).
 */
export const importEndpoints: Endpoint[] = [
  {
    path: '/template',
    method: 'get',
    handler: async () => xlsx(await writeTemplateWorkbook(), '梳理表导入模板.xlsx'),
  },
  {
    path: '/start',
    method: 'post',
    handler: async (req) => {
      const right = importRight(req.user);
      if (!right.ok) return refuse(right.status, right.message);
      await addDataAndFileToRequest(req);
      // The mode comes in the address (?mode=import): Payload reads multipart fields only from `_payload`.
      const mode = String((req.query as Doc | undefined)?.mode ?? (req.data as Doc | undefined)?.mode ?? 'dry-run');
      if (mode !== 'dry-run' && mode !== 'import') return refuse(400, `方式（mode）“${mode}”无效，可接受：dry-run（检查）、import（导入）。`);
      const file = req.file;
      if (!file?.data) return refuse(400, '请选择要上传的梳理表（xlsx 文件，表单字段 file）。');
      if (mode === 'import' && importsRunning() > 0) return refuse(409, '已有导入正在进行，请等待其完成后再导入（同一时间只进行一次导入，以免相互冲突）。');
      const started = await startImport(req.payload, req.user as unknown as Doc & { id: Id }, mode, new Uint8Array(file.data), file.name);
      return Response.json({ id: started.id, message: mode === 'import' ? '导入已开始' : '检查已开始' }, { status: 202 });
    },
  },
  {
    path: '/:id/progress',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return refuse(401, '请先登录。');
      const id = String(req.routeParams?.id ?? '');
      // Asked before the record is read: an import writes its final record first and drops its live
      // progress after, so only a record still 「running」 that had no live progress before it was
      // read was cut off by a restart (asked after, a poll during that hand-over said 「中断」).
      const trackedBefore = currentProgress(id) !== undefined;
      const record = await req.payload.findByID({ collection: 'imports', id, req, user: req.user, overrideAccess: false, depth: 0, disableErrors: true });
      if (!record) return refuse(404, `未找到编号为“${id}”的导入记录。`);
      const live = currentProgress(id);
      const doc = record as unknown as Doc;
      const interrupted = doc.status === 'running' && !trackedBefore;
      const { problems, findings } = splitStoredProblems(doc.problems);
      return Response.json({
        ...doc,
        problems,
        findings,
        findingCount: findings.length,
        blockingFindingCount: findings.filter((finding) => finding.severity === 'error').length,
        ...(live ?? {}),
        ...(interrupted ? { status: 'failed', message: '导入已中断（服务在导入过程中重启），未写入任何内容，请重新上传。' } : {}),
        phaseLabel: phaseLabels[(live?.phase ?? doc.phase ?? 'finished') as keyof typeof phaseLabels] ?? '',
      });
    },
  },
  {
    path: '/export/:list',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return refuse(401, '请先登录。');
      const slug = String(req.routeParams?.list ?? '') as CollectionSlug;
      const config = req.payload.collections[slug]?.config;
      if (!config || slug.startsWith('payload-')) return refuse(404, `没有名为“${slug}”的列表可以导出。`);
      const title = typeof config.labels?.plural === 'string' ? config.labels.plural : slug;
      try {
        return xlsx(await exportWorkbook(req, slug, listWhere(req, slug)), `${title}-${today()}.xlsx`);
      } catch (error) {
        return listReadRefusal(error);
      }
    },
  },
  {
    path: '/review/:list',
    method: 'get',
    handler: async (req) => {
      if (!req.user) return refuse(401, '请先登录。');
      const slug = String(req.routeParams?.list ?? '');
      if (!guideCollections.has(slug)) return refuse(404, `审核表只能从“实施清单”或“目录事项”列表导出，不能从“${slug}”导出。`);
      const round = String((req.query as Doc | undefined)?.round ?? '').trim().slice(0, 20) || undefined;
      try {
        const guides = await exportGuides(req, slug as 'implementations' | 'catalog-items', listWhere(req, slug as CollectionSlug));
        if (guides.length === 0) return refuse(404, '当前筛选条件下没有可导出审核表的事项。');
        return xlsx(await writeReviewWorkbook(reviewTables(guides, round)), `${round ?? '审核'}表-${today()}.xlsx`);
      } catch (error) {
        return listReadRefusal(error);
      }
    },
  },
];
