// `npm run bench`: times whole processes, run by run in alternation so that the
// machine's noise falls on every subject alike, and reports medians and the ratios
// iba-lint is held to. Writes bench/RESULTS.md and the README's tables. Options:
//   --rounds N   runs of each subject (default 11)
//   --check      exit 1 when a target is missed
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus, writeKindCorpus } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = join(ROOT, 'bench', '.corpus');
const BIN = join(ROOT, 'bin', 'iba-lint.js');
const FLOOR = join(ROOT, 'bench', 'work-floor.mjs');
const MARKDOWNLINT = join(ROOT, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs');
const PROBE = join(ROOT, 'bench', 'peak-rss.mjs');
const MIB = 1024 * 1024;
/** Peak memory of the 1,000-file run before issue 15's changes, which they were not to raise. */
const PEAK_MIB_BEFORE = 121;

const args = process.argv.slice(2);
const rounds = Number(args[args.indexOf('--rounds') + 1]) || 11;
const check = args.includes('--check');

const started = Date.now();
const [one] = writeCorpus(join(CORPUS, 'one'), 1);
const many = join(CORPUS, 'many');
writeCorpus(many, 1000);
// One nomination per check, each printing that check's message (and the clean entry), in both languages.
const kinds = writeKindCorpus(join(CORPUS, 'kinds'));

const env = { ...process.env, NO_COLOR: '1' };
delete env.FORCE_COLOR;
// Each kind's file must print its check's message, or its time says nothing.
for (const [kind, file] of Object.entries(kinds)) {
  const out = spawnSync(process.execPath, [BIN, '--format', 'json', file], { cwd: ROOT, env, encoding: 'utf8' });
  const ids = new Set(JSON.parse(out.stdout)[0].messages.map((message) => message.ruleId));
  if (kind === 'clean' ? ids.size > 0 : !ids.has(kind)) throw new Error(`bench/corpus.mjs: ${file} should report ${kind === 'clean' ? 'nothing' : kind}, and reports ${[...ids].join(', ') || 'nothing'}`);
}

const subjects = [
  { id: 'node', label: '`node -e 0`', args: ['-e', '0'] },
  { id: 'one', label: 'iba-lint, 1 file (stylish)', args: [BIN, one] },
  { id: 'read', label: 'floor: read the 1,000 files', args: [FLOOR, many, 'read'] },
  { id: 'yaml', label: 'floor: read, and parse the front matter (yaml)', args: [FLOOR, many, 'yaml'] },
  { id: 'floor', label: 'floor: read, yaml, and markdown-it block parse', args: [FLOOR, many, 'parse'] },
  { id: 'many', label: 'iba-lint, 1,000 files', args: [BIN, many] },
  { id: 'markdownlint', label: 'markdownlint-cli2, 1,000 files', args: [MARKDOWNLINT, '*.md'], cwd: many },
];
/** The one-file runs, a check's message each, in each language; timed in alternation with `node -e 0` like the rest. */
const kindSubjects = Object.entries(kinds).flatMap(([kind, file]) =>
  ['en', 'pl'].map((locale) => ({ id: `kind:${kind}:${locale}`, kind, locale, label: `${kind} (${locale})`, args: [BIN, '--locale', locale, file] })),
);

/** One run: wall-clock seconds of the whole process, spawn to exit, with its output piped as in CI. */
function run(subject, extraEnv = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, subject.args, { cwd: subject.cwd ?? ROOT, env: { ...env, ...extraEnv }, encoding: 'utf8', maxBuffer: 512 * MIB });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.error || result.status > 1) throw new Error(`${subject.label} failed (${result.status}): ${result.error?.message ?? result.stderr.slice(0, 500)}`);
  return { seconds, output: result.stdout.length + result.stderr.length };
}

/** Peak resident memory of one run, measured by a preloaded probe (not during the timed runs). */
function peakRss(subject) {
  const file = join(tmpdir(), `iba-lint-bench-rss-${process.pid}`);
  rmSync(file, { force: true });
  run({ ...subject, args: ['--import', PROBE, ...subject.args] }, { IBA_BENCH_RSS_FILE: file });
  const kib = Math.max(...readFileSync(file, 'utf8').trim().split('\n').map(Number));
  rmSync(file, { force: true });
  return (kib * 1024) / MIB;
}

/** Each subject run `rounds` times in alternation; the order rotates every round. After one warming run of each (the file cache, the bundle). */
function timeAll(list) {
  for (const subject of list) run(subject);
  const times = Object.fromEntries(list.map((s) => [s.id, []]));
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < list.length; k++) {
      const subject = list[(round + k) % list.length];
      times[subject.id].push(run(subject).seconds);
    }
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  return times;
}

const times = timeAll(subjects);
// Every one-file run that prints a message, against `node -e 0` timed among them.
const kindTimes = timeAll([subjects[0], ...kindSubjects]);
const rss = Object.fromEntries(subjects.map((s) => [s.id, peakRss(s)]));

// Memory must not grow with the number of files beyond the results to be printed.
const tenThousand = join(CORPUS, 'ten-thousand');
writeCorpus(tenThousand, 10000);
const big = { id: 'ten', label: 'iba-lint, 10,000 files', args: [BIN, tenThousand] };
const bigRun = run(big);
const bigRss = peakRss(big);
const retained = (folder) => JSON.parse(spawnSync(process.execPath, ['--expose-gc', join(ROOT, 'bench', 'retained.mjs'), folder], { encoding: 'utf8' }).stdout);
const keptMany = retained(many);
// The language server, in process: a change to its diagnostics, against lintText alone (bench/lsp-latency.mjs).
const lsp = JSON.parse(spawnSync(process.execPath, [join(ROOT, 'bench', 'lsp-latency.mjs'), String(rounds * 20)], { encoding: 'utf8' }).stdout);
// The browser page in Chromium (bench/web.mjs): its script, its opening, a keystroke to the report redrawn.
spawnSync('npm', ['run', 'build:web', '--silent'], { cwd: ROOT, encoding: 'utf8' });
const web = JSON.parse(spawnSync(process.execPath, [join(ROOT, 'bench', 'web.mjs'), String(rounds * 5)], { encoding: 'utf8' }).stdout);
const keptBig = retained(tenThousand);
rmSync(tenThousand, { recursive: true, force: true });

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const m = Object.fromEntries(Object.entries(times).map(([id, xs]) => [id, median(xs)]));
const kindNode = median(kindTimes.node);
const kindRatios = kindSubjects.map((s) => ({ ...s, seconds: median(kindTimes[s.id]), ratio: median(kindTimes[s.id]) / kindNode })).sort((a, b) => b.ratio - a.ratio);
const worstKind = kindRatios[0];
// What a run keeps per extra file (after garbage collection), against the report it must print.
const perFileKept = (keptBig.keptBytes - keptMany.keptBytes) / (keptBig.files - keptMany.files);
const perFileReport = (keptBig.reportBytes - keptMany.reportBytes) / (keptBig.files - keptMany.files);

const targets = [
  { what: 'iba-lint, 1 file ÷ `node -e 0`', value: m.one / m.node, target: '≤ 1.7×', ok: m.one / m.node <= 1.7, unit: '×' },
  {
    what: `iba-lint, 1 file, each check's message in English and Polish (${kindSubjects.length} runs) ÷ \`node -e 0\`: the slowest, ${worstKind.label}`,
    value: worstKind.ratio,
    target: '≤ 1.7× every one',
    ok: worstKind.ratio <= 1.7,
    unit: '×',
  },
  { what: 'iba-lint, 1,000 files ÷ floor with yaml and markdown-it', value: m.many / m.floor, target: '≤ 1.3×', ok: m.many / m.floor <= 1.3, unit: '×' },
  { what: 'iba-lint, 1,000 files ÷ floor with yaml', value: m.many / m.yaml, target: '(reported)', ok: true, unit: '×' },
  { what: 'iba-lint, 1,000 files ÷ read-only floor', value: m.many / m.read, target: '(reported)', ok: true, unit: '×' },
  { what: 'markdownlint-cli2 ÷ iba-lint, 1,000 files', value: m.markdownlint / m.many, target: '≥ 6×', ok: m.markdownlint / m.many >= 6, unit: '×' },
  { what: 'iba-lint peak memory, 1,000 files', value: rss.many, target: `≤ ${PEAK_MIB_BEFORE} MiB (as before)`, ok: rss.many <= PEAK_MIB_BEFORE, unit: ' MiB' },
  {
    what: `language server, change → diagnostics, full entry ÷ lintText alone (${lsp.lintTextMs.toFixed(1)} ms)`,
    value: lsp.ratio,
    // The wait an editor sees is the lint plus the protocol and the config lookup (about a
    // millisecond of its own): the bound is 20 ms; the ratio keeps the overhead in view.
    target: `≤ 5× (and ≤ 20 ms: ${lsp.latencyMs.toFixed(1)} ms)`,
    ok: lsp.ratio <= 5 && lsp.latencyMs <= 20,
    unit: '×',
  },
  ...(web.skipped
    ? [{ what: `the browser page (${web.skipped})`, value: NaN, target: 'not measured', ok: false, unit: '' }]
    : [
        { what: 'the page\'s script, gzipped', value: web.gzipKiB, target: '≤ 400 KiB', ok: web.gzipKiB <= 400, unit: ' KiB' },
        { what: 'the page, opening to its first report (headless Chromium)', value: web.loadMs, target: '≤ 1,000 ms', ok: web.loadMs <= 1000, unit: ' ms' },
        {
          what: `the page, a keystroke on a full entry to the report redrawn ÷ lintText alone in Node (${web.lintTextMs.toFixed(1)} ms)`,
          value: web.ratio,
          target: `≤ 16 ms: ${web.keystrokeMs.toFixed(1)} ms`,
          ok: web.keystrokeMs <= 16,
          unit: '×',
        },
      ]),
  {
    what: 'memory kept per extra file, 1,000 → 10,000 files',
    value: perFileKept / 1024,
    // The results and the report's text (UTF-16 when it holds a bar or a dash): a few times the report, never the files' text.
    target: `≤ 4 × its report (${(perFileReport / 1024).toFixed(2)} KiB)`,
    ok: perFileKept <= 4 * perFileReport,
    unit: ' KiB',
  },
];

const version = (file) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')).version;
const fmt = (x, digits = 3) => x.toFixed(digits);
const lines = [
  '# Benchmark results',
  '',
  `Made by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.versions.node}, iba-lint ${version('package.json')}, markdownlint-cli2 ${version('node_modules/markdownlint-cli2/package.json')}.`,
  `Whole processes, output piped; ${rounds} runs of each, alternating run by run. Corpus: bench/corpus.mjs (deterministic; half the entries break a rule).`,
  '',
  '| Run | Median s | Min s | Max s | Peak RSS MiB |',
  '|---|---:|---:|---:|---:|',
  ...subjects.map((s) => `| ${s.label} | ${fmt(m[s.id])} | ${fmt(Math.min(...times[s.id]))} | ${fmt(Math.max(...times[s.id]))} | ${fmt(rss[s.id], 1)} |`),
  `| iba-lint, 10,000 files (one run) | ${fmt(bigRun.seconds)} | | | ${fmt(bigRss, 1)} |`,
  '',
  `One file that prints one check's message, ÷ \`node -e 0\` (${fmt(kindNode)} s in these rounds), slowest first:`,
  '',
  '| Message | English | Polish |',
  '|---|---:|---:|',
  ...[...new Set(kindRatios.map((k) => k.kind))].map((kind) => {
    const of = (locale) => kindRatios.find((k) => k.kind === kind && k.locale === locale);
    return `| ${kind} | ${fmt(of('en').ratio, 2)}× | ${fmt(of('pl').ratio, 2)}× |`;
  }),
  '',
  `Peak RSS includes garbage V8 has not yet collected; what a run keeps is measured by bench/retained.mjs after a collection: ${fmt(keptMany.keptBytes / MIB, 1)} MiB for 1,000 files, ${fmt(keptBig.keptBytes / MIB, 1)} MiB for 10,000.`,
  '',
  '| Target | Measured | Goal | |',
  '|---|---:|---|---|',
  ...targets.map((t) => `| ${t.what} | ${fmt(t.value, t.unit === '×' ? 2 : 1)}${t.unit} | ${t.target} | ${t.ok ? '✔' : '✖ missed'} |`),
  '',
];
const markdown = lines.join('\n');
mkdirSync(join(ROOT, 'bench'), { recursive: true });
writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), markdown);
// The README's Performance section shows the same tables.
const readme = join(ROOT, 'README.md');
const tables = markdown.slice(markdown.indexOf('| Run |')).trim();
writeFileSync(readme, readFileSync(readme, 'utf8').replace(/(<!-- bench:start[^>]*-->\n)[\s\S]*?(\n<!-- bench:end -->)/, (_, start, end) => `${start}${tables}${end}`));
process.stdout.write(`${markdown}\nWritten to bench/RESULTS.md and README.md in ${Math.round((Date.now() - started) / 1000)} s.\n`);
if (check && targets.some((t) => !t.ok)) process.exitCode = 1;
