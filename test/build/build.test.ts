import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../../src/parse/front-matter.js';
import { configSchema, nominationSchema, rulesetSchema } from '../../src/schema/validators.js';
import { ROOT } from '../helpers/cli.js';

/** What `npm run build` makes, checked against what it is made from. */

const schema = (name: string): object => JSON.parse(readFileSync(join(ROOT, 'schemas', `${name}.schema.json`), 'utf8')) as object;

describe('validators compiled at build time (scripts/generate-validators.mjs)', () => {
  // The same options as the generator: the compiled validator must judge exactly as ajv would at run time.
  const cases = [
    { name: 'nomination', compiled: nominationSchema(), options: { allErrors: true, verbose: true, strict: true, allowUnionTypes: true } },
    { name: 'ruleset', compiled: rulesetSchema(), options: { allErrors: true, verbose: true, strict: true } },
    { name: 'config', compiled: configSchema(), options: { allErrors: false, strict: true } },
  ] as const;

  // Every fixture's and example's front matter that parses, besides the broken samples below.
  const frontMatter = ['test/fixtures', 'examples']
    .flatMap((dir) => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(ROOT, dir, f), 'utf8')))
    .map((text) => parseFrontMatter(text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n')).data)
    .filter((data) => data !== null);
  const samples: Record<string, unknown[]> = {
    nomination: [
      { nominee: 'Team', category: 'E01', links: ['https://web.example', { url: 'https://web.example/a', title: 'A' }] },
      { nominee: '', links: [{ url: 3 }], attachments: [{ path: '' }], prior_win: { year: 'x' } },
      { nominee: 'Team', video: { url: 'https://web.example/v', duration: '3:30' }, unknown: true },
      [],
      null,
      ...frontMatter,
    ],
    ruleset: [JSON.parse(readFileSync(join(ROOT, 'dist/rulesets/iba-2026.json'), 'utf8')).ruleset, { id: 'X', unit: 'pages' }, {}],
    config: [{ ruleset: 'iba-2026', locale: 'pl', rules: { 'eligibility-date': 'off' } }, { rules: { nope: 'on' } }, { locale: 3 }],
  };

  it.each(cases)('$name: the schema in the module is schemas/$name.schema.json', ({ name, compiled }) => {
    expect(compiled.schema).toEqual(schema(name));
  });

  it('has real front matter to compare on', () => {
    expect(frontMatter.length).toBeGreaterThan(10);
  });

  it.each(cases)('$name: same verdict and errors as ajv compiling the schema now', ({ name, compiled, options }) => {
    const reference = new Ajv(options).compile(schema(name));
    for (const data of samples[name]!) {
      expect(compiled.validate(data)).toBe(reference(data));
      const strip = (errors: typeof reference.errors) => (errors ?? []).map(({ instancePath, schemaPath, keyword, params }) => ({ instancePath, schemaPath, keyword, params }));
      expect(strip(compiled.validate.errors)).toEqual(strip(reference.errors));
    }
  });
});

describe('the CLI bundle (scripts/bundle.mjs) and its code cache (scripts/code-cache.mjs)', () => {
  const bundle = readFileSync(join(ROOT, 'dist/bundle/cli.cjs'), 'utf8');

  it('carries no JavaScript-evaluating YAML engine: js-yaml and esprima are left out', () => {
    expect(bundle).not.toMatch(/esprima/i);
    expect(bundle).not.toContain('js/function');
    expect(bundle).toContain('iba-lint parses front matter with the yaml package only');
  });

  it('is ASCII, so Node reads it without the slow UTF-8 path, and its escaped characters still mean themselves', () => {
    expect(readFileSync(join(ROOT, 'dist/bundle/cli.cjs')).every((byte) => byte < 0x80)).toBe(true);
    // `•` and `’` were in regular expression literals: a pasted bullet and a curly apostrophe are still read so.
    const run = spawnSync(process.execPath, [join(ROOT, 'bin/iba-lint.js'), '--format', 'json', '--stdin-filename', 'e.md', '-'], {
      cwd: ROOT,
      input: '---\ncategory: E01\nnominee: A\n---\n\n## Achievements\n\nSince ’19 we grew.\n\n## Summary\n\n• One\n',
      encoding: 'utf8',
    });
    const said = JSON.parse(run.stdout)[0].messages.map((m: { ruleId: string; message: string }) => `${m.ruleId}: ${m.message}`);
    expect(said.some((m: string) => m.startsWith('summary-format: The section "Summary" marks bullets with "•"'))).toBe(true);
    expect(said.some((m: string) => m.startsWith('eligibility-date: The date "’19"'))).toBe(true);
  });

  it('leaves out linkify-it and loads entities and node:child_process only when used', () => {
    expect(bundle).toContain('linkify is off in iba-lint');
    expect(bundle).not.toMatch(/require\("node:child_process"\)(?!\.spawn)/);
  });

  it('has a code cache that the Node which built it accepts', () => {
    const script = `import('./bin/load.js').then((m) => process.stdout.write(String(m.loadCli().cacheRejected)))`;
    const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('false');
  });
});
