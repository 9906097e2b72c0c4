import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload';
import type { Doc } from '../docs.ts';

/**
 * POST /api/feedback, in place of Payload's default create: the public site's consultation form
 * posts a plain HTML form (no JavaScript), which Payload does not parse. Form posts are mapped to
 * feedback fields and answered with a short page; JSON posts behave like Payload's create. Either
 * way the document is created with the caller's own access, so guardPublicFeedback and
 * holdForModeration apply exactly as for any other create.
 */
const isForm = (req: PayloadRequest) => (req.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded');

/** The site's form names (see site/src/pages/consultations) as feedback fields. */
function fromSiteForm(fields: Record<string, string>): Doc {
  const { adjustmentId, implementationCode: _shownOnly, kind, ...rest } = fields;
  // Form values are text; SQL databases number their ids.
  const adjustment = adjustmentId && /^\d+$/.test(adjustmentId) ? Number(adjustmentId) : adjustmentId;
  return { kind: kind ?? 'comment', ...(adjustment ? { adjustment } : {}), ...rest };
}

function page(status: number, title: string, message: string): Response {
  const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const html = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>${escape(title)}</title><body><h1>${escape(title)}</h1><p>${escape(message)}</p><p><a href="javascript:history.back()">返回</a></p></body></html>`;
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

function errorOf(error: unknown): { status: number; message: string } {
  const e = error as { status?: number; message?: string; data?: { errors?: { message?: string; path?: string }[] } };
  const details = e.data?.errors?.map((d) => (d.path ? `${d.path}：${d.message}` : d.message)).filter(Boolean).join('；');
  return { status: e.status ?? 500, message: details || e.message || '提交失败' };
}

export const publicFeedbackEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    const form = isForm(req);
    let data: Doc;
    if (form) {
      data = fromSiteForm(Object.fromEntries(new URLSearchParams(await req.text!())));
    } else {
      await addDataAndFileToRequest(req);
      data = (req.data ?? {}) as Doc;
    }
    try {
      const doc = await req.payload.create({ collection: 'feedback', data: data as never, overrideAccess: false, depth: 0, req });
      if (form) return page(201, '意见已收到', '感谢您的意见。意见经审核后公开，我们将在征求意见期结束后统一研究处理。');
      return Response.json({ message: '意见已收到，经审核后公开。', doc }, { status: 201 });
    } catch (error) {
      const { status, message } = errorOf(error);
      if (form) return page(status, '意见未能提交', message);
      return Response.json({ errors: [{ message }] }, { status });
    }
  },
};
