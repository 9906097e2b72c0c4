/**
 * The CMS's address as citizens' browsers reach it, from one setting: `CMS_PUBLIC_URL` (behind
 * nginx: https://cms.example.gov.cn). `CMS_URL` stands in when one address serves both the admin
 * and the public (the same machine); without either it is the local CMS on CMS_PORT. A CMS served
 * under a path prefix keeps it (https://example.gov.cn/cms). No trailing slash.
 */
export function cmsPublicBase(env: Record<string, string | undefined> = process.env): string {
  const name = env.CMS_PUBLIC_URL?.trim() ? 'CMS_PUBLIC_URL' : env.CMS_URL?.trim() ? 'CMS_URL' : undefined;
  const value = name ? env[name]!.trim() : `http://localhost:${env.CMS_PORT?.trim() || '3000'}`;
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(`环境变量 ${name ?? 'CMS_PORT'} 的值“${value}”不是有效的 CMS 地址：应为以 http:// 或 https:// 开头的网址，如 https://cms.example.gov.cn`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

/**
 * Where the site's 征求意见 form posts: the CMS's public address (above). The published snapshot
 * carries the result, and the site's Content-Security-Policy (form-action) allows the same origin.
 */
export function commentEndpoint(env: Record<string, string | undefined> = process.env): string {
  return `${cmsPublicBase(env)}/api/feedback`;
}

/**
 * Where the site's search form goes when the browser runs no JavaScript: the CMS's search page
 * (cms/src/site-search), on the same origin as the comment form, so the same form-action allows it.
 */
export function searchEndpoint(env: Record<string, string | undefined> = process.env): string {
  return `${cmsPublicBase(env)}/api/site-search`;
}
