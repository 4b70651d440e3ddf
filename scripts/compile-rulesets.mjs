// Stores each bundled ruleset, parsed and validated, as dist/rulesets/<name>.json
// next to the YAML text it came from. loadRuleset uses it only while that text is
// still the ruleset file's, word for word, so the YAML stays the one source and
// an edited ruleset is simply parsed again. Runs after tsc: it parses with
// iba-lint's own parseRuleset.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { parseRuleset } from '../dist/ruleset/load.js';

const ROOT = new URL('../', import.meta.url);
const OUT = new URL('dist/rulesets/', ROOT);
mkdirSync(OUT, { recursive: true });
for (const name of readdirSync(new URL('rulesets/', ROOT))) {
  if (!name.endsWith('.yaml')) continue;
  const source = readFileSync(new URL(`rulesets/${name}`, ROOT), 'utf8');
  const ruleset = parseRuleset(source, name.replace(/\.yaml$/, ''));
  writeFileSync(new URL(name.replace(/\.yaml$/, '.json'), OUT), JSON.stringify({ source, ruleset }));
}
