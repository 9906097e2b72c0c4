import { escapeHtml as escape } from '../../html/escapeHtml.ts';

/**
 * What a citizen sees after posting the site's 征求意见 or 好差评 form without JavaScript: a small page that
 * reads on a phone (viewport, plain flowing text — the API's policy allows no stylesheet) and leads
 * back to the site by an ordinary link, `back` having been checked by returnLink.
 */
export function replyPage(status: number, title: string, message: string, back: string, backLabel = '返回征求意见页面'): Response {
  const html = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(title)}</title>
</head>
<body>
<main>
<h1>${escape(title)}</h1>
<p>${escape(message)}</p>
<p><a href="${escape(back)}">${escape(backLabel)}</a></p>
</main>
</body>
</html>
`;
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
