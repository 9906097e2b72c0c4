import type { Access } from 'payload';
import { hasRole } from './user.ts';

/** Public feedback is read and moderated by reviewers (编办) and administrators only. */
export const moderators: Access = ({ req }) => hasRole(req.user, 'reviewer', 'admin');
