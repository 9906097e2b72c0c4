/** Headless Chromium for the browser tests: the one launch the project uses (scripts/lib/chromium.ts). */
export { launchChromium as launchBrowser } from '../../../scripts/lib/chromium.ts';
