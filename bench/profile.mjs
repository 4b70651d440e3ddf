// Where the time of a run goes: runs iba-lint on the benchmark's 1,000 files under
// V8's sampling profiler (--cpu-prof) and prints the time inside each stage,
// callees included. Run `npm run bench` first to make the corpus.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const folder = process.argv[2] ?? join(ROOT, 'bench', '.corpus', 'many');
const out = mkdtempSync(join(tmpdir(), 'iba-lint-profile-'));
spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', out, '--cpu-prof-interval', '100', join(ROOT, 'bin', 'iba-lint.js'), folder], { stdio: 'ignore' });
const profile = JSON.parse(readFileSync(join(out, readdirSync(out)[0]), 'utf8'));
rmSync(out, { recursive: true, force: true });

/** Stages by the function that does them: names survive the bundle, which is not mangled. */
const STAGES = [
  ['read files and decode UTF-8', 'readContent'],
  ['split off the front matter (gray-matter)', /^matter\d*$/],
  ['parse the YAML with positions (yaml)', 'parseYaml'],
  ['block-parse the Markdown (markdown-it)', 'parseSegments'],
  ['cut sections and count', 'buildSections'],
  ['run the checks', 'check'],
  ['word the messages', 'formatMessage'],
  ['write the stylish report', 'stylish'],
  ['garbage collection', '(garbage collector)'],
];
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
const inside = new Map();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i];
  total += dt;
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const name = nodes.get(at).callFrame.functionName;
    if (!seen.has(name)) inside.set(name, (inside.get(name) ?? 0) + dt);
    seen.add(name);
  }
});
const ms = (us) => (us / 1000).toFixed(0).padStart(5);
const timeIn = (name) => [...inside].filter(([fn]) => (typeof name === 'string' ? fn === name : name.test(fn))).reduce((sum, [, us]) => Math.max(sum, us), 0);
const rows = STAGES.map(([label, name]) => [label, timeIn(name)]);
rows.push(['start-up, arguments, config and the rest', total - rows.reduce((sum, [, us]) => sum + us, 0)]);
process.stdout.write(`Profile of one run on ${folder}: ${ms(total)} ms sampled after Node started\n\n`);
for (const [label, us] of rows) process.stdout.write(`${ms(us)} ms  ${label}\n`);
