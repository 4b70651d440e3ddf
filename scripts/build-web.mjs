// Builds the browser page, dist/web/: index.html, page.js (one classic script, so
// the page also works opened from file://, where module scripts are refused) and
// page.css. The script is src/'s own core — lintText, export's counted text, init's
// template, the stylish report's words — bundled for the browser with the bundled
// ruleset compiled in: the page reads no file and makes no request.
// Run after `npm run build`, which writes dist/rulesets/ (scripts/compile-rulesets.mjs).
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const OUT = 'dist/web';
const RULESET = 'dist/rulesets/iba-2026.json';
if (!existsSync(RULESET)) {
  console.error(`build-web: ${RULESET} is missing: run npm run build first`);
  process.exit(2);
}
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

/**
 * Node's built-ins in the browser. node:path is path-browserify (Node's own posix
 * path, ported), plus the one win32 function the attachment checks ask; the page
 * lints without a file path, so nothing resolves a path. node:module gives the
 * generated validators the piece of Ajv they require; `buffer` is the package of
 * that name (web/shims/buffer-global.ts). Any other built-in (fs,
 * url, ...) is a stand-in whose functions throw: the page must never reach one, and
 * a test would see the error. existsSync answers false, for package-root.ts, which
 * looks for package.json when it loads and is never used in the page.
 */
const browserBuiltins = {
  name: 'browser-builtins',
  setup(b) {
    b.onResolve({ filter: /^(node:)?path$/ }, () => ({ path: new URL('../web/shims/node-path.ts', import.meta.url).pathname }));
    b.onResolve({ filter: /^buffer$/ }, () => ({ path: new URL('../node_modules/buffer/index.js', import.meta.url).pathname }));
    b.onResolve({ filter: /^(node:)?module$/ }, () => ({ path: new URL('../web/shims/node-module.cjs', import.meta.url).pathname }));
    const builtin = new RegExp(`^(node:.*|${builtinModules.map((name) => name.replace(/[/]/g, '\\/')).join('|')})$`);
    b.onResolve({ filter: builtin }, (args) => ({ path: args.path, namespace: 'refused' }));
    // gray-matter's YAML and JavaScript engines are never used (see scripts/bundle.mjs).
    b.onResolve({ filter: /^js-yaml$/ }, (args) => ({ path: args.path, namespace: 'refused' }));
    b.onLoad({ filter: /.*/, namespace: 'refused' }, async (args) => {
      // Each name the real module exports, as a function that refuses (esbuild needs the names).
      const names = args.path === 'js-yaml' ? ['load', 'dump', 'safeLoad', 'safeDump'] : Object.keys(await import(args.path));
      const refuse = `() => { throw new Error(${JSON.stringify(`${args.path} is not available in the browser`)}); }`;
      const exports = names.filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default').map((name) => `export const ${name} = ${name === 'existsSync' ? '() => false' : refuse};`);
      return { contents: `${exports.join('\n')}\nexport default {};\n`, loader: 'js' };
    });
    // The bundled ruleset as the build parsed and validated it.
    b.onResolve({ filter: /^iba-lint:ruleset$/ }, () => ({ path: 'ruleset', namespace: 'ruleset' }));
    b.onLoad({ filter: /.*/, namespace: 'ruleset' }, () => ({
      contents: JSON.stringify(JSON.parse(readFileSync(RULESET, 'utf8')).ruleset),
      loader: 'json',
    }));
  },
};

await build({
  entryPoints: { page: 'web/main.ts' },
  outdir: OUT,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['chrome110', 'firefox110', 'safari16'],
  minify: true,
  legalComments: 'none',
  // src/ names its package folder from import.meta.url, which a classic script has not.
  define: { 'import.meta.url': '"file:///iba-lint/"', 'process.env.NODE_ENV': '"production"' },
  inject: ['web/shims/buffer-global.ts'],
  plugins: [browserBuiltins],
  logLevel: 'warning',
});
copyFileSync('web/index.html', `${OUT}/index.html`);
copyFileSync('web/page.css', `${OUT}/page.css`);

const script = readFileSync(`${OUT}/page.js`);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`dist/web/page.js: ${kb(statSync(`${OUT}/page.js`).size)}, ${kb(gzipSync(script, { level: 9 }).length)} gzipped (limit 400 KB)`);
if (gzipSync(script, { level: 9 }).length > 400 * 1024) {
  console.error('build-web: page.js is over 400 KB gzipped');
  process.exit(1);
}
