// Runs check.mjs on copies of the fixture pages: the clean page passes and gets its screenshot;
// every page with a console message, page error, dialog or request fails with its reason.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const check = join(here, '..', 'check.mjs');
const folders = [];

function copyOf(fixtures) {
  const folder = mkdtempSync(join(tmpdir(), 'browser-check-test-'));
  folders.push(folder);
  cpSync(join(here, fixtures), folder, { recursive: true });
  return folder;
}

function run(folder) {
  const result = spawnSync(process.execPath, [check, folder], { encoding: 'utf8' });
  return { code: result.status, lines: result.stdout.trimEnd().split('\n'), stderr: result.stderr };
}

after(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

test('a self-contained page passes and gets a full-page screenshot beside it', () => {
  const folder = copyOf('pass');
  const { code, lines } = run(folder);
  assert.deepEqual(lines, ['ok   report.html', '1 passed, 0 failed']);
  assert.equal(code, 0);
  const png = readFileSync(join(folder, 'report.png'));
  assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
});

test('every page that misbehaves fails with its reason', () => {
  const { code, lines } = run(copyOf('fail'));
  const reasons = {
    'alert.html': 'dialog alert: hello',
    'console-error.html': 'console error: something broke',
    'console-warning.html': 'console warning: careful',
    'local-stylesheet.html': 'request: GET file://',
    'page-error.html': 'page error: undefinedFunction is not defined',
    'remote-image.html': 'request: GET https://example.invalid/logo.png',
  };
  for (const [page, reason] of Object.entries(reasons)) {
    const at = lines.indexOf(`FAIL ${page}`);
    assert.ok(at >= 0, `${page} fails`);
    assert.ok(lines[at + 1].trim().startsWith(reason), `${page}: ${lines[at + 1]}`);
  }
  assert.equal(lines.at(-1), '0 passed, 6 failed');
  assert.equal(code, 1);
});

test('a folder without pages is an error, not a pass', () => {
  const folder = mkdtempSync(join(tmpdir(), 'browser-check-test-'));
  folders.push(folder);
  const { code, stderr } = run(folder);
  assert.equal(code, 2);
  assert.match(stderr, /no \.html file/);
});
