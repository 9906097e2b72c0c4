import { APIError, type CollectionBeforeOperationHook } from 'payload';

/**
 * The one door to the public: only the workflow's publication (`context.systemPublish`) writes the
 * main document of a catalog item or guide, which is what the snapshot export reads. Every other
 * write by a logged-in user (REST, GraphQL, the admin, the Local API with a `user`, bulk `where`
 * updates) is turned into a draft, whatever `draft` flag or `_status` it asked for; a `published`
 * status is still refused by refusePublish with its own message. Payload writes the main document
 * whenever `draft` is not requested, so the flag is forced here, before the operation reads it.
 *
 * A version restore reads its `draft` flag before this hook runs, so it cannot be forced: a user's
 * restore that would overwrite the main document is refused instead (restore as a draft works).
 */
export const draftsOnly: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!req.user || req.context.systemPublish) return args;
  if (operation === 'create' || operation === 'update') {
    const data = args.data && typeof args.data === 'object' ? (args.data as Record<string, unknown>) : undefined;
    const status = data?._status === 'published' ? 'published' : 'draft';
    return {
      ...args,
      draft: true,
      publishAllLocales: undefined,
      unpublishAllLocales: undefined,
      publishSpecificLocale: undefined,
      ...(data ? { data: { ...data, _status: status } } : {}),
    };
  }
  if (operation === 'restoreVersion' && (args as { draft?: boolean }).draft !== true) {
    throw new APIError(
      '历史版本只能恢复为草稿（请求加 ?draft=true，或在后台选择“恢复为草稿”）：已发布内容只能经审核流程发布。',
      403,
      undefined,
      true,
    );
  }
  return args;
};
