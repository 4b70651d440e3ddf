import { resolve } from 'node:path';
import { stringify } from 'yaml';
import { loadRuleset } from '../ruleset/load.js';
import { visible } from '../sanitize.js';
import { writeFileAtomically } from '../write-file.js';
import { UsageError, type CliIo } from './io.js';
import { eligibilityDate } from '../checks/helpers.js';
import type { Category, Ruleset } from '../types.js';

export interface InitCommandOptions {
  category: string;
  format: 'essay' | 'video';
  nominee?: string;
  force?: boolean;
  ruleset?: string;
}

/** `iba-lint init <file>`: writes a new nomination, never over an existing file without --force. */
export function initCommand(file: string, options: InitCommandOptions, io: CliIo): number {
  const ruleset = loadRuleset(options.ruleset, io.cwd);
  const wanted = options.category.trim().toUpperCase();
  const category = ruleset.categories.find((c) => c.code === wanted);
  if (!category) throw new UsageError(`unknown category "${visible(options.category)}": use one of ${ruleset.categories.map((c) => c.code).join(', ')} (see iba-lint categories)`);
  const path = resolve(io.cwd, file);
  const text = nominationTemplate(ruleset, { category, format: options.format, ...(options.nominee !== undefined && { nominee: options.nominee }) });
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
}

/** Stands in for the nominee's name until the writer replaces it. */
const NOMINEE_PLACEHOLDER = 'Name of the team, department or person nominated';

/**
 * A new nomination for a category, built from the ruleset: front matter, the
 * section headings, and the category description and each section's limit as HTML
 * comments, which are not counted. It lints with only "section is empty" errors.
 */
export function nominationTemplate(ruleset: Ruleset, { category, format, nominee }: InitOptions): string {
  const since = eligibilityDate(ruleset);
  const front: Record<string, unknown> = { category: category.code, nominee: nominee ?? NOMINEE_PLACEHOLDER, format };
  if (format === 'video') {
    const max = `${Math.floor(ruleset.video.maxSeconds / 60)}:${String(ruleset.video.maxSeconds % 60).padStart(2, '0')}`;
    front.video = { url: 'https://example.com/replace-with-your-video', duration: max };
  }
  const lines = [
    '---',
    stringify(front, { lineWidth: 0 }).trimEnd(),
    `# links:            # at most ${ruleset.links.max} web addresses: press, reports, videos`,
    '#   - https://example.com/press-release',
    `# attachments:      # at most ${ruleset.attachments.max} files, relative to this file`,
    '#   - evidence/results.pdf',
    '---',
    '',
    `# ${nominee ?? category.name}`,
    '',
    comment([
      `${ruleset.competition} · ${category.code} ${category.name}`,
      `(${category.namePl})`,
      ...(category.description ? [category.description] : []),
      `Only achievements since ${since} count.`,
      ...(format === 'video' ? [`A video entry answers the questions below on film (at most ${front.video ? (front.video as { duration: string }).duration : ''}); the sections are optional.`] : []),
    ]),
  ];
  for (const rule of Object.values(ruleset.sections)) {
    const needs = rule.required && format !== 'video' ? 'Required' : 'Optional';
    const bullets = rule.bullets !== undefined ? ` and ${rule.bullets} bullets` : '';
    lines.push('', `## ${rule.title}`, '', comment([`${rule.description ?? rule.title}: at most ${rule.limit} ${ruleset.unit}${bullets}. ${needs}.`]));
  }
  return `${lines.join('\n')}\n`;
}

function comment(lines: string[]): string {
  return lines.length === 1 ? `<!-- ${lines[0]} -->` : `<!--\n${lines.map((l) => `  ${l}`).join('\n')}\n-->`;
}
