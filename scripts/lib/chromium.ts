import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium (`apt-get install chromium`): never a downloaded browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** The flags FIELD-NOTES found to work headless on these machines (no sandbox, no background traffic). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Headless Chromium for the browser tests and the search benchmark. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
