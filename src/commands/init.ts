import { dirname, resolve } from 'node:path';
import { stringify } from 'yaml';
import { loadRuleset } from '../ruleset/load.js';
import { visible } from '../sanitize.js';
import { writeFileAtomically } from '../write-file.js';
import { UsageError, type CliIo } from './io.js';
import { eligibilityDate } from '../checks/helpers.js';
import type { Locale } from '../i18n/locale.js';
import { formatMessage } from '../messages.js';
import { INIT_PLACEHOLDERS } from '../placeholders.js';
import type { Category, Ruleset, SectionRule } from '../types.js';
import { commandLocale } from './command-locale.js';

export interface InitCommandOptions {
  category: string;
  format: 'essay' | 'video';
  nominee?: string;
  force?: boolean;
  ruleset?: string;
  locale?: string;
}

/** `iba-lint init <file>`: writes a new nomination, never over an existing file without --force. */
export function initCommand(file: string, options: InitCommandOptions, io: CliIo): number {
  const ruleset = loadRuleset(options.ruleset, io.cwd);
  const wanted = options.category.trim().toUpperCase();
  const category = ruleset.categories.find((c) => c.code === wanted);
  if (!category) throw new UsageError(`unknown category "${visible(options.category)}": use one of ${ruleset.categories.map((c) => c.code).join(', ')} (see iba-lint categories)`);
  const path = resolve(io.cwd, file);
  // The language as for lint; the config looked for is the one the new file will be linted with.
  const locale = commandLocale(options.locale, dirname(path), io);
  const text = nominationTemplate(ruleset, { category, format: options.format, locale, ...(options.nominee !== undefined && { nominee: options.nominee }) });
  writeFileAtomically(path, text, { overwrite: options.force === true });
  // The file name and the ruleset's words are shown, never obeyed: a name may hold a newline or an escape sequence.
  const shown = visible(file);
  io.stdout(`Wrote ${shown} (${visible(category.code)} ${visible(category.name)}, ${options.format}). Fill in the sections, then run: iba-lint ${shown}\n`);
  return 0;
}

export interface InitOptions {
  category: Category;
  format: 'essay' | 'video';
  nominee?: string;
  /** The language of the headings and comments (English when absent). */
  locale?: Locale;
}

/** A count with its unit in the right plural form, filled by the messages' plural machinery. */
const COUNTED: Record<Locale, Record<string, string>> = {
  en: {
    characters: '{{n}} {{n|character|characters}}',
    words: '{{n}} {{n|word|words}}',
    bullets: '{{n}} {{n|bullet|bullets}}',
    links: '{{n}} web {{n|address|addresses}}',
    files: '{{n}} {{n|file|files}}',
  },
  // "maksymalnie 4900 znaków", "do 10 punktów" (after "do", the genitive), "maksymalnie 10 linków".
  pl: {
    characters: '{{n}} {{n|znak|znaki|znaków|znaku}}',
    words: '{{n}} {{n|słowo|słowa|słów|słowa}}',
    bullets: '{{n}} {{n|punktu|punktów|punktów|punktu}}',
    links: '{{n}} {{n|link|linki|linków|linku}}',
    files: '{{n}} {{n|załączony dokument|załączone dokumenty|załączonych dokumentów|załączonego dokumentu}}',
  },
};

const counted = (locale: Locale, unit: string, n: number): string => formatMessage('init', COUNTED[locale], unit, { n }, locale);

/**
 * The template's own words in each language. The facts (names, limits, dates,
 * descriptions) are the ruleset's; the Polish words follow the rules page
 * ("Wymagane", "Opcjonalne", "maksymalnie", "listy punktowanej").
 */
const WORDS: Record<Locale, {
  nominee: string;
  links(max: number): string;
  attachments(max: number): string;
  otherName(category: Category): string;
  since(date: string): string;
  video(duration: string): string;
  heading(rule: SectionRule): string;
  limit(rule: SectionRule, unit: Ruleset['unit'], needed: boolean): string;
}> = {
  en: {
    nominee: INIT_PLACEHOLDERS.nominee.en,
    links: (max) => `at most ${counted('en', 'links', max)}: press, reports, videos`,
    attachments: (max) => `at most ${counted('en', 'files', max)}, relative to this file`,
    otherName: (c) => `(${c.namePl})`,
    since: (date) => `Only achievements since ${date} count.`,
    video: (duration) => `A video entry answers the questions below on film (at most ${duration}); the sections are optional.`,
    heading: (rule) => rule.title,
    limit: (rule, unit, needed) => {
      const bullets = rule.bullets !== undefined ? ` and ${counted('en', 'bullets', rule.bullets)}` : '';
      return `${rule.description ?? rule.title}: at most ${counted('en', unit, rule.limit)}${bullets}. ${needed ? 'Required' : 'Optional'}.`;
    },
  },
  pl: {
    nominee: INIT_PLACEHOLDERS.nominee.pl,
    links: (max) => `maksymalnie ${counted('pl', 'links', max)} do stron internetowych, np. artykuły prasowe, komunikaty prasowe, filmy`,
    attachments: (max) => `maksymalnie ${counted('pl', 'files', max)}, ścieżki względem tego pliku`,
    // The online form names categories in English.
    otherName: (c) => `(po angielsku: ${c.name})`,
    since: (date) => `Liczą się tylko osiągnięcia od ${date} r.`,
    video: (duration) => `Film (maksymalnie ${duration}) odpowiada na te same pytania co sekcje poniżej; sekcje są opcjonalne.`,
    heading: (rule) => rule.headingPl ?? rule.titlePl ?? rule.title,
    limit: (rule, unit, needed) => {
      const bullets = rule.bullets !== undefined ? ` i do ${counted('pl', 'bullets', rule.bullets)}` : '';
      const what = rule.descriptionPl ?? rule.headingPl ?? rule.titlePl ?? rule.title;
      return `${what}: maksymalnie ${counted('pl', unit, rule.limit)}${bullets}. ${needed ? 'Wymagane' : 'Opcjonalne'}.`;
    },
  },
};

/**
 * A new nomination for a category, built from the ruleset: front matter, the
 * section headings, and the category description and each section's limit as HTML
 * comments, which are not counted. It lints with only "section is empty" errors, in
 * either language, and the placeholder check's error for each value left as written
 * (src/placeholders.ts): a Polish template's headings are the ruleset's `headingPl`,
 * which are aliases of their sections.
 */
export function nominationTemplate(ruleset: Ruleset, { category, format, nominee, locale = 'en' }: InitOptions): string {
  const words = WORDS[locale];
  const since = eligibilityDate(ruleset, locale);
  const front: Record<string, unknown> = { category: category.code, nominee: nominee ?? words.nominee, format };
  const duration = `${Math.floor(ruleset.video.maxSeconds / 60)}:${String(ruleset.video.maxSeconds % 60).padStart(2, '0')}`;
  if (format === 'video') front.video = { url: INIT_PLACEHOLDERS.videoUrl, duration };
  const pl = locale === 'pl';
  const name = pl ? category.namePl : category.name;
  const description = pl ? category.descriptionPl : category.description;
  const lines = [
    '---',
    stringify(front, { lineWidth: 0 }).trimEnd(),
    `# links:            # ${words.links(ruleset.links.max)}`,
    '#   - https://example.com/press-release',
    `# attachments:      # ${words.attachments(ruleset.attachments.max)}`,
    '#   - evidence/results.pdf',
    '---',
    '',
    `# ${nominee ?? name}`,
    '',
    comment([
      `${pl ? (ruleset.competitionPl ?? ruleset.competition) : ruleset.competition} · ${category.code} ${name}`,
      words.otherName(category),
      ...(description ? [description] : []),
      words.since(since),
      ...(format === 'video' ? [words.video(duration)] : []),
    ]),
  ];
  for (const rule of Object.values(ruleset.sections)) {
    lines.push('', `## ${words.heading(rule)}`, '', comment([words.limit(rule, ruleset.unit, rule.required && format !== 'video')]));
  }
  return `${lines.join('\n')}\n`;
}

function comment(lines: string[]): string {
  return lines.length === 1 ? `<!-- ${lines[0]} -->` : `<!--\n${lines.map((l) => `  ${l}`).join('\n')}\n-->`;
}
