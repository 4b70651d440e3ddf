// Loads the CLI bundle (dist/bundle/cli.cjs) with V8's code cache (cli.cache), which
// the build makes by running the bundle once: V8 then skips compiling the code a
// run needs, a fifth of a one-file run. A cache from another Node version is
// rejected by V8 and the bundle is simply compiled as usual.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const BUNDLE = fileURLToPath(new URL('../dist/bundle/cli.cjs', import.meta.url));
export const CODE_CACHE = fileURLToPath(new URL('../dist/bundle/cli.cache', import.meta.url));

/**
 * The bundle's exports, as Node's CommonJS loader would give them, and the compiled
 * script (to make a cache from) with whether V8 accepted the cache.
 */
export function loadCli() {
  const source = readFileSync(BUNDLE, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    // no cache yet (the build makes it after bundling): compile as usual
  }
  // The wrapper Node puts around every CommonJS module.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    ...(cachedData && { cachedData }),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { cli: module.exports, script, cacheRejected: cachedData === undefined || script.cachedDataRejected === true };
}
