// Type-checked by `npm run typecheck`: the package's own name resolves through
// `exports` to dist/index.d.ts, as it will for a user.
import { formatters, lintFiles, lintText, loadRuleset, type FileResult } from 'iba-lint';

export async function example(text: string): Promise<string> {
  const ruleset = loadRuleset('iba-2026');
  const one: FileResult = lintText(text, { ruleset, filePath: '/entry.md' });
  const many = await lintFiles(['examples/'], { quiet: true });
  return formatters.stylish([one, ...many], { color: false, cwd: process.cwd(), ruleset });
}
