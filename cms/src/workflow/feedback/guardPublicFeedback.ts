import { ratingProblem } from '@catalog/content-models';
import { APIError, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload';
import { hasRole } from '../../access/user.ts';
import { validId } from '../../db/validId.ts';
import { workflowNow } from '../clock.ts';
import { text, type Doc } from '../docs.ts';

/** Form field a person never sees (hidden by CSS) and leaves empty; bots fill every field. */
export const honeypotField = 'website';

/** Set by publicFeedbackEndpoint: the one door through which feedback is accepted. */
export const feedbackDoor = 'feedbackEndpoint';

const fieldsOf = {
  comment: new Set(['kind', 'adjustment', 'comment', 'name', 'contact', honeypotField]),
  rating: new Set(['kind', 'implementation', 'implementationCode', 'verdict', 'reason', 'helpful', 'comment', 'name', 'contact', honeypotField]),
};

const refuse = (message: string, status = 400) => new APIError(message, status, undefined, true);

async function openConsultation(req: PayloadRequest, id: number | string): Promise<boolean> {
  const adjustment = (await req.payload.findByID({ collection: 'adjustments', id, depth: 0, overrideAccess: true, req, disableErrors: true })) as Doc | null;
  const opens = text(adjustment?.consultationOpensAt);
  const closes = text(adjustment?.consultationClosesAt);
  const now = workflowNow().getTime();
  return adjustment?.state === 'in-review' && !!opens && !!closes && new Date(opens).getTime() <= now && now < new Date(closes).getTime();
}

/** A guide the public can read (by id, or by 实施编码 from the site's form): the published document, whatever drafts wait behind it. */
async function publishedGuide(req: PayloadRequest, by: { id: number | string } | { implementationCode: string }): Promise<number | string | undefined> {
  const found = await req.payload.find({
    collection: 'implementations',
    where: { and: ['id' in by ? { id: { equals: by.id } } : { implementationCode: { equals: by.implementationCode } }, { _status: { equals: 'published' } }] },
    draft: false,
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  });
  return found.docs[0]?.id;
}

function relationId(req: PayloadRequest, data: Doc, field: 'adjustment' | 'implementation', label: string): number | string {
  const id = validId(req.payload, data[field]);
  if (id === undefined) {
    const shown = data[field] === undefined || data[field] === null || data[field] === '' ? '（未填写）' : `“${String(JSON.stringify(data[field])).slice(0, 40)}”`;
    throw refuse(`${label}（${field}）的值${shown}不是有效的编号。`);
  }
  return id;
}

/**
 * Feedback (征求意见 comments and guide ratings) is accepted only at POST /api/feedback, with the
 * same checks for every caller, visitor or staff: only the fields a visitor fills in (moderators
 * may also set the moderation state), no filled honeypot, a comment only to an open consultation,
 * a rating only for a published guide, every id checked before it reaches the database.
 * Server code (overrideAccess) is not a caller. The limit and the body size are the endpoint's.
 */
export const guardPublicFeedback: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' || (args as { overrideAccess?: boolean }).overrideAccess) return args;
  if (req.context[feedbackDoor] !== true) throw refuse('公众意见只能通过 POST /api/feedback 提交。', 403);
  const sent = ((args as { data?: Doc }).data ?? {}) as Doc;
  // The admin's form sends every field, empty ones included: an empty field was not filled in.
  const data = Object.fromEntries(Object.entries(sent).filter(([, value]) => value !== null && value !== undefined && value !== '')) as Doc;
  if (data.kind !== 'comment' && data.kind !== 'rating') {
    throw refuse(`类型（kind）的值“${String(data.kind ?? '')}”无效，可接受：comment（征求意见）、rating（指南评价）。`);
  }
  const allowed = new Set(fieldsOf[data.kind]);
  if (hasRole(req.user, 'reviewer', 'admin')) allowed.add('moderation');
  const extra = Object.keys(data).filter((key) => !allowed.has(key));
  if (extra.length > 0) {
    throw refuse(
      `不能提交字段：${extra.join('、')}。征求意见只接受：调整事项（adjustment）、意见内容（comment）、称呼（name）、联系方式（contact）；指南评价只接受：办事指南（implementation 或 implementationCode）、评价（verdict）、差评原因（reason）、意见内容、称呼、联系方式（旧接口的 helpful 仍可代替 verdict）。`,
    );
  }
  if (text(data[honeypotField])) throw refuse('提交未被接受：请勿填写隐藏字段。');
  for (const field of ['name', 'contact'] as const) {
    if (data[field] !== undefined && typeof data[field] !== 'string') throw refuse(`${field === 'name' ? '称呼' : '联系方式'}（${field}）应为文字。`);
  }
  const { [honeypotField]: _trap, ...stored } = data;
  if (data.kind === 'comment') {
    const comment = typeof data.comment === 'string' ? data.comment.trim() : '';
    if (!comment) throw refuse('请填写意见内容（comment）。');
    if (comment.length > 2000) throw refuse(`意见内容（comment）共 ${comment.length} 字，最多 2000 字。`);
    const adjustment = relationId(req, data, 'adjustment', '调整事项');
    if (!(await openConsultation(req, adjustment))) {
      throw refuse(`调整事项（adjustment）“${adjustment}”不存在或当前不在征求意见期内，不能提交意见。`);
    }
    return { ...args, data: { ...stored, adjustment } };
  }
  const verdict = data.verdict ?? (typeof data.helpful === 'boolean' ? (data.helpful ? 'good' : 'bad') : undefined);
  if (verdict === undefined) throw refuse('指南评价须注明评价（verdict：good 好评或 bad 差评；旧接口 helpful：true 或 false）。');
  if (data.helpful !== undefined && (typeof data.helpful !== 'boolean' || (data.verdict !== undefined && data.helpful !== (data.verdict === 'good')))) {
    throw refuse('是否有帮助（helpful：true 或 false）与评价（verdict）不一致，请只提交 verdict。');
  }
  const problem = ratingProblem(verdict, data.reason);
  if (problem) throw refuse(problem);
  if (data.comment !== undefined && (typeof data.comment !== 'string' || data.comment.length > 2000)) throw refuse('意见内容（comment）应为文字，最多 2000 字。');
  const { implementationCode, ...rating } = stored;
  let implementation: number | string | undefined;
  if (data.implementation === undefined && typeof implementationCode === 'string') {
    implementation = await publishedGuide(req, { implementationCode: implementationCode.trim() });
    if (implementation === undefined) throw refuse(`实施编码（implementationCode）“${implementationCode.slice(0, 40)}”对应的办事指南不存在或尚未公开，不能评价。`);
  } else {
    const id = relationId(req, data, 'implementation', '办事指南');
    implementation = await publishedGuide(req, { id });
    if (implementation === undefined) throw refuse(`办事指南（implementation）“${id}”不存在或尚未公开，不能评价。`);
  }
  return { ...args, data: { ...rating, verdict, implementation } };
};
