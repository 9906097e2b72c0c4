import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload';
import { hasRole } from '../access/user.ts';

const refusal = () => new APIError('只有系统管理员可以修改或删除单位、行政区划、法律法规库和已上传的附件。', 403, undefined, true);

/**
 * Units, regions, the law register and uploaded files are reference data the public pages show: administrators keep
 * them. Access rules say so for REST and GraphQL; these hooks say it again for the Local API with a
 * user (which skips access checks by default). Server code without a user is not affected.
 */
export const adminsOnlyWrites: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user && !hasRole(req.user, 'admin')) throw refusal();
  return data;
};

/** Files: every staff user uploads new ones (guides attach them); only administrators change them. */
export const adminsOnlyUpdates: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'update' && req.user && !hasRole(req.user, 'admin')) throw refusal();
  return data;
};

export const adminsOnlyDeletes: CollectionBeforeDeleteHook = ({ req }) => {
  if (req.user && !hasRole(req.user, 'admin')) throw refusal();
};
