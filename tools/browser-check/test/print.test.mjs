// Riverton's HTML report printed by Chromium as a reader's "Print to PDF" prints it (A4, the page's
// own print style sheet): few enough pages to read, and the first page opens with the executive
// summary and its three actions. The report comes from the CLI jar that `./mvnw verify` (or
// `package`) builds; .ci/run runs this after the build.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { pageTexts, printToPdf } from '../print.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const jar = join(root, 'framework-cli', 'target', 'cityframework.jar');
const folder = mkdtempSync(join(tmpdir(), 'browser-check-print-'));
after(() => rmSync(folder, { recursive: true, force: true }));

// The most pages the printed Riverton report may take: it takes 37; before its print style sheet
// it took 58 on A4.
const MOST_PAGES = 40;

function report(city) {
  assert.ok(existsSync(jar), `${jar} is missing: build it first (./mvnw -pl framework-cli -am package)`);
  const page = join(folder, `${city}.html`);
  const run = spawnSync(
    'java',
    ['-jar', jar, 'assess', join(root, 'examples', 'cities', `${city}.json`), '--format', 'html', '--output', page],
    { encoding: 'utf8' },
  );
  assert.equal(run.status, 0, run.stderr);
  return page;
}

test('the printed Riverton report is A4, at most 40 pages, and opens with the summary', async () => {
  const pdf = await printToPdf(report('riverton'));
  assert.match(pdf.subarray(0, 5).toString('latin1'), /^%PDF-/);
  // A4 is 595 x 842 points: the page's @page size, not the browser's default Letter.
  assert.match(pdf.toString('latin1'), /\/MediaBox \[0 0 594\.9\d* 841\.9\d*\]/);
  const pages = await pageTexts(pdf);
  assert.ok(pages.length <= MOST_PAGES, `${pages.length} pages, more than ${MOST_PAGES}`);
  assert.ok(pages.length >= 10, `${pages.length} pages: findings are missing`);
  const first = pages[0];
  assert.match(first, /Innovation and data-use capacity: Riverton \(GB\)/);
  assert.match(first, /Summary/);
  assert.match(first, /Riverton scores 56\.9 out of 100 overall/);
  assert.match(first, /Three actions to take now/);
  assert.match(first, /For R7\.0/);
  // The summary speaks plain words: no JSON Pointer, no enum constant.
  const summary = first.slice(first.indexOf('Summary'), first.indexOf('Roadmap'));
  assert.doesNotMatch(summary, /\/[a-z]+\/[a-zA-Z]+|[A-Z]{2,}_[A-Z]/);
  // Every roadmap step is printed, the folded ones too; the last page closes the report.
  const all = pages.join(' ');
  assert.match(all, /Later/);
  for (const id of ['R7.0', 'R9.0', 'R10.0']) {
    assert.match(all, new RegExp(`${id.replace('.', '\\.')}:`), `finding ${id} printed`);
  }
  assert.match(pages[pages.length - 1], /Where the checks come from|independent implementation/);
});
