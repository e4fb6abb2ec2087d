// The questionnaire page (cityframework questionnaire) in Debian's Chromium, driven as a person
// would: Riverton filled in by clicking and typing, saved, validated and assessed by the library
// (the built jar), and compared with examples/cities/riverton.json; Riverton loaded (JSON and
// YAML), one answer changed, saved and diffed; keyboard-only use; axe-core's accessibility rules;
// hostile text that stays text. Needs framework-cli/target/cityframework.jar (./mvnw package).
// With QUESTIONNAIRE_SCREENSHOTS=DIR, writes the screenshots the README shows into DIR.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const jar = join(root, 'framework-cli', 'target', 'cityframework.jar');
const riverton = join(root, 'examples', 'cities', 'riverton.json');
const rivertonYaml = join(root, 'examples', 'cities', 'riverton.yaml');
const hostileProfile = join(here, '..', 'fixtures', 'hostile-profile.json');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const shots = process.env.QUESTIONNAIRE_SCREENSHOTS;

const folder = mkdtempSync(join(tmpdir(), 'questionnaire-check-'));
const pageFile = join(folder, 'questionnaire.html');
const frenchFile = join(folder, 'questionnaire-fr.html');
let browser;

function cli(...args) {
  const result = spawnSync('java', ['-jar', jar, ...args], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

before(async () => {
  const written = cli('questionnaire', '--output', pageFile);
  assert.equal(written.code, 0, written.err);
  const french = cli('questionnaire', '--lang', 'fr', '--output', frenchFile);
  assert.equal(french.code, 0, french.err);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/**
 * A fresh page of the questionnaire (empty storage), failing the test on any console message,
 * page error, dialog or request other than the page itself and the downloads it makes.
 */
async function open(t, options = {}) {
  const { file: _file, ...contextOptions } = options;
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    deviceScaleFactor: 1,
    locale: 'en-GB',
    timezoneId: 'UTC',
    colorScheme: 'light',
    reducedMotion: 'reduce',
    acceptDownloads: true,
    ...contextOptions,
  });
  const trouble = [];
  await context.route(
    (url) => url.protocol !== 'file:' && url.protocol !== 'blob:',
    (route) => {
      trouble.push(`request: ${route.request().url()}`);
      return route.abort('blockedbyclient');
    },
  );
  const page = await context.newPage();
  page.on('console', (m) => trouble.push(`console ${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => trouble.push(`page error: ${e.message}`));
  page.on('dialog', (d) => {
    trouble.push(`dialog ${d.type()}: ${d.message()}`);
    return d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('blob:')) {
      trouble.push(`request: ${r.url()}`);
    }
  });
  await page.goto(pathToFileURL(options.file || pageFile).href);
  t.after(async () => {
    await context.close();
  });
  const data = await page.evaluate(() =>
    JSON.parse(document.getElementById('questionnaire-data').textContent));
  return { page, data, trouble, context };
}

const idOf = (pointer) => 'f' + pointer.replace(/[^A-Za-z0-9]/g, '-');
const general = (pointer) => pointer.replace(/\/[0-9]+(?=\/|$)/g, '/*');

/** The facts of a profile, as [pointer, value], lists as [pointer, items]. */
function facts(node, prefix = '', out = []) {
  for (const [key, value] of Object.entries(node)) {
    const pointer = `${prefix}/${key}`;
    if (pointer === '/schemaVersion') continue;
    if (Array.isArray(value)) {
      out.push([pointer, value]);
    } else if (value !== null && typeof value === 'object') {
      facts(value, pointer, out);
    } else {
      out.push([pointer, value]);
    }
  }
  return out;
}

/** Answers one fact by clicking its choice or typing its text. */
async function answer(page, data, pointer, value) {
  const q = data.questions.find((x) => x.pointer === general(pointer));
  assert.ok(q, `a question for ${pointer}`);
  const id = idOf(pointer);
  if (q.kind === 'boolean') {
    await page.click(`label[for="${id}-${value ? 1 : 2}"]`);
  } else if (q.kind === 'enum') {
    await page.click(`label[for="${id}-${q.options.indexOf(value) + 1}"]`);
  } else {
    const field = page.locator(`#${id}`);
    await field.click();
    await field.pressSequentially(String(value), { delay: 0 });
  }
}

/**
 * Fills a profile in: the facts in the reverse of the page's order, so that a follow-up is
 * answered before the answer that would leave it out; a list's items through its Add button.
 */
async function fillIn(page, data, profile, limit = Infinity) {
  const order = new Map(data.questions.map((q, i) => [q.pointer, i]));
  const all = facts(profile).sort((a, b) => order.get(general(b[0])) - order.get(general(a[0])));
  let done = 0;
  for (const [pointer, value] of all) {
    if (done++ >= limit) break;
    if (Array.isArray(value)) {
      const q = data.questions.find((x) => x.pointer === pointer);
      for (let i = 0; i < value.length; i++) {
        await page.click(`#add-${idOf(pointer)}`);
        const item = Object.entries(value[i]).sort(
          (a, b) => order.get(`${q.pointer}/*/${a[0]}`) - order.get(`${q.pointer}/*/${b[0]}`));
        for (const [key, v] of item) {
          await answer(page, data, `${pointer}/${i}/${key}`, v);
        }
      }
    } else {
      await answer(page, data, pointer, value);
    }
  }
}

async function save(page, name) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save')]);
  const file = join(folder, name);
  await download.saveAs(file);
  return { file, suggested: download.suggestedFilename() };
}

async function loadFile(page, file, loaded = '^Loaded ') {
  await page.setInputFiles('#load-file', file);
  await page.waitForFunction(
    (pattern) => new RegExp(pattern).test(document.getElementById('status').textContent), loaded);
}

test('Riverton filled in by clicking and typing saves as Riverton, byte for byte', async (t) => {
  const { page, data, trouble } = await open(t);
  const profile = JSON.parse(readFileSync(riverton, 'utf8'));

  if (shots) {
    await page.screenshot({ path: join(shots, 'questionnaire-empty.png') });
  }
  await fillIn(page, data, profile);
  const { file, suggested } = await save(page, 'filled.json');

  assert.equal(suggested, 'riverton.json');
  assert.equal(readFileSync(file, 'utf8'), readFileSync(riverton, 'utf8'));
  const validated = cli('validate', file);
  assert.equal(validated.code, 0, validated.out + validated.err);
  const saved = cli('assess', file, '--format', 'json');
  const expected = cli('assess', riverton, '--format', 'json');
  assert.equal(saved.code, expected.code);
  assert.equal(saved.out, expected.out);
  assert.match(await page.locator('#answered').textContent(), /^[1-9][0-9]* of [0-9]+ questions answered$/);
  assert.deepEqual(trouble, []);
});

test('a half-filled questionnaire keeps its answers in the browser between visits', async (t) => {
  const { page, data, trouble } = await open(t);
  const profile = JSON.parse(readFileSync(riverton, 'utf8'));
  const half = { name: profile.name, country: profile.country, assessedOn: profile.assessedOn,
    leadership: profile.leadership, culture: profile.culture, strategy: { status: profile.strategy.status } };
  await fillIn(page, data, half);
  const answered = await page.locator('#answered').textContent();
  if (shots) {
    await page.locator('#h-leadership').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'questionnaire-half-filled.png') });
  }

  await page.reload();

  assert.equal(await page.locator('#answered').textContent(), answered);
  assert.equal(await page.locator(`#${idOf('/name')}`).inputValue(), 'Riverton');
  assert.ok(await page.locator(`#${idOf('/leadership/mayorPrioritisesInnovation')}-1`).isChecked());
  assert.deepEqual(trouble, []);
});

test('Riverton loaded, one answer changed and saved differs from Riverton in that line only', async (t) => {
  const { page, trouble } = await open(t);
  await loadFile(page, riverton);
  const { file: same } = await save(page, 'unchanged.json');
  assert.equal(readFileSync(same, 'utf8'), readFileSync(riverton, 'utf8'));

  await page.click(`label[for="${idOf('/culture/staffRiskTakingIncentives')}-1"]`);
  const { file } = await save(page, 'changed.json');

  const diff = spawnSync('diff', [riverton, file], { encoding: 'utf8' });
  assert.equal(diff.status, 1);
  assert.deepEqual(diff.stdout.trimEnd().split('\n'), [
    '11c11',
    '<     "staffRiskTakingIncentives": false',
    '---',
    '>     "staffRiskTakingIncentives": true',
  ]);
  assert.equal(cli('validate', file).code, 0);
  assert.deepEqual(trouble, []);
});

test('every example profile loaded and saved unchanged is the same bytes', async (t) => {
  const { page, trouble } = await open(t);
  const examples = [];
  for (const dir of ['cities', 'archetypes']) {
    for (const name of readdirSync(join(root, 'examples', dir)).sort()) {
      if (name.endsWith('.json')) examples.push(join(root, 'examples', dir, name));
    }
  }
  assert.ok(examples.length >= 20);
  for (const example of examples) {
    await page.setInputFiles('#load-file', example);
    await page.waitForFunction(
      (name) => document.getElementById('status').textContent.startsWith(`Loaded ${name}:`),
      basename(example));
    assert.equal(await page.locator('#problems li').count(), 0, example);
    const { file } = await save(page, `again-${basename(example)}`);
    assert.equal(readFileSync(file, 'utf8'), readFileSync(example, 'utf8'), example);
  }
  assert.deepEqual(trouble, []);
});

test('Riverton loaded from YAML saves as Riverton in JSON', async (t) => {
  const { page, trouble } = await open(t);
  await loadFile(page, rivertonYaml);
  const { file } = await save(page, 'from-yaml.json');
  assert.equal(readFileSync(file, 'utf8'), readFileSync(riverton, 'utf8'));
  assert.deepEqual(trouble, []);
});

test('answers are checked as they are typed, with the message beside the field', async (t) => {
  const { page, data, trouble } = await open(t);
  await fillIn(page, data, { name: 'Testville', country: 'FR', assessedOn: '2026-03-31' });
  const percent = idOf('/culture/staffInterestedInCoCreationPercent');
  await page.locator(`#${percent}`).pressSequentially('150');
  assert.equal(await page.locator(`#e-${percent}`).textContent(), 'Enter 100 or less.');
  assert.equal(await page.locator(`#${percent}`).getAttribute('aria-invalid'), 'true');
  assert.match(await page.locator(`#${percent}`).getAttribute('aria-describedby'), new RegExp(`e-${percent}`));
  if (shots) {
    await page.locator(`#q-${percent}`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'questionnaire-validation.png') });
  }
  const adopted = idOf('/strategy/adoptedOn');
  await page.locator(`#${adopted}`).pressSequentially('2026-04-01');
  assert.equal(await page.locator(`#e-${adopted}`).textContent(),
    'This date is after the date the answers describe (2026-03-31).');
  await page.locator(`#${adopted}`).fill('2026-02-31');
  assert.match(await page.locator(`#e-${adopted}`).textContent(), /real date/);

  await page.click('#save');
  assert.match(await page.locator('#status').textContent(), /^Not saved: 2 answers need attention first\.$/);
  await page.locator(`#${percent}`).fill('75');
  await page.locator(`#${adopted}`).fill('');
  assert.equal(await page.locator(`#e-${percent}`).textContent(), '');
  const { file } = await save(page, 'testville.json');
  assert.equal(cli('validate', file).code, 0);
  assert.deepEqual(trouble, []);
});

test('follow-up questions appear only where they apply, as the model implies', async (t) => {
  const { page, trouble } = await open(t);
  const reportsTo = page.locator(`#q-${idOf('/staff/reportsTo')}`);
  assert.ok(await reportsTo.isVisible());
  await page.click(`label[for="${idOf('/staff/dedicatedTeam')}-2"]`); // no team
  assert.ok(await reportsTo.isHidden());
  assert.ok(await page.locator(`#q-${idOf('/staff/embeddingPractices/STAFF_SWAPS')}`).isHidden());
  await page.click(`label[for="${idOf('/strategy/status')}-1"]`); // no strategy: NONE
  assert.ok(await page.locator(`#q-${idOf('/strategy/goals')}`).isHidden()); // through statesGoals
  await page.click(`label[for="${idOf('/staff/dedicatedTeam')}-1"]`); // a team after all
  assert.ok(await reportsTo.isVisible());
  // An answer given before that the new answer contradicts stays, with the model's reason.
  await page.click(`label[for="${idOf('/staff/reportsTo')}-1"]`); // the mayor
  await page.click(`label[for="${idOf('/staff/dedicatedTeam')}-2"]`); // no team
  assert.ok(await reportsTo.isVisible());
  assert.match(await page.locator(`#e-${idOf('/staff/reportsTo')}`).textContent(),
    /^This contradicts your answer to ".*dedicated.*" \(No\): a city with no dedicated innovation team has no team to size, date, report, embed or resource\.$/);
  assert.deepEqual(trouble, []);
});

test('"what should I answer next?" offers the facts to collect first', async (t) => {
  const { page, data, trouble } = await open(t);
  await page.click('#next');
  const offered = await page.locator('#next-list li').allTextContents();
  const first = data.questions.find((q) => q.pointer === data.collectFirst[0]);
  assert.equal(offered.length, 5);
  assert.equal(offered[0], first.text);
  await page.locator('#next-list li button').first().click();
  assert.equal(await page.evaluate(() => document.activeElement.name), idOf(data.collectFirst[0]));
  assert.deepEqual(trouble, []);
});

test('the questionnaire can be used with the keyboard alone', async (t) => {
  const { page, trouble } = await open(t);
  const focused = () => page.evaluate(() => document.activeElement.id);
  async function tabTo(id, key = 'Tab') {
    for (let i = 0; i < 300; i++) {
      await page.keyboard.press(key);
      if ((await focused()) === id) return;
    }
    assert.fail(`${key} never reached #${id}`);
  }
  await tabTo(idOf('/name'));
  await page.keyboard.type('Keyborough');
  await page.keyboard.press('Tab');
  await page.keyboard.type('GB');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2026-03-31');
  await tabTo(`${idOf('/leadership/mayorPrioritisesInnovation')}-0`);
  await page.keyboard.press('ArrowRight'); // Yes
  assert.ok(await page.locator(`#${idOf('/leadership/mayorPrioritisesInnovation')}-1`).isChecked());
  // "What should I answer next?" and its first offer, then Save, from the keyboard.
  await tabTo('next', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.match(await page.evaluate(() => document.activeElement.name || document.activeElement.id), /^f-/);
  await tabTo('save', 'Shift+Tab');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const file = join(folder, 'keyboard.json');
  await download.saveAs(file);
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  assert.equal(saved.name, 'Keyborough');
  assert.equal(saved.leadership.mayorPrioritisesInnovation, true);
  assert.equal(cli('validate', file).code, 0);
  assert.deepEqual(trouble, []);
});

test('axe-core finds no serious or critical accessibility violation', async (t) => {
  // axe is injected, so this page alone runs with the policy bypassed.
  const { page, data } = await open(t, { bypassCSP: true });
  await fillIn(page, data, { name: 'Testville', country: 'FR', assessedOn: '2026-03-31' });
  await page.click(`#add-${idOf('/strategy/goals')}`);
  await page.locator(`#${idOf('/culture/staffInterestedInCoCreationPercent')}`).pressSequentially('150');
  await page.click('#next');
  await page.evaluate((source) => {
    const script = document.createElement('script');
    script.textContent = source;
    document.head.appendChild(script);
  }, axeSource);
  const results = await page.evaluate(() => window.axe.run(document));
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} nodes: ${v.help}`), []);
  assert.ok(results.passes.length > 10);
});

test('typed and loaded text stays text', async (t) => {
  const { page, trouble } = await open(t);
  const hostile = '<img src=x onerror=alert(1)>';
  await page.locator(`#${idOf('/name')}`).pressSequentially(hostile);
  await page.locator(`#${idOf('/country')}`).pressSequentially('GB');
  await page.locator(`#${idOf('/assessedOn')}`).pressSequentially('2026-03-31');
  await page.click(`#add-${idOf('/strategy/goals')}`);
  await page.locator(`#${idOf('/strategy/goals/0/description')}`).pressSequentially(`<script>alert(2)</script>${hostile}`);
  const { file } = await save(page, 'hostile.json');
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).name, hostile);
  assert.equal(cli('validate', file).code, 0);

  await loadFile(page, hostileProfile);
  await page.reload();
  assert.equal(await page.locator('main img, main script, main iframe, main svg').count(), 0);
  assert.equal(await page.locator('img').count(), 0);
  assert.deepEqual(trouble, []);
});

test('a file that is not a profile is reported, and the answers stay', async (t) => {
  const { page, trouble } = await open(t);
  const odd = join(folder, 'odd.json');
  writeFileSync(odd, JSON.stringify({ name: 'Oddtown', colour: 'blue', population: 'many', culture: { innovationReach: 'EVERYWHERE' } }));
  await page.setInputFiles('#load-file', odd);
  await page.waitForFunction(() => /^Loaded /.test(document.getElementById('status').textContent));
  const problems = await page.locator('#problems li').allTextContents();
  assert.deepEqual(problems, [
    '/colour: not a fact of the profile, left out',
    '/population: "many", left out',
    '/culture/innovationReach: "EVERYWHERE", left out',
  ]);
  assert.equal(await page.locator(`#${idOf('/name')}`).inputValue(), 'Oddtown');
  const broken = join(folder, 'broken.json');
  writeFileSync(broken, '{"name": ');
  await page.setInputFiles('#load-file', broken);
  await page.waitForFunction(() => /could not be read/.test(document.getElementById('status').textContent));
  assert.equal(await page.locator(`#${idOf('/name')}`).inputValue(), 'Oddtown');
  assert.deepEqual(trouble, []);
});

test('the French page loads and saves Riverton unchanged, and speaks French', async (t) => {
  const { page, trouble } = await open(t, { file: frenchFile, bypassCSP: true });
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assert.equal(await page.locator('h1').textContent(), 'Questionnaire du profil de la ville');
  await loadFile(page, riverton, '^riverton\\.json chargé');
  const { file } = await save(page, 'riverton-fr.json');
  assert.equal(readFileSync(file, 'utf8'), readFileSync(riverton, 'utf8'));
  await page.click(`label[for="${idOf('/staff/reportsTo')}-1"]`);
  await page.click(`label[for="${idOf('/staff/dedicatedTeam')}-2"]`);
  assert.match(await page.locator(`#e-${idOf('/staff/reportsTo')}`).textContent(),
    /^Cela contredit votre réponse à «\s.*\s» \(Non\)\.$/);
  await page.evaluate((source) => {
    const script = document.createElement('script');
    script.textContent = source;
    document.head.appendChild(script);
  }, axeSource);
  const results = await page.evaluate(() => window.axe.run(document));
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id} (${v.impact}): ${v.help}`), []);
  assert.deepEqual(trouble, []);
});
