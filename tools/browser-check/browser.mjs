// Debian's Chromium, headless, with a new empty profile and nothing that reaches out on its own.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Starts Chromium (CHROMIUM, default /usr/bin/chromium) with a 1280 px wide viewport; every
 * request but file: and data: URLs is refused. Returns the browser context and a close function
 * that also removes the profile.
 */
export async function openBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'browser-check-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 800 },
      deviceScaleFactor: 1,
      locale: 'en-GB',
      timezoneId: 'UTC',
      colorScheme: 'light',
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
      acceptDownloads: false,
    });
  } catch (error) {
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  await context.route(
    (target) => target.protocol !== 'file:' && target.protocol !== 'data:',
    (route) => route.abort('blockedbyclient'),
  );
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}
