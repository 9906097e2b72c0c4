import type { Access } from 'payload';
import { hasRole } from './user.ts';

/** 站内通知 are private: each user their own; administrators read everyone's (never change them). */
export const readOwnNotifications: Access = ({ req }) => {
  if (!req.user) return false;
  if (hasRole(req.user, 'admin')) return true;
  return { recipient: { equals: req.user.id } };
};

/** Only the recipient marks a notice read (or unread again), administrators included. */
export const updateOwnNotifications: Access = ({ req }) => (req.user ? { recipient: { equals: req.user.id } } : false);
