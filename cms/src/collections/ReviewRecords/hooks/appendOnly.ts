import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload';

const message = '审核记录一经写入不可修改或删除（公开透明、可追溯、可核查）。';

/** Access already denies these; the hooks also stop server code that overrides access. */
export const refuseUpdate: CollectionBeforeChangeHook = ({ operation, data }) => {
  if (operation === 'update') throw new APIError(message, 403, undefined, true);
  return data;
};

export const refuseDelete: CollectionBeforeDeleteHook = () => {
  throw new APIError(message, 403, undefined, true);
};
