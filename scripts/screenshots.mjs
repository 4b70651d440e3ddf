// Screenshots of the built page (dist/web/, `npm run build:web`) for the README and
// docs/web/: English and Polish, a passing and a failing entry. Uses Debian's Chromium
// (or CHROMIUM_PATH) through playwright-core: no browser is downloaded.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`screenshots: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
  process.exit(2);
}
if (!existsSync('dist/web/index.html')) {
  console.error('screenshots: dist/web/index.html is missing: run npm run build && npm run build:web');
  process.exit(2);
}
const SHOTS = [
  ['en-passing', 'en-US', 'examples/e01-crisis-response.md'],
  ['en-failing', 'en-US', 'examples/common-mistakes.md'],
  ['pl-passing', 'pl-PL', 'examples/pl/e04-dzial-obslugi-klienta.md'],
  ['pl-failing', 'pl-PL', 'examples/common-mistakes.md'],
];
mkdirSync('docs/web', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM });
try {
  for (const [name, locale, file] of SHOTS) {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(pathToFileURL('dist/web/index.html').href);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(readFileSync(file, 'utf8'));
    await page.keyboard.press('Control+Home');
    await page.locator('#language').focus(); // no caret blinking in the picture
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: `docs/web/${name}.png` });
    await context.close();
    console.log(`docs/web/${name}.png: ${file}, ${locale}`);
  }
} finally {
  await browser.close();
}
