import { hasRole } from './user.ts';

/** `admin.hidden` for system records: only administrators see them in the admin navigation. */
export const hiddenUnlessAdmin = ({ user }: { user: unknown }): boolean => !hasRole(user, 'admin');
