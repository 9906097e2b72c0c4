import { APIError, type PayloadRequest } from 'payload';
import { readLimitedBody } from '../../net/readLimitedBody.ts';
import type { Doc } from '../docs.ts';

const refuse = (message: string, status = 400) => new APIError(message, status, undefined, true);

/**
 * The site's form names (site/src/pages/consultations, site/src/components/RatingForm.astro) as
 * feedback fields; `return` is where the reply page leads back to. A comment's implementationCode
 * is only shown; a rating names its guide by it. An empty select or textarea was not filled in.
 */
function fromSiteForm(fields: Record<string, string>): FeedbackBody {
  const { adjustmentId, implementationCode, kind, return: returnTo, ...rest } = fields;
  const filled = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== ''));
  if (kind === 'rating') return { form: true, returnTo, data: { kind, ...(implementationCode ? { implementationCode } : {}), ...filled } };
  return { form: true, returnTo, data: { kind: kind ?? 'comment', ...(adjustmentId ? { adjustment: adjustmentId } : {}), ...rest } };
}

function parseJson(text: string, what: string): Doc {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw refuse(`${what}不是有效的 JSON，请检查格式。`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw refuse(`${what}应为 JSON 对象，如 {"kind":"rating","implementation":1,"helpful":true}。`);
  return value as Doc;
}

export type FeedbackBody = { form: boolean; data: Doc; returnTo?: string };

/**
 * The body of POST /api/feedback, at most 16 KB read: the site's plain HTML form (no JavaScript,
 * which Payload does not parse), JSON, or the admin's multipart form (`_payload`, no files).
 */
export async function parseFeedbackBody(req: PayloadRequest): Promise<FeedbackBody> {
  const header = req.headers.get('content-type') ?? '';
  const type = header.toLowerCase();
  const bytes = await readLimitedBody(req as unknown as Request);
  if (type.startsWith('application/x-www-form-urlencoded')) {
    return fromSiteForm(Object.fromEntries(new URLSearchParams(new TextDecoder().decode(bytes))));
  }
  if (type.startsWith('application/json')) return { form: false, data: parseJson(new TextDecoder().decode(bytes), '请求内容') };
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(bytes, { headers: { 'content-type': header } }).formData().catch(() => {
      throw refuse('表单内容无法解析。');
    });
    const payloadField = form.get('_payload');
    return { form: false, data: typeof payloadField === 'string' ? parseJson(payloadField, '表单字段 _payload ') : {} };
  }
  throw refuse(`不支持的内容类型“${type || '（未注明）'}”：请以 JSON（application/json）或表单（application/x-www-form-urlencoded）提交。`, 415);
}
