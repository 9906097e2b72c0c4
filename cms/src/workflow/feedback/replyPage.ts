import { escapeHtml as escape } from '../../html/escapeHtml.ts';
import { plainPage } from '../../html/plainPage.ts';

/**
 * What a citizen sees after posting the site's 征求意见 or 好差评 form without JavaScript: a
 * plainPage that leads back to the site by an ordinary link, `back` having been checked by returnLink.
 */
export function replyPage(status: number, title: string, message: string, back: string, backLabel = '返回征求意见页面'): Response {
  const html = plainPage(
    title,
    `<main>
<h1>${escape(title)}</h1>
<p>${escape(message)}</p>
<p><a href="${escape(back)}">${escape(backLabel)}</a></p>
</main>`,
  );
  return new Response(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
