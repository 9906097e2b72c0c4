/**
 * A URL taken from the snapshot may become a link only if it is http(s) or site-relative:
 * anything else (javascript:, data:, protocol-relative //host) is shown as plain text.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const value = url.trim();
  if (value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')) return value;
  try {
    const parsed = new URL(value);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** The host of a safeHref result (zwfw.example.gov.cn), undefined for a site-relative one. */
export function linkHost(href: string): string | undefined {
  return href.startsWith('/') ? undefined : new URL(href).host;
}

/**
 * Readable text for a link to another site: 「电脑端办理入口（zwfw.example.gov.cn）」. A raw address
 * runs to hundreds of characters and says nothing to a citizen; the host still says whose site it is.
 */
export function entryLinkText(words: string, href: string): string {
  const host = linkHost(href);
  return host ? `${words}（${host}）` : words;
}

/**
 * A form target from the snapshot (the CMS's comment or search address), or undefined: only an
 * absolute http(s) address can be the CMS — a site-relative one would send the form to the static host.
 */
export function cmsEndpoint(url: string | undefined): string | undefined {
  return /^https?:\/\//i.test(url?.trim() ?? '') ? safeHref(url) : undefined;
}
