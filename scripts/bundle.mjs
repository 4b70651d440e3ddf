// Bundles the CLI into one CommonJS file, dist/bundle/cli.cjs, which bin/load.js
// runs with V8's code cache. Node reads one file instead of hundreds, which was
// most of a start-up; what src/ loads with import() (machine formats, the other
// commands, string-width) is still only evaluated when it is used.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/bundle', { recursive: true, force: true });

/**
 * gray-matter loads js-yaml (and, through it, the esprima parser) to offer YAML and
 * JavaScript engines. iba-lint gives gray-matter its own engines and parses YAML with
 * the yaml package, so neither can ever run: the bundle carries a stand-in that
 * refuses, which also keeps a JavaScript evaluator out of the shipped code.
 */
const withoutJsYaml = {
  name: 'without-js-yaml',
  setup(build) {
    build.onResolve({ filter: /^js-yaml$/ }, () => ({ path: 'js-yaml', namespace: 'refused' }));
    build.onLoad({ filter: /.*/, namespace: 'refused' }, () => ({
      contents: "const refuse = () => { throw new Error('iba-lint parses front matter with the yaml package only'); };\nmodule.exports = { safeLoad: refuse, safeDump: refuse, load: refuse, dump: refuse };\n",
      loader: 'js',
    }));
  },
};

await build({
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/bundle/cli.cjs',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'linked',
  // src/ finds its package folder from import.meta.url, which CommonJS spells with __filename.
  define: { 'import.meta.url': '__import_meta_url' },
  banner: { js: "var __import_meta_url = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [withoutJsYaml],
  logLevel: 'warning',
});
