import { chromium, type Browser } from 'playwright-core';

/** Debian's headless Chromium, launched the way FIELD-NOTES found to work on this machine. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
