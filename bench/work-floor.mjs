// The least work any checker of these files must do, as a yardstick: read every
// nomination in a folder, parse its YAML front matter and count each section's
// characters. No checks, no report. iba-lint on the same files is timed against it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const folder = process.argv[2];
let files = 0;
let characters = 0;
for (const name of readdirSync(folder)) {
  if (!name.endsWith('.md')) continue;
  const text = readFileSync(join(folder, name), 'utf8');
  const close = text.indexOf('\n---', 3);
  const data = parse(text.slice(4, close));
  if (typeof data !== 'object') throw new Error(`${name}: no front matter`);
  for (const section of text.slice(close + 4).split(/^## /m).slice(1)) {
    characters += section.slice(section.indexOf('\n') + 1).trim().length;
  }
  files++;
}
process.stdout.write(`${files} files, ${characters} characters\n`);
