// Memory that a run keeps, as opposed to garbage the collector has not yet taken:
// lints a folder through iba-lint's own runLint, renders the stylish report, then
// collects garbage and prints the heap still in use with the report's length.
// Run by bench/run.mjs with --expose-gc, for 1,000 and 10,000 files: the growth
// per file must stay within a small multiple of the report's size per file.
import { runLint } from '../dist/run.js';
import stylish from '../dist/formatters/stylish.js';

const folder = process.argv[2];
globalThis.gc();
const before = process.memoryUsage().heapUsed;
const outcome = await runLint([folder], { cwd: folder });
const report = stylish(outcome.results, { color: false, cwd: folder, ruleset: outcome.rulesets.values().next().value, rulesets: outcome.rulesets });
globalThis.gc();
const kept = process.memoryUsage().heapUsed - before;
process.stdout.write(JSON.stringify({ files: outcome.results.length, keptBytes: kept, reportBytes: report.length }));
