/**
 * Whether the session cookie must carry `Secure`: whenever staff reach the CMS over https
 * (CMS_URL, Payload's serverURL, or CMS_PUBLIC_URL, the address behind nginx). Over plain http
 * (the local demo) a Secure cookie would never come back and nobody could log in.
 */
export function sessionCookieSecure(env: Record<string, string | undefined> = process.env): boolean {
  return [env.CMS_URL, env.CMS_PUBLIC_URL].some((url) => url !== undefined && /^https:\/\//i.test(url.trim()));
}
