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
