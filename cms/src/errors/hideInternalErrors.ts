import type { AfterErrorHook } from 'payload';

/** What a person reads instead of an internal error. */
export const internalErrorMessage = '服务器内部错误，请稍后再试；如果问题持续，请联系系统管理员。';

/** Database text and stack frames: what an answer must never show (it maps the schema for an attacker). */
const internalText = [/Failed query/i, /\binsert into\b/i, /\bselect\s[\s\S]*?\sfrom\s/i, /\bdelete from\b/i, /\bupdate\s+"?\w+"?\s+set\b/i, /SQLITE_\w+/, /\bviolates\b[\s\S]*\bconstraint\b/i, /\n\s+at\s\S/, /^\s*at\s.+\(.+:\d+:\d+\)/m];

export function looksInternal(value: unknown): boolean {
  const textOf = JSON.stringify(value) ?? '';
  // JSON escapes newlines: check the decoded form too, where stack frames start their lines.
  return internalText.some((pattern) => pattern.test(textOf) || pattern.test(textOf.replace(/\\n/g, '\n')));
}

/**
 * Config-level afterError (REST, custom endpoints and GraphQL): an error that is not a deliberate
 * refusal (status 500) or whose text looks like SQL or a stack is answered with a generic Chinese
 * message. Payload has already logged the error with its detail on the server (logError).
 */
export const hideInternalErrors: AfterErrorHook = ({ error, graphqlResult, result }) => {
  const status = (error as { status?: number; originalError?: { status?: number } }).status ?? (error as { originalError?: { status?: number } }).originalError?.status ?? 500;
  const internal = status >= 500 || looksInternal(graphqlResult ?? result) || looksInternal((error as Error).message);
  if (!internal) return keepRefusalMessage(error, status, result, graphqlResult);
  const { status: answered, message } = senderMistake(error) ?? { status: 500, message: internalErrorMessage };
  if (graphqlResult) {
    return { graphqlResult: { message, path: graphqlResult.path, locations: graphqlResult.locations, extensions: { statusCode: answered } } };
  }
  return { response: { errors: [{ message }] }, status: answered };
};

/**
 * Database refusals that are the sender's doing: an id of the wrong form (SQLite: not a finite
 * number; PostgreSQL: invalid input syntax) or a relation to a record that does not exist
 * (foreign key). They deserve a 400 that says so, not a 500.
 */
function senderMistake(error: unknown): { status: number; message: string } | undefined {
  const chain: string[] = [];
  for (let e = error as { message?: string; cause?: unknown; originalError?: unknown } | undefined, depth = 0; e && depth < 6; depth++) {
    if (typeof e.message === 'string') chain.push(e.message);
    e = (e.originalError ?? e.cause) as typeof e;
  }
  const text = chain.join('\n');
  if (/FOREIGN KEY constraint failed|violates foreign key constraint/i.test(text)) return { status: 400, message: '关联的记录不存在：请检查所填写的关联编号。' };
  if (/Only finite numbers|invalid input syntax for type (integer|bigint|numeric)|out of range for type (integer|bigint)|cannot be passed as argument/i.test(text)) {
    return { status: 400, message: '请求中的编号或取值格式无效：编号应为正整数，日期应为 ISO 8601 格式（如 2026-03-02T08:00:00Z）。' };
  }
  return undefined;
}

/** What Payload answers when it does not recognise an error as its own APIError. */
const unrecognised = new Set(['An unknown error occurred.', 'Something went wrong.']);

/**
 * A deliberate refusal (an APIError a hook threw with a Chinese reason, Forbidden, a validation
 * error) keeps its message. Payload's formatErrors recognises APIError with `instanceof`; in the
 * built Next server the hooks' `payload` is a second copy of the module, so `instanceof` fails
 * and the answer became "An unknown error occurred." although the status was kept. The error's
 * own `isPublic` flag is what Payload's APIError sets for messages meant for the sender.
 */
function keepRefusalMessage(error: unknown, status: number, result: unknown, graphqlResult: unknown): ReturnType<AfterErrorHook> {
  if (graphqlResult) return undefined;
  const refusal = error as { isPublic?: unknown; message?: unknown; name?: unknown; data?: unknown };
  const answered = (result as { errors?: { message?: unknown }[] } | undefined)?.errors?.[0]?.message;
  if (refusal.isPublic !== true || typeof refusal.message !== 'string' || !unrecognised.has(String(answered))) return undefined;
  const data = refusal.data && typeof refusal.data === 'object' ? { data: refusal.data as Record<string, unknown> } : {};
  return { response: { errors: [{ name: String(refusal.name ?? 'APIError'), message: refusal.message, ...data }] }, status };
}
