// Makes dist/bundle/cli.cache, V8's code cache for the bundle, after running it the
// way it is mostly run: linting nominations, with the report thrown away. The
// cache then holds the compiled code of everything that run needed.
import { writeFileSync, rmSync } from 'node:fs';
import { CODE_CACHE, loadCli } from '../bin/load.js';

rmSync(CODE_CACHE, { force: true });
const { cli, script } = loadCli();
const silent = { stdout: () => {}, stderr: () => {}, env: {}, cwd: process.cwd(), isTTY: false };
for (const args of [['examples/e01-crisis-response.md', 'examples/common-mistakes.md'], ['--format', 'json', 'examples/e01-crisis-response.md']]) {
  await cli.main(args, silent);
}
writeFileSync(CODE_CACHE, script.createCachedData());
