/**
 * Where the site's 征求意见 form posts: the published snapshot carries it, and the site's
 * Content-Security-Policy (form-action) must allow the same address.
 */
export function commentEndpoint(env: Record<string, string | undefined> = process.env): string {
  return env.COMMENT_ENDPOINT ?? `${env.CMS_PUBLIC_URL ?? 'http://localhost:3000'}/api/feedback`;
}
