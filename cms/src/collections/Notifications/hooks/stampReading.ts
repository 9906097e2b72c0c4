import type { CollectionBeforeChangeHook } from 'payload';

/**
 * Keeps `unread` (what the list sorts by: NULL dates sort differently on SQLite and PostgreSQL)
 * in step with `readAt`. A reader marking a notice read gets the server's time, not a date of
 * their choosing; clearing `readAt` makes it unread again.
 */
export const stampReading: CollectionBeforeChangeHook = ({ data, originalDoc, req, operation }) => {
  if (operation === 'update' && req.user && 'readAt' in data && data.readAt) data.readAt = new Date().toISOString();
  const readAt = 'readAt' in data ? data.readAt : originalDoc?.readAt;
  data.unread = !readAt;
  return data;
};
