import type { PayloadRequest } from 'payload';

/** The site's consultation page, where a citizen who posted the comment form goes back to. */
export const CONSULTATIONS = '/consultations/';

function httpUrl(value: string | null | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The public site's addresses as configured: SITE_URL (what the build uses first) and 网站设置's
 * 网站地址 (baseUrl). A 返回 link may lead to these origins only.
 */
export async function siteUrls({ payload }: PayloadRequest): Promise<string[]> {
  const settings = (await payload
    .findGlobal({ slug: 'site-settings' as never, overrideAccess: true, depth: 0 })
    .catch(() => undefined)) as { baseUrl?: unknown } | undefined;
  const configured = [process.env.SITE_URL, typeof settings?.baseUrl === 'string' ? settings.baseUrl : undefined].filter((u): u is string => !!httpUrl(u));
  return configured.length > 0 ? configured : ['http://localhost:4321'];
}

/**
 * The 返回 link of the reply page: the form's `return` address when it lies on the site, else the
 * `fallbackPath` (the consultation page, or the home page for a rating) at the origin the browser came from (the Referer, which the site's
 * strict-origin-when-cross-origin policy cuts to the origin) when that is the site, else at the
 * first configured site address. Any other address is ignored, so the page never links away.
 */
export function returnLink(requested: string | undefined, referer: string | null, sites: string[], fallbackPath = CONSULTATIONS): string {
  const origins = new Set(sites.map((s) => httpUrl(s)?.origin).filter(Boolean));
  const wanted = httpUrl(requested);
  if (wanted && origins.has(wanted.origin)) return wanted.href;
  const from = httpUrl(referer);
  const origin = from && origins.has(from.origin) ? from.origin : httpUrl(sites[0])?.origin ?? 'http://localhost:4321';
  return `${origin}${fallbackPath}`;
}
