import { chromium, type Browser } from 'playwright-core';

/** The machine's Chromium (Debian package), found automatically or through CHROME_PATH. */
export const chromePath = () => process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: chromePath(),
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
