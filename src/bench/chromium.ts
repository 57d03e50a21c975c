/** The machine's Chromium and the flags every bench run starts it with. */
import { chromium, type Browser } from 'playwright-core';

export const chromePath = () => process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Without the background-networking flags Chromium keeps calling hosts this closed network refuses. */
export const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({ executablePath: chromePath(), args: chromeFlags });
