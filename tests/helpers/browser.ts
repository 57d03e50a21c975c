// The machine's Chromium (Debian package), found automatically or through CHROME_PATH: one launcher for tests and bench.
export { chromePath, launchBrowser as launchChromium } from '../../src/bench/chromium.ts';
