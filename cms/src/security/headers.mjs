/**
 * The CMS's security headers, in plain JavaScript because next.config.mjs loads them before any
 * TypeScript is compiled; src/proxy.ts uses the same builder for the admin's per-request policy.
 */

/** Sent with every response: admin pages, API answers, uploaded files and Next's assets. */
export const commonSecurityHeaders = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

/**
 * API answers are JSON and uploaded files, never pages: nothing in them may run or load anything,
 * so a file that slips past the upload checks still cannot script the admin's origin.
 */
export const apiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The search page for browsers without JavaScript (/api/site-search): the API's policy, but its form may search again. */
export const siteSearchContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/**
 * The admin's policy for one response. Scripts need the request's nonce: Next puts it on its own
 * inline scripts (the RSC payload) and 'strict-dynamic' lets the chunks they load run.
 * Styles keep 'unsafe-inline': the admin's server HTML holds an inline <style>, and Payload's
 * client chunks insert <style> elements and style attributes at run time without any nonce
 * (without it Chromium reports style-src violations on the login page alone); a nonce in
 * style-src would also switch 'unsafe-inline' off. Styles cannot run code, so the script policy
 * still carries the XSS protection.
 * Development adds 'unsafe-eval', which React's dev build needs for its error overlays.
 * @param {string} nonce
 * @param {{ development?: boolean }} [options]
 * @returns {string}
 */
export function adminContentSecurityPolicy(nonce, { development = false } = {}) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
