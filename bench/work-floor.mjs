// The least work any checker of these files must do, as yardsticks for iba-lint on the
// same files (bench/run.mjs). `node bench/work-floor.mjs <folder> <floor>`, where floor is
//   read     start Node and read every nomination in the folder (UTF-8);
//   yaml     that, and parse each front matter with `yaml`;
//   parse    that, and block-parse each Markdown body with markdown-it, configured as
//            iba-lint configures it: what a correct linter must at least do with these
//            two libraries (positions of keys and blocks), before any check or report.
// The libraries are loaded as iba-lint's bundle loads them: from node_modules here.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [folder, floor = 'parse'] = process.argv.slice(2);
if (!['read', 'yaml', 'parse'].includes(floor)) throw new Error(`unknown floor "${floor}": read, yaml or parse`);
const { parseDocument } = floor === 'read' ? {} : await import('yaml');
let md;
if (floor === 'parse') {
  const { default: MarkdownIt } = await import('markdown-it');
  md = new MarkdownIt('commonmark');
  md.core.ruler.disable(['inline', 'text_join']);
}

let files = 0;
let work = 0;
for (const name of readdirSync(folder)) {
  if (!name.endsWith('.md')) continue;
  const text = readFileSync(join(folder, name), 'utf8');
  files++;
  if (floor === 'read') {
    work += text.length;
    continue;
  }
  const close = text.indexOf('\n---', 3);
  const doc = parseDocument(text.slice(4, close));
  if (typeof doc.toJS() !== 'object') throw new Error(`${name}: no front matter`);
  work += doc.contents.items.length;
  if (md) work += md.parse(text.slice(close + 4), {}).length;
}
process.stdout.write(`${files} files, ${work} (characters, keys or blocks)\n`);
