/**
 * The public site's security headers. The static server sends them; deploy/nginx/site-headers.conf
 * writes the same values for nginx (test/deploy/nginx.test.ts compares the two).
 *
 * The site runs no inline script (site/public/dazi.js is a file) and no inline style, so the
 * policy needs no hashes and no 'unsafe-inline'. Search instantiates Pagefind's WebAssembly,
 * which Chromium allows only with 'wasm-unsafe-eval' (it permits wasm, not JavaScript eval).
 * The 征求意见 form posts to the CMS, usually another origin: form-action names it.
 */
export function siteContentSecurityPolicy(commentEndpoint?: string): string {
  const formTargets = ["'self'", ...originOf(commentEndpoint)];
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formTargets.join(' ')}`,
    "frame-ancestors 'none'",
  ].join('; ');
}

export function siteSecurityHeaders(commentEndpoint?: string): Record<string, string> {
  return {
    'content-security-policy': siteContentSecurityPolicy(commentEndpoint),
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
  };
}

/** The origin of an absolute http(s) address; a relative endpoint is the site's own ('self'). */
function originOf(address: string | undefined): string[] {
  if (!address) return [];
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || url.protocol === 'http:' ? [url.origin] : [];
  } catch {
    return [];
  }
}
