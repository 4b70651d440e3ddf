/**
 * The browser page (dist/web/, built by `npm run build:web`, which `npm test` runs
 * first) in a real Chromium: Debian's (`apt-get install chromium`, which .ci/run does),
 * driven by playwright-core with the system executable, so nothing is downloaded.
 * Where Chromium is missing the tests are skipped with the reason, except under
 * CI=true, where a missing browser fails them: CI must run them.
 *
 * Every expectation is the CLI's or the library's own answer for the same text:
 * lintText in this process, the spawned bin's JSON report and its `export --section`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Chalk } from 'chalk';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportSections } from '../../src/commands/export.js';
import { nominationTemplate } from '../../src/commands/init.js';
import { adviceLines, tally } from '../../src/formatters/stylish.js';
import type { Locale } from '../../src/i18n/locale.js';
import { lintText, loadRuleset } from '../../src/index.js';
import type { FileResult } from '../../src/types.js';
import { PAGE } from '../../web/strings.js';
import { isCi, ROOT, spawned } from '../helpers/cli.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const ci = isCi(process.env);
const reason = `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;
if (!available && !ci) console.warn(`test/web/page.test.ts skipped: ${reason}`);

const PAGE_FILE = join(ROOT, 'dist/web/index.html');
const PAGE_URL = pathToFileURL(PAGE_FILE).href;
const ruleset = loadRuleset();
const plain = new Chalk({ level: 0 });
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

/** Every Markdown file under a folder of the repository. */
function markdownFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.md') && name !== 'README.md' && statSync(join(ROOT, folder, name)).isFile())
    .map((name) => join(folder, name))
    .sort();
}

describe('the page\'s own words', () => {
  it('has every English word in Polish too, and no empty one', () => {
    expect(Object.keys(PAGE.pl).sort()).toEqual(Object.keys(PAGE.en).sort());
    for (const locale of ['en', 'pl'] as const) for (const [id, text] of Object.entries(PAGE[locale])) expect(text, `${locale}.${id}`).not.toBe('');
  });
});

describe.skipIf(!available && !ci)(`the page in Chromium (${available ? CHROMIUM : reason})`, () => {
  let browser: Browser;
  /** Every address any page asked for, in every test: only the page's own files and data: may appear. */
  const requests: string[] = [];
  const pageErrors = new WeakMap<Page, string[]>();

  beforeAll(async () => {
    expect(available, reason).toBe(true);
    expect(existsSync(PAGE_FILE), 'dist/web/index.html is missing: run npm run build && npm run build:web').toBe(true);
    browser = await chromium.launch({ executablePath: CHROMIUM });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** A fresh browser profile (empty storage) in a language, with the page open; the clipboard records what is written to it. */
  async function open(language = 'en-US'): Promise<Page> {
    const context = await browser.newContext({ locale: language });
    context.on('request', (request) => requests.push(request.url()));
    await context.addInitScript({ content: 'window.__copied = []; navigator.clipboard.writeText = async (text) => { window.__copied.push(text); };' });
    const page = await context.newPage();
    const errors: string[] = [];
    pageErrors.set(page, errors);
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(PAGE_URL);
    await page.locator('#tally').filter({ hasText: /\S/ }).waitFor();
    return page;
  }

  /** The page had no script error all along; closed with its profile. */
  async function done(page: Page): Promise<void> {
    expect(pageErrors.get(page)).toEqual([]);
    await page.context().close();
  }

  /** The whole draft replaced, as a paste does. */
  async function paste(page: Page, text: string): Promise<void> {
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(text);
  }

  /** What the page shows: each section's used count (— when absent), the problems, the notes, the tally. */
  async function shown(page: Page) {
    return {
      used: await page.locator('#sections tbody tr td:nth-child(2)').allTextContents(),
      problems: {
        positions: await page.locator('#problem-list .problem .position').allTextContents(),
        messages: await page.locator('#problem-list .problem .message').allTextContents(),
        rules: await page.locator('#problem-list .problem .rule').allTextContents(),
      },
      notes: await page.locator('#note-list li').allTextContents(),
      tally: await page.locator('#tally').textContent(),
    };
  }

  /** The same, as the library gives it for the text. */
  function expected(result: FileResult, locale: Locale) {
    const notes = adviceLines(result, ruleset, plain, locale).map((line) => line.trim());
    return {
      used: Object.keys(ruleset.sections).map((id) => String(result.sections[id]?.characters ?? '—')),
      problems: {
        positions: result.messages.map((m) => `${m.line}:${m.column}`),
        messages: result.messages.map((m) => m.message),
        rules: result.messages.map((m) => m.ruleId),
      },
      notes: notes.length > 0 ? notes : [PAGE[locale].noNotes],
      tally: tally([result], plain, locale),
    };
  }

  const showsLintOf = async (page: Page, text: string, locale: Locale = 'en') =>
    expect.poll(() => shown(page)).toEqual(expected(lintText(text, { ruleset, locale }), locale));

  it('checks a pasted and then typed nomination as lintText does, underlines the problems, and a problem\'s click moves the cursor to it', async () => {
    const page = await open();
    const text = read('examples/common-mistakes.md');
    await paste(page, text);
    await showsLintOf(page, text);
    // Typing at the end changes the counts, keystroke by keystroke.
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nMore words.');
    await showsLintOf(page, `${text}\nMore words.`);
    const result = lintText(text, { ruleset });
    expect(result.errorCount).toBeGreaterThan(0);
    expect(await page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
    expect(await page.locator('.cm-content').getAttribute('aria-label')).toBe('Nomination');
    // The last problem, by keyboard: focus its button and press Enter.
    const last = result.messages.at(-1)!;
    await page.locator('#problem-list .problem').last().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.cm-activeLineGutter').first().textContent()).toBe(String(last.line));
    expect(await page.evaluate('document.activeElement.classList.contains("cm-content")')).toBe(true);
    await done(page);
  });

  it('opens a .md file and copies each section exactly as `export --section` prints it, its button showing the count', async () => {
    const page = await open();
    const file = 'examples/e01-crisis-response.md';
    await page.locator('#open').setInputFiles(join(ROOT, file));
    await showsLintOf(page, read(file));
    const sections = exportSections(read(file), ruleset);
    expect(sections.length).toBe(Object.keys(ruleset.sections).length);
    for (const [index, section] of sections.entries()) {
      const cli = spawned({ name: '', args: ['export', '--no-config', '--section', section.section, file], exitCode: 0 });
      expect(cli.exitCode).toBe(0);
      const button = page.locator(`#sections tr[data-section="${section.section}"] button.copy`);
      expect(await button.textContent()).toBe(`Copy (${section.count})`);
      expect(cli.stderr).toContain(`: ${section.count} / ${section.limit} `);
      await button.click();
      await expect.poll(() => page.evaluate('window.__copied.length')).toBe(index + 1);
      expect(await page.evaluate('window.__copied.at(-1)')).toBe(cli.stdout);
    }
    await done(page);
  });

  it('opens a .md file dropped on the editor, rather than pasting it in where it fell', async () => {
    const page = await open();
    await paste(page, 'something else');
    const text = read('test/fixtures/e07-team-summary-mistakes.md');
    await page.evaluate(`(() => {
      const files = new DataTransfer();
      files.items.add(new File([${JSON.stringify(text)}], 'dropped.md', { type: 'text/markdown' }));
      document.querySelector('.cm-content').dispatchEvent(new DragEvent('drop', { dataTransfer: files, bubbles: true, cancelable: true }));
    })()`);
    await expect.poll(() => page.locator('#status').textContent()).toBe('Opened dropped.md');
    await showsLintOf(page, text);
    expect(await page.evaluate('localStorage.getItem("iba-lint.draft")')).toBe(text);
    await done(page);
  });

  it('shows markup from the nomination as text, never as HTML', async () => {
    const page = await open();
    const text = `${read('examples/e01-crisis-response.md')}\n## <img src=x onerror="window.__ran = 1"> Results\n\nText.\n`;
    const messages = lintText(text, { ruleset }).messages.map((m) => m.message);
    expect(messages.some((m) => m.includes('<img src=x'))).toBe(true);
    await paste(page, text);
    await showsLintOf(page, text);
    expect(await page.locator('#report img').count()).toBe(0);
    expect(await page.evaluate('window.__ran')).toBeUndefined();
    await done(page);
  });

  it('says once that attachments cannot be checked, and reports none missing (lint without attachmentKind skips them)', async () => {
    const page = await open();
    const text = read('examples/e01-crisis-response.md').replace('evidence/consultant-onboarding-plan.txt', 'evidence/no-such-file.pdf');
    expect(text).toContain('no-such-file.pdf');
    // The CLI, which looks at the disk, finds the file missing; the page's lint does not look.
    expect(lintText(text, { ruleset, filePath: join(ROOT, 'examples/x.md'), attachmentKind: () => 'missing' }).messages.map((m) => m.ruleId)).toContain('attachment-missing');
    await paste(page, text);
    await showsLintOf(page, text);
    expect(await page.locator('#problem-list .rule').allTextContents()).not.toContain('attachment-missing');
    expect(await page.getByText('Attachments cannot be checked in a browser', { exact: false }).count()).toBe(1);
    await done(page);
  });

  it('speaks Polish for a Polish browser, switches language on the page, and remembers the choice over a reload', async () => {
    const text = read('examples/common-mistakes.md');
    const polish = await open('pl-PL');
    expect(await polish.getAttribute('html', 'lang')).toBe('pl');
    await paste(polish, text);
    await showsLintOf(polish, text, 'pl');
    expect(await polish.locator('.cm-content').getAttribute('aria-label')).toBe('Zgłoszenie');
    await done(polish);

    const page = await open('en-US');
    await paste(page, text);
    await showsLintOf(page, text, 'en');
    await page.locator('#language').selectOption('pl');
    await showsLintOf(page, text, 'pl');
    expect(await page.locator('#sections thead th').first().textContent()).toBe('Sekcja');
    await page.reload();
    await showsLintOf(page, text, 'pl');
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
    await page.locator('#language').selectOption('en');
    await showsLintOf(page, text, 'en');
    await done(page);
  });

  it('fits a phone screen with no sideways scrolling, and nothing moves while the writer types', async () => {
    const page = await open();
    await page.setViewportSize({ width: 390, height: 844 });
    // Evaluated as text: this file is typed without the DOM's types.
    expect(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });
    await paste(page, read('examples/e01-crisis-response.md'));
    const boxes = () =>
      page.evaluate(`['#editor', '#report', '#sections', '#problem-list'].map((s) => { const r = document.querySelector(s).getBoundingClientRect(); return [s, Math.round(r.left), Math.round(r.top), Math.round(r.width)]; })`);
    const before = await boxes();
    await page.keyboard.type(' More text.');
    expect(await boxes()).toEqual(before);
    await done(page);
  });

  it('keeps the draft over a reload: stored on every change, shown and checked again', async () => {
    const page = await open();
    const text = read('test/fixtures/e05-executive-over-limit.md');
    await paste(page, text);
    await page.keyboard.type('!');
    expect(await page.evaluate('localStorage.getItem("iba-lint.draft")')).toBe(`${text}!`);
    await page.reload();
    await showsLintOf(page, `${text}!`);
    await done(page);
  });

  it('starts a new entry from init\'s template for the chosen category, and downloads the draft as .md', async () => {
    const page = await open();
    page.on('dialog', (dialog) => void dialog.accept());
    const category = ruleset.categories.find((c) => c.code === 'E05')!;
    await page.locator('#category').selectOption('E05');
    await page.locator('#format').selectOption('video');
    await page.locator('#new-entry').click();
    const template = nominationTemplate(ruleset, { category, format: 'video', locale: 'en' });
    await expect.poll(() => page.evaluate('localStorage.getItem("iba-lint.draft")')).toBe(template);
    await showsLintOf(page, template);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
    expect(download.suggestedFilename()).toBe('nomination.md');
    expect(readFileSync((await download.path())!, 'utf8')).toBe(template);
    await done(page);
  });

  it('has no serious or critical accessibility violations (axe-core), in English and Polish, passing and failing', async () => {
    const axe = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    for (const [language, file] of [['en-US', 'examples/common-mistakes.md'], ['pl-PL', 'examples/e01-crisis-response.md']] as const) {
      const page = await open(language);
      await paste(page, read(file));
      await page.evaluate(axe);
      const violations = (await page.evaluate('axe.run(document).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => String(n.target)) })))')) as Array<{ id: string; impact: string }>;
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'), `${language} ${file}`).toEqual([]);
      await done(page);
    }
  });

  it('equals the CLI on every file in examples/ and test/fixtures/: counts, problems (rule, line, column), message text', async () => {
    const page = await open();
    const files = [...markdownFiles('examples'), ...markdownFiles('test/fixtures')];
    expect(files.length).toBeGreaterThan(15);
    for (const file of files) {
      await page.locator('#open').setInputFiles(join(ROOT, file));
      await expect.poll(() => page.locator('#status').textContent()).toBe(`Opened ${basename(file)}`);
      const text = read(file);
      await showsLintOf(page, text);
      // The bin with the bundled ruleset (--no-config: the page has no config file), which reads the disk:
      // its report is the page's but for the attachments only it can look for.
      const run = spawned({ name: '', args: ['--no-config', '--format', 'json', file], exitCode: 0 });
      const [cli] = JSON.parse(run.stdout) as FileResult[];
      expect(cli, `${file}: ${run.stderr}`).toBeDefined();
      const onDisk = (m: { ruleId: string | null }) => m.ruleId === 'attachment-missing';
      const page_ = await shown(page);
      expect(page_.used, relative(ROOT, file)).toEqual(Object.keys(ruleset.sections).map((id) => String(cli!.sections[id]?.characters ?? '—')));
      expect(page_.problems.rules.map((rule, i) => `${page_.problems.positions[i]} ${rule}`), file).toEqual(
        cli!.messages.filter((m) => !onDisk(m)).map((m) => `${m.line}:${m.column} ${m.ruleId}`),
      );
    }
    await done(page);
  }, 120_000);

  it('made no request but for its own files and data: addresses, in any test above', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith('file://') && !url.startsWith('data:'))).toEqual([]);
    expect(new Set(requests.filter((url) => url.startsWith('file://')).map((url) => basename(new URL(url).pathname)))).toEqual(new Set(['index.html', 'page.css', 'page.js']));
  });
});
