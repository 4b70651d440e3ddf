import { resolve } from 'node:path';
import { ConfigResolver } from '../config/load.js';
import { parseNomination } from '../parse/document.js';
import { DEFAULT_MAX_FILE_SIZE, FileReadError, bytesInWords, readContent } from '../read-content.js';
import { loadRuleset } from '../ruleset/load.js';
import { jsonSafe, visible, visibleLines } from '../sanitize.js';
import { UsageError, type CliIo } from './io.js';
import type { Ruleset } from '../types.js';

export interface ExportCommandOptions {
  section?: string;
  format: 'text' | 'json';
  ruleset?: string;
  config?: string | false;
}

/** `iba-lint export <file>`: the counted text of each section, or of one, with its count. */
export async function exportCommand(file: string, options: ExportCommandOptions, io: CliIo): Promise<number> {
  const path = resolve(io.cwd, file);
  const text = readNomination(path, visible(file));
  const config = new ConfigResolver({ cwd: io.cwd, ...(typeof options.config === 'string' && { configFile: options.config }), ...(options.config === false && { noConfig: true }) }).forFile(path);
  const ruleset = loadRuleset(options.ruleset ?? config.ruleset, io.cwd);
  const sections = exportSections(text, ruleset);
  if (options.section !== undefined) {
    if (!Object.hasOwn(ruleset.sections, options.section)) {
      throw new UsageError(`unknown section "${options.section}": use one of ${Object.keys(ruleset.sections).join(', ')}`);
    }
    const section = sections.find((s) => s.section === options.section);
    if (!section) throw new UsageError(`${visible(file)} has no ${ruleset.sections[options.section]!.title} section`);
    if (options.format === 'json') io.stdout(`${jsonSafe(JSON.stringify(section, null, 2))}\n`);
    else {
      // Exactly the counted text: a trailing newline only for the eye on a terminal, never in a pipe.
      const shown = visibleLines(section.text);
      io.stdout(io.isTTY ? `${shown}\n` : shown);
      io.stderr(`${section.title}: ${section.count} / ${section.limit} ${ruleset.unit}\n`);
      if (shown !== section.text) io.stderr(`iba-lint: ${section.title} holds control or direction characters, shown here as escapes such as \\e: remove them from ${visible(file)}\n`);
    }
    return 0;
  }
  if (sections.length === 0) {
    // Printing nothing and exiting 0 would look like an empty entry that is fine to submit.
    const headings = Object.values(ruleset.sections).map((rule) => `## ${rule.title}`).join(', ');
    throw new UsageError(`${visible(file)} has no section of the entry form (${visible(headings)}): nothing to export`);
  }
  io.stdout(options.format === 'json' ? `${jsonSafe(JSON.stringify(sections, null, 2))}\n` : exportReport(sections, ruleset.unit));
  return 0;
}

/**
 * The nomination's text through the one capped reader, as lint reads it (with the
 * default --max-file-size): a device, FIFO or folder, a file over the cap, or one
 * that is not UTF-8 is one line and exit 2, found before the file is read whole.
 */
function readNomination(path: string, shown: string): string {
  try {
    const content = readContent(path, DEFAULT_MAX_FILE_SIZE);
    if ('text' in content) return content.text;
    throw new UsageError(
      content.problem === 'file-too-large' ? `${shown} is larger than ${bytesInWords(DEFAULT_MAX_FILE_SIZE)}, more than a nomination may be` : `${shown} is not UTF-8 text: save it as UTF-8`,
    );
  } catch (error) {
    if (!(error instanceof FileReadError)) throw error;
    throw new UsageError(error.code === 'ENOENT' ? `${shown}: no such file` : `${shown} ${error.reason}`);
  }
}

export interface ExportedSection {
  section: string;
  title: string;
  /** The counted text (SPEC §3): exactly what is pasted into the form. */
  text: string;
  count: number;
  limit: number;
  line: number;
}

/**
 * The counted text of each recognised section — its first occurrence, the one the
 * report counts — so what the writer pastes is what was counted.
 */
export function exportSections(raw: string, ruleset: Ruleset): ExportedSection[] {
  const doc = parseNomination(raw, ruleset);
  const out: ExportedSection[] = [];
  for (const [id, rule] of Object.entries(ruleset.sections)) {
    const section = doc.sections.find((s) => s.id === id);
    if (section) out.push({ section: id, title: rule.title, text: section.text, count: section.characters, limit: rule.limit, line: section.at.line });
  }
  return out;
}

/** Every section, each under a header line with its count; for reading, not pasting. */
export function exportReport(sections: readonly ExportedSection[], unit: string): string {
  return sections.map((s) => `===== ${visible(s.title)}: ${s.count} / ${s.limit} ${unit} =====\n${visibleLines(s.text)}\n`).join('\n');
}
