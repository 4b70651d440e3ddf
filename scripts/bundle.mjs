// Bundles the CLI into dist/bundle/: one module for the common path (lint, stylish
// output) and a chunk per rarely-used piece that src/ loads with import(). Node
// resolves and reads one file instead of hundreds, which is most of a start-up.
import { build } from 'esbuild';

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
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunk-[hash]',
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'linked',
  // CommonJS dependencies (gray-matter) call require() for Node built-ins.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [withoutJsYaml],
  logLevel: 'warning',
});
