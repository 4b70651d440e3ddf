// Bundles the CLI into one CommonJS file, dist/bundle/cli.cjs, which bin/load.js
// runs with V8's code cache. Node reads one file instead of hundreds, which was
// most of a start-up; what src/ loads with import() (machine formats, the other
// commands, string-width) is still only evaluated when it is used.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const OUT = 'dist/bundle/cli.cjs';
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

/**
 * markdown-it builds a LinkifyIt in its constructor, compiling its expressions: a
 * couple of milliseconds of every start. iba-lint's parsers use the commonmark preset,
 * where linkify is off, and never turn it on: the bundle carries a stand-in that
 * refuses every use, so a change that turned it on would fail loudly.
 */
const withoutLinkify = {
  name: 'without-linkify',
  setup(build) {
    build.onResolve({ filter: /^linkify-it$/ }, () => ({ path: 'linkify-it', namespace: 'no-linkify' }));
    build.onLoad({ filter: /.*/, namespace: 'no-linkify' }, () => ({
      contents:
        "const refuse = () => { throw new Error('linkify is off in iba-lint: the bundle has no linkify-it'); };\n" +
        'export default class LinkifyIt {}\n' +
        "for (const name of ['add', 'set', 'test', 'pretest', 'testSchemaAt', 'match', 'matchAtStart', 'tlds', 'normalize', 'onCompile']) LinkifyIt.prototype[name] = refuse;\n",
      loader: 'js',
    }));
  },
};

/**
 * markdown-it decodes entities (`&amp;`) with the entities package, whose tables are
 * built when it loads: a few milliseconds of every start, for what the block parse
 * needs only in a link definition or a fence's info string. Its two functions are
 * loaded on first call instead.
 */
const lazyEntities = {
  name: 'lazy-entities',
  setup(build) {
    build.onResolve({ filter: /^entities$/ }, (args) => (args.importer.includes('markdown-it') ? { path: 'entities', namespace: 'lazy-entities' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'lazy-entities' }, () => ({
      contents:
        "let decode;\nconst load = () => (decode ??= require('entities/lib/decode.js'));\n" +
        'export const decodeHTML = (...args) => load().decodeHTML(...args);\n' +
        'export const decodeHTMLStrict = (...args) => load().decodeHTMLStrict(...args);\n',
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

/**
 * commander loads node:child_process when it loads, for subcommands that are separate
 * programs, which iba-lint does not have: loading it costs a couple of milliseconds of
 * every start. Its one use, spawn, loads it when called.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onLoad({ filter: /commander[\\/]lib[\\/]command\.js$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(args.path, 'utf8');
      const eager = "const childProcess = require('node:child_process');";
      if (!source.includes(eager)) throw new Error(`${args.path} no longer loads node:child_process as scripts/bundle.mjs expects: update lazyChildProcess`);
      return { contents: source.replace(eager, "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };"), loader: 'js' };
    });
  },
};

/**
 * chalk's supports-color asks node:tty whether stdout and stderr are terminals when it
 * loads, and node:tty loads node:net and the stream machinery: a few milliseconds of
 * every start. It is given isatty from src/terminal.ts instead, which answers a pipe or
 * a file without loading node:tty (only a character device can be a terminal).
 */
const lightTty = {
  name: 'light-tty',
  setup(build) {
    build.onResolve({ filter: /^(node:)?tty$/ }, (args) => (args.importer.includes('chalk') ? { path: 'tty', namespace: 'light-tty' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'light-tty' }, () => ({
      contents: "import { isTerminal } from './src/terminal.ts';\nexport default { isatty: isTerminal };\n",
      loader: 'js',
      resolveDir: process.cwd(),
    }));
  },
};

await build({
  entryPoints: ['src/cli.ts'],
  outfile: OUT,
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
  plugins: [withoutJsYaml, withoutLinkify, lazyEntities, lazyChildProcess, lightTty],
  logLevel: 'warning',
});

/**
 * esbuild writes strings in ASCII but leaves regular expression literals as written,
 * and a few hold `’`, `„` or `•`: one such character makes Node decode the whole
 * bundle as UTF-8 the slow way and keep it as a two-byte string, some milliseconds of
 * every start. Each is written as the \u escape it stands for, which means the same
 * character in a regular expression, a string or a template.
 */
const bundled = readFileSync(OUT, 'utf8');
const raw = [...bundled.matchAll(/String\.raw`(?:[^`\\]|\\.)*`/g)].map((m) => [m.index, m.index + m[0].length]);
const ascii = bundled.replace(/[^\x00-\x7f]/g, (char, at) => {
  if (bundled[at - 1] === '\\' || raw.some(([start, end]) => at >= start && at < end)) {
    throw new Error(`${OUT}: a non-ASCII character escaped or in String.raw, where a \\u escape is not the character: update scripts/bundle.mjs`);
  }
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
});
writeFileSync(OUT, ascii);
