import type { Payload } from 'payload';

/** What the admin calls itself on the login page and in the browser's title. */
export const systemName = '公共服务事项目录管理系统';

/**
 * 站点设置's 网站名称 (e.g. 瓯江市政务服务网), or nothing: on a new database the global is empty, and
 * the login page must render even when the database cannot be read.
 */
export async function siteName(payload: Payload | undefined): Promise<string | undefined> {
  if (!payload) return undefined;
  try {
    const settings = await payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true });
    const name = typeof settings.siteName === 'string' ? settings.siteName.trim() : '';
    return name || undefined;
  } catch {
    return undefined;
  }
}
