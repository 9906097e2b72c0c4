/**
 * What the move leaves behind, deliberately, and why (printed on every run). Everything else —
 * every collection and global with its versions and drafts, users with their password hashes,
 * admin preferences, the queued jobs (publications an approval promised; one left marked running
 * is released by the worker after 30 minutes, see recoverInterrupted), the login log and the
 * rate-limit counters — is copied row for row with its ids.
 */
export const notCopied: ReadonlyMap<string, string> = new Map([
  ['payload_migrations', '迁移记录：目标数据库由已提交的迁移建立，保留它自己的记录'],
  ['payload_locked_documents', '编辑锁：属于旧服务器上正在编辑的会话，复制过去会把文档锁到过期为止'],
  ['payload_locked_documents_rels', '编辑锁的关联'],
  ['users_sessions', '登录会话：迁移后所有人需重新登录（密码不变）'],
]);

/** Tables never emptied by --force either: the target's own migration record. */
export const keptInTarget: ReadonlySet<string> = new Set(['payload_migrations']);
