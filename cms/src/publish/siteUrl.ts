/**
 * The public site's address when neither SITE_URL nor 站点设置's 网站地址 names one: the local
 * site of `npm start` on SITE_PORT, so a local publication links to pages that exist.
 */
export function localSiteUrl(env: Record<string, string | undefined> = process.env): string {
  return `http://localhost:${env.SITE_PORT || '4321'}`;
}
