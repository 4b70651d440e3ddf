/**
 * docs/rules.md maps the rules page to the checks: every check of the registry is
 * there, linked to its page, and every number it quotes, in Polish or English, is
 * the ruleset's (a ruleset edit that the page does not follow fails here).
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '../src/checks/ids.js';
import { loadRuleset } from '../src/ruleset/load.js';

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const page = read('docs/rules.md');
const ruleset = loadRuleset();
const { achievements, summary, attachments } = ruleset.sections;

describe('docs/rules.md', () => {
  it.each([...CHECK_IDS])('names %s, linked to its page', (id) => {
    expect(page).toContain(`[\`${id}\`](checks/${id}.md)`);
    expect(existsSync(new URL(`../docs/checks/${id}.md`, import.meta.url))).toBe(true);
  });

  // Each rule as the page words it, with the ruleset's numbers: 4900, 1150, 1500, 10, 5.
  it.each([
    ['a, Polish', `(maksymalnie ${achievements!.limit} znaków) Wymagane`],
    ['a, English', `(at most ${achievements!.limit}\ncharacters). Required.`],
    ['the essay, Polish', `Esej o długości do ${achievements!.limit} znaków`],
    ['b, Polish', `(maksymalnie ${summary!.limit} znaków) w formie listy punktowanej, zawierające maksymalnie dziesięć (${summary!.bullets})`],
    ['b, English', `(at most ${summary!.limit} characters)`],
    ['b\'s bullets, English', `at most ten (${summary!.bullets})`],
    ['c, Polish', `(maksymalnie ${attachments!.limit} znaków). Opcjonalne`],
    ['c, English', `(at most ${attachments!.limit} characters)`],
    ['links, Polish', `maksymalnie ${ruleset.links.max} linków do stron internetowych i maksymalnie ${ruleset.attachments.max} załączonych dokumentów`],
    ['links, English', `at most ${ruleset.links.max} links to websites\nand at most ${ruleset.attachments.max} attached documents`],
    ['the video, Polish', `film o długości do pięciu (${ruleset.video.maxSeconds / 60}) minut`],
    ['the video, English', `a video of up to five (${ruleset.video.maxSeconds / 60}) minutes`],
    ['the eligibility start, Polish', `od początku ${ruleset.eligibility.since.slice(0, 4)} r.`],
    ['the eligibility date, Polish', `od 1 stycznia ${ruleset.eligibility.since.slice(0, 4)} r.`],
    ['the eligibility date, English', `since\n1 January ${ruleset.eligibility.since.slice(0, 4)}`],
    ['prior winners, Polish', `International Business Awards® ${ruleset.previousYear}, mogą zostać ponownie zgłoszone do rozpatrzenia w konkursie ${ruleset.year}`],
  ])('quotes %s with the ruleset\'s number', (_rule, text) => {
    expect(page).toContain(text);
  });

  it('every count it quotes with a unit is one of the ruleset\'s', () => {
    const limits = new Set(Object.values(ruleset.sections).map((s) => s.limit));
    const units: Array<[RegExp, Set<number>]> = [
      [/(\d+)\)?\s+(?:znaków|characters)/g, limits],
      [/(\d+)\)?\s+(?:linków|links|załączonych|attached|attachments|points|punktów)/g, new Set([ruleset.links.max, ruleset.attachments.max, summary!.bullets!])],
      [/(\d+)\)?\s+(?:minut|minutes)/g, new Set([ruleset.video.maxSeconds / 60])],
    ];
    let seen = 0;
    for (const [pattern, allowed] of units) {
      for (const [, n] of page.replaceAll('\n', ' ').matchAll(pattern)) {
        seen++;
        expect(allowed, `${n} is not a limit of the ruleset`).toContain(Number(n));
      }
    }
    expect(seen).toBeGreaterThanOrEqual(10);
  });

  it('says where the page is silent: the unit, bullets, comments, attachment paths, dates as warnings', () => {
    const silent = page.slice(page.indexOf('## Where the page is silent'));
    expect(silent.length).toBeLessThan(page.length);
    for (const choice of ['UTF-16 code units', 'What a bullet is', 'are not counted', 'relative to the nomination file', 'Dates before 2024 are warnings, not errors']) {
      expect(silent).toContain(choice);
    }
  });

  it('is linked from the README and from docs/checks/README.md', () => {
    expect(read('README.md')).toContain('[`docs/rules.md`](docs/rules.md)');
    expect(read('docs/checks/README.md')).toContain('](../rules.md)');
  });
});
