import { escapeHtml } from './escapeHtml.ts';

/**
 * A page the CMS shows citizens who use the site without JavaScript (reply to a form, search
 * results): Chinese, readable on a phone (viewport, plain flowing text — the API's security policy
 * allows no stylesheet or script), never indexed. `body` is HTML the caller has escaped.
 */
export function plainPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
</head>
<body>
${body}
</body>
</html>
`;
}
