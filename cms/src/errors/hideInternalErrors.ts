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
  if (!internal) return;
  if (graphqlResult) {
    return { graphqlResult: { message: internalErrorMessage, path: graphqlResult.path, locations: graphqlResult.locations, extensions: { statusCode: 500 } } };
  }
  return { response: { errors: [{ message: internalErrorMessage }] } };
};
