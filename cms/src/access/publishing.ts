/**
 * Publishing is the workflow's act, never an editor's: a request that would set `_status` to
 * `published` is refused for every logged-in user (administrators included). Server code
 * publishes through the Local API without a user, or with `context.systemPublish` set.
 */
export function wouldPublish(data: unknown): boolean {
  return Boolean(data && typeof data === 'object' && (data as { _status?: unknown })._status === 'published');
}

export const publishRefusedMessage = '您无权直接发布：发布须经审核流程审定后由系统执行，请保存为草稿并提交审核。';
