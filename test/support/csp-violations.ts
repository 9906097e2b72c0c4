import type { Page } from 'playwright-core';

/**
 * Records every Content-Security-Policy violation a page reports, across navigations: each
 * document's `securitypolicyviolation` events are echoed to the console, where Chromium also
 * logs the violations it blocks before any script runs (an inline script, a style attribute).
 */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    if (text.startsWith('CSP violation:') || /Content Security Policy/i.test(text)) violations.push(`${page.url()}: ${text}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
    });
  });
  return violations;
}
