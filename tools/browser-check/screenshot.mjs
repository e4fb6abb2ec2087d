// The first screen of a page as a PNG, for documentation (docs/report-riverton.png):
//   node screenshot.mjs PAGE.html OUT.png [HEIGHT]     (1280 px wide, HEIGHT px tall, default 1400)
import { pathToFileURL } from 'node:url';
import { openBrowser } from './browser.mjs';

const [page, out, height = '1400'] = process.argv.slice(2);
if (!page || !out) {
  console.error('usage: node screenshot.mjs PAGE.html OUT.png [HEIGHT]');
  process.exit(2);
}
const browser = await openBrowser();
try {
  const tab = await browser.context.newPage();
  await tab.setViewportSize({ width: 1280, height: Number(height) });
  await tab.goto(pathToFileURL(page).href, { waitUntil: 'load' });
  await tab.screenshot({ path: out });
} finally {
  await browser.close();
}
