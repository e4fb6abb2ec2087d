// Opens every *.html file in a folder in headless Chromium (Debian's /usr/bin/chromium, no
// browser download) and fails a page on any console error or warning, uncaught page error, dialog
// (alert, confirm, prompt, beforeunload), or request other than the page itself and data: URLs.
// Takes a full-page screenshot next to each page (report.html -> report.png).
//
// Usage: node check.mjs FOLDER
// Environment: CHROMIUM=/path/to/chromium (default /usr/bin/chromium)
// Prints "ok NAME" or "FAIL NAME" and the reasons per page, then "N passed, M failed";
// exits 1 when a page failed, 2 when the folder has no page or Chromium cannot start.

import { readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openBrowser } from './browser.mjs';

/** What went wrong on one page, in the order it happened. */
async function checkPage(context, file) {
  const url = pathToFileURL(file).href;
  const problems = [];
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('dialog', async (dialog) => {
    problems.push(`dialog ${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss().catch(() => {});
  });
  page.on('popup', (popup) => problems.push(`popup: ${popup.url()}`));
  page.on('websocket', (socket) => problems.push(`websocket: ${socket.url()}`));
  page.on('request', (request) => {
    const target = request.url();
    if (target !== url && !target.startsWith('data:')) {
      problems.push(`request: ${request.method()} ${target}`);
    }
  });
  page.on('crash', () => problems.push('the page crashed'));
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    // Let scripts that run after load (and their timers of up to a frame or two) finish.
    await page.evaluate(
      () =>
        new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))),
    );
    await page.screenshot({ path: file.replace(/\.html$/, '.png'), fullPage: true });
  } catch (error) {
    problems.push(`cannot load: ${error.message.split('\n')[0]}`);
  } finally {
    await page.close();
  }
  return problems;
}

async function main() {
  const folder = process.argv[2];
  if (!folder || !statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    console.error('usage: node check.mjs FOLDER (a folder of .html files)');
    return 2;
  }
  const pages = readdirSync(folder)
    .filter((name) => name.endsWith('.html'))
    .sort();
  if (pages.length === 0) {
    console.error(`no .html file in ${folder}`);
    console.log('0 passed, 0 failed');
    return 2;
  }
  let browser;
  try {
    browser = await openBrowser();
  } catch (error) {
    console.error(`cannot start Chromium: ${error.message.split('\n')[0]}`);
    return 2;
  }
  let passed = 0;
  let failed = 0;
  try {
    for (const name of pages) {
      const problems = await checkPage(browser.context, resolve(folder, name));
      if (problems.length === 0) {
        passed++;
        console.log(`ok   ${name}`);
      } else {
        failed++;
        console.log(`FAIL ${name}`);
        for (const problem of problems) {
          console.log(`     ${problem}`);
        }
      }
    }
  } finally {
    await browser.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
