// The browser page's figures, in Debian's Chromium (CHROMIUM_PATH, else /usr/bin/chromium)
// through playwright-core: the gzipped script, the time from opening dist/web/index.html
// to its first report, and a keystroke on a full entry (a 4,900-character essay, ten
// bullets) to the report redrawn, against lintText alone in Node on the same text, timed in
// the same run. Prints JSON for bench/run.mjs; {"skipped": reason} without a Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const rounds = Number(process.argv[2]) || 50;
const page = pathToFileURL(join(ROOT, 'dist/web/index.html')).href;
if (!existsSync(CHROMIUM)) {
  process.stdout.write(`${JSON.stringify({ skipped: `no Chromium at ${CHROMIUM}` })}\n`);
  process.exit(0);
}
const { chromium } = await import('playwright-core');
const { lintText } = await import(pathToFileURL(join(ROOT, 'dist/index.js')).href);
const gzipKiB = gzipSync(readFileSync(join(ROOT, 'dist/web/page.js'))).length / 1024;

const sentence = 'In February 2024 calls on the Ukrainian-language line rose fourfold, and the team answered them within a minute. ';
const essay = sentence.repeat(Math.ceil(4900 / sentence.length)).slice(0, 4899).trimEnd() + '.';
const bullets = Array.from({ length: 10 }, (_, i) => `- Point ${i + 1}: answered every call of the surge within sixty seconds`).join('\n');
const text = `---\ncategory: E01\nnominee: Contact Center, Example Bank\nlinks:\n  - https://bank.example/report\n---\n\n## Achievements\n\n${essay}\n\n## Summary\n\n${bullets}\n`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const browser = await chromium.launch({ executablePath: CHROMIUM });
try {
  // Opening: from the navigation's start to the first report on the page, as the page measures it.
  const loads = [];
  for (let i = 0; i < 5; i++) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(page);
    await tab.waitForFunction(() => document.querySelector('#tally')?.textContent !== '');
    loads.push(await tab.evaluate(() => performance.now()));
    await context.close();
  }

  // A keystroke: the draft is the full entry; each round types one character at the end of
  // the essay and waits for the report to change, all inside the page.
  const context = await browser.newContext();
  await context.addInitScript((draft) => localStorage.setItem('iba-lint.draft', draft), text);
  const tab = await context.newPage();
  await tab.goto(page);
  await tab.waitForFunction(() => document.querySelector('#tally')?.textContent !== '');
  const keystrokes = await tab.evaluate(async (n) => {
    const content = document.querySelector('.cm-content');
    const report = document.querySelector('#report');
    content.focus();
    const times = [];
    for (let i = 0; i < n; i++) {
      const line = [...content.querySelectorAll('.cm-line')].find((l) => l.textContent.includes('In February'));
      if (!line) throw new Error(`no essay line among: ${[...content.querySelectorAll('.cm-line')].slice(0, 12).map((l) => l.textContent.slice(0, 30)).join(' | ')}`);
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const first = walker.nextNode();
      const range = document.createRange();
      range.setStart(first, Math.min(2, first.length));
      range.collapse(true);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      await new Promise((r) => setTimeout(r, 20)); // a pause between keys, as typing has
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          resolve(performance.now());
        });
        observer.observe(report, { subtree: true, childList: true, characterData: true });
      });
      const start = performance.now();
      document.execCommand('insertText', false, i % 2 ? 'y' : 'x');
      times.push((await changed) - start);
    }
    return times;
  }, rounds);
  const edited = text.replace('In Fe', 'In Fex');
  const lints = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    lintText(edited);
    lints.push(performance.now() - t);
  }
  const keystrokeMs = median(keystrokes);
  const lintTextMs = median(lints);
  process.stdout.write(`${JSON.stringify({ gzipKiB, loadMs: median(loads), keystrokeMs, lintTextMs, ratio: keystrokeMs / lintTextMs })}\n`);
} finally {
  await browser.close();
}
