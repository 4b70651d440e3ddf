// Loads the CLI bundle (dist/bundle/cli.cjs) with V8's code cache (cli.cache), which
// the build makes by running the bundle once: V8 then skips compiling the code a
// run needs, a fifth of a one-file run. A cache from another Node version is
// rejected by V8 and the bundle is simply compiled as usual.
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const vm = require('node:vm');

const BUNDLE = join(__dirname, '..', 'dist', 'bundle', 'cli.cjs');
const CODE_CACHE = join(__dirname, '..', 'dist', 'bundle', 'cli.cache');

/**
 * The bundle's exports, as Node's CommonJS loader would give them, and the compiled
 * script (to make a cache from) with whether V8 accepted the cache.
 */
function loadCli() {
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

exports.CODE_CACHE = CODE_CACHE;
exports.loadCli = loadCli;
