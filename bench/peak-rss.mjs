// Preloaded with --import into a benchmarked process: on exit, appends the process's
// peak resident set size (KiB) to the file named by IBA_BENCH_RSS_FILE.
import { appendFileSync } from 'node:fs';

const file = process.env.IBA_BENCH_RSS_FILE;
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
