import type { Access, FieldAccess } from 'payload';
import { hasRole } from './user.ts';

export const isAdmin: Access = ({ req }) => hasRole(req.user, 'admin');

/** Field-level variant: only administrators may set roles and units of users. */
export const isAdminField: FieldAccess = ({ req }) => hasRole(req.user, 'admin');
