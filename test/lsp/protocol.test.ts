/**
 * The language server at the protocol level: the built bin (`iba-lint lsp --stdio`)
 * spawned, a JSON-RPC client on its pipes, and every exchange an editor has with it —
 * initialize, didOpen, publishDiagnostics, didChange, hover, code lens, inlay hints,
 * code actions, shutdown and exit — checked against what the CLI says of the same text.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin/iba-lint.js');
const MISTAKES = readFileSync(join(ROOT, 'examples/common-mistakes.md'), 'utf8');

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  codeDescription?: { href: string };
  source: string;
  message: string;
  data?: unknown;
}

interface Session {
  connection: ProtocolConnection;
  child: ChildProcess;
  /** Every publishDiagnostics, by URI, in order. */
  published: Map<string, Diagnostic[][]>;
  messages: string[];
  /** Resolves when a publish for `uri` satisfies `test`. */
  diagnostics(uri: string, test?: (d: Diagnostic[]) => boolean): Promise<Diagnostic[]>;
}

const sessions: Session[] = [];
afterEach(() => {
  for (const s of sessions.splice(0)) s.child.kill();
});

async function start(folder: string, initialize: Record<string, unknown> = {}): Promise<Session> {
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: folder, env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' } });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const published = new Map<string, Diagnostic[][]>();
  const waiters: Array<() => void> = [];
  const messages: string[] = [];
  connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
    published.set(params.uri, [...(published.get(params.uri) ?? []), params.diagnostics]);
    for (const wake of waiters.splice(0)) wake();
  });
  connection.onNotification('window/showMessage', (params: { message: string }) => {
    messages.push(params.message);
  });
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {}, ...initialize });
  await connection.sendNotification('initialized', {});
  const session: Session = {
    connection,
    child,
    published,
    messages,
    async diagnostics(uri, test = () => true) {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const last = published.get(uri)?.at(-1);
        if (last && test(last)) return last;
        if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} that pass the test; last: ${JSON.stringify(last)}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
  };
  sessions.push(session);
  return session;
}

function folder(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'iba-lint-lsp-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const open = (s: Session, uri: string, text: string, version = 1) =>
  s.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });

/** What the CLI says of the same file: the messages the editor must show. */
function cliMessages(dir: string, file: string): Array<{ ruleId: string; severity: number; message: string; line: number; column: number }> {
  const run = spawnSync(process.execPath, [BIN, '--format', 'json', file], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '' } });
  return JSON.parse(run.stdout)[0].messages;
}

describe('iba-lint lsp', () => {
  it('publishes on open exactly what the CLI reports: message, severity, rule id, position, docs link', async () => {
    const dir = folder({ 'entry.md': MISTAKES });
    const uri = pathToFileURL(join(dir, 'entry.md')).href;
    const s = await start(dir);
    await open(s, uri, MISTAKES);
    const diagnostics = await s.diagnostics(uri);
    const cli = cliMessages(dir, 'entry.md');
    expect(cli.length).toBeGreaterThan(10);
    expect(diagnostics.map((d) => [d.code, d.severity === 1 ? 2 : 1, d.message, d.range.start.line + 1, d.range.start.character + 1])).toEqual(
      cli.map((m) => [m.ruleId, m.severity, m.message, m.line, m.column]),
    );
    expect(diagnostics.every((d) => d.source === 'iba-lint')).toBe(true);
    expect(diagnostics[0]!.codeDescription?.href).toMatch(/\/docs\/checks\/category\.md$/);
  });

  it('lints the unsaved text on change, and a storm of 200 edits ends with the diagnostics of the last', async () => {
    const dir = folder({ 'entry.md': MISTAKES });
    const uri = pathToFileURL(join(dir, 'entry.md')).href;
    const s = await start(dir);
    await open(s, uri, MISTAKES);
    await s.diagnostics(uri, (d) => d.some((x) => x.code === 'category'));
    // Two hundred edits, each replacing the category line; the last one fixes it.
    for (let version = 2; version <= 201; version++) {
      const category = version === 201 ? 'E01' : `e${version}`;
      await s.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } }, text: `category: ${category}\n` }],
      });
    }
    const last = await s.diagnostics(uri, (d) => !d.some((x) => x.code === 'category'));
    const fixed = MISTAKES.replace(/^category: .*$/m, 'category: E01');
    writeFileSync(join(dir, 'fixed.md'), fixed);
    expect(last.map((d) => d.message)).toEqual(cliMessages(dir, 'fixed.md').map((m) => m.message));
    // Debounced: fewer lints than edits (how many fewer depends on how fast the machine reads them).
    expect(s.published.get(uri)!.length).toBeLessThan(120);
    // Nothing was written: the file on disk is as it was.
    expect(readFileSync(join(dir, 'entry.md'), 'utf8')).toBe(MISTAKES);
  });

  it('hover, code lens and inlay hint at a section heading give its count and limit', async () => {
    const dir = folder({ 'entry.md': MISTAKES });
    const uri = pathToFileURL(join(dir, 'entry.md')).href;
    const s = await start(dir);
    await open(s, uri, MISTAKES);
    await s.diagnostics(uri);
    const summaryLine = MISTAKES.split('\n').indexOf('## Summary');
    const hover = (await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: summaryLine, character: 4 } })) as { contents: { value: string } };
    expect(hover.contents.value).toBe('**Summary**: 1,258 / 1,150 characters, 108 characters over · 12/10 bullets');
    expect(await s.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: summaryLine + 1, character: 4 } })).toBeNull();
    const lenses = (await s.connection.sendRequest('textDocument/codeLens', { textDocument: { uri } })) as Array<{ range: { start: { line: number } }; command: { title: string } }>;
    expect(lenses.map((l) => [l.range.start.line, l.command.title])).toEqual([
      [MISTAKES.split('\n').indexOf('## Achievements'), '294 / 4,900 characters'],
      [summaryLine, '1,258 / 1,150 characters, 108 characters over · 12/10 bullets'],
    ]);
    const hints = (await s.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 200, character: 0 } } })) as Array<{ position: { line: number; character: number }; label: string }>;
    expect(hints.find((h) => h.position.line === summaryLine)).toEqual({ position: { line: summaryLine, character: '## Summary'.length }, label: '1,258 / 1,150 characters, 108 characters over · 12/10 bullets', paddingLeft: true });
  });

  it('code actions: the fix a message carries, and "disable for this line" only for checks a file may disable', async () => {
    const dir = folder({ 'entry.md': MISTAKES });
    const uri = pathToFileURL(join(dir, 'entry.md')).href;
    const s = await start(dir);
    await open(s, uri, MISTAKES);
    const diagnostics = await s.diagnostics(uri);
    const category = diagnostics.find((d) => d.code === 'category')!;
    const actions = (await s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: category.range, context: { diagnostics: [category] } })) as Array<{ title: string; edit: { changes: Record<string, Array<{ range: unknown; newText: string }>> } }>;
    // category is a hard limit of the form: a fix, but no "disable".
    expect(actions.map((a) => a.title)).toEqual(['Fix this category problem']);
    expect(actions[0]!.edit.changes[uri]).toEqual([{ range: { start: { line: 2, character: 10 }, end: { line: 2, character: 12 } }, newText: 'E01' }]);
    const unknown = diagnostics.find((d) => d.code === 'unknown-section')!;
    const disable = (await s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: unknown.range, context: { diagnostics: [unknown] } })) as Array<{ title: string; edit: { changes: Record<string, Array<{ range: { start: { line: number } }; newText: string }>> } }>;
    expect(disable.map((a) => a.title)).toContain('Disable unknown-section for this line');
    const edit = disable.find((a) => a.title.startsWith('Disable'))!.edit.changes[uri]![0]!;
    expect(edit).toEqual({ range: { start: { line: unknown.range.start.line, character: 0 }, end: { line: unknown.range.start.line, character: 0 } }, newText: '<!-- iba-lint-disable-next-line unknown-section -->\n' });
    // A problem in the front matter: disabled for the file by a directive at the top of the body.
    const key = diagnostics.find((d) => d.code === 'unknown-key')!;
    const forFile = (await s.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: key.range, context: { diagnostics: [key] } })) as Array<{ title: string; edit: { changes: Record<string, Array<{ range: { start: { line: number } }; newText: string }>> } }>;
    const bodyStart = MISTAKES.split('\n').indexOf('---', 1) + 1;
    expect(forFile.find((a) => a.title === 'Disable unknown-key for this file')?.edit.changes[uri]).toEqual([
      { range: { start: { line: bodyStart, character: 0 }, end: { line: bodyStart, character: 0 } }, newText: '<!-- iba-lint-disable unknown-key -->\n' },
    ]);
    // Applied to the text, the directive silences that message and nothing else.
    const lines = MISTAKES.split('\n');
    lines.splice(unknown.range.start.line, 0, edit.newText.trimEnd());
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: lines.join('\n') }] });
    const after = await s.diagnostics(uri, (d) => d.length === diagnostics.length - 1);
    expect(after.filter((d) => d.code === 'unknown-section' && d.message === unknown.message)).toEqual([]);
  });

  it('speaks Polish when the editor does, unless a config says otherwise', async () => {
    const dir = folder({ 'entry.md': MISTAKES });
    const uri = pathToFileURL(join(dir, 'entry.md')).href;
    const pl = await start(dir, { locale: 'pl' });
    await open(pl, uri, MISTAKES);
    expect((await pl.diagnostics(uri))[0]!.message).toMatch(/^„e1” nie jest kodem kategorii/);
    const configured = folder({ 'entry.md': MISTAKES, '.iba-lintrc.yaml': 'locale: en\n' });
    const enUri = pathToFileURL(join(configured, 'entry.md')).href;
    const en = await start(configured, { locale: 'pl' });
    await open(en, enUri, MISTAKES);
    expect((await en.diagnostics(enUri))[0]!.message).toMatch(/^Category "e1" is not a category code/);
  });

  it('an edited config applies at the next change, with no file watching', async () => {
    const dir = folder({ 'entry.md': MISTAKES });
    const uri = pathToFileURL(join(dir, 'entry.md')).href;
    const s = await start(dir);
    await open(s, uri, MISTAKES);
    expect((await s.diagnostics(uri)).some((d) => d.code === 'unknown-key')).toBe(true);
    writeFileSync(join(dir, '.iba-lintrc.yaml'), 'rules:\n  unknown-key: off\n');
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${MISTAKES}\n` }] });
    const after = await s.diagnostics(uri, (d) => !d.some((x) => x.code === 'unknown-key'));
    expect(after.length).toBeGreaterThan(0);
    // A broken config is said once in the editor, in the CLI's words, and publishes nothing.
    writeFileSync(join(dir, '.iba-lintrc.yaml'), 'rules: [\n');
    await s.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: MISTAKES }] });
    await s.diagnostics(uri, (d) => d.length === 0);
    expect(s.messages).toEqual([expect.stringMatching(/^iba-lint: .*\.iba-lintrc\.yaml, line 2, column 1: not valid YAML/)]);
  });

  it('a config error quoting a hostile key reaches the editor as one line of visible text', async () => {
    const dir = folder({ 'entry.md': MISTAKES, '.iba-lintrc.yaml': '"evil\\e[2J\\nline": 1\n' });
    const uri = pathToFileURL(join(dir, 'entry.md')).href;
    const s = await start(dir);
    await open(s, uri, MISTAKES);
    await s.diagnostics(uri, (d) => d.length === 0);
    for (let waited = 0; s.messages.length === 0 && waited < 5000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    expect(s.messages).toHaveLength(1);
    expect(s.messages[0]).toMatch(/^iba-lint: config file \.iba-lintrc\.yaml, line 1: unknown key "evil.*line"/);
    expect(s.messages[0]).not.toMatch(/[\u0000-\u001f\u007f]/);
  });

  it('a Markdown file that is no nomination gets no diagnostics', async () => {
    const dir = folder({ 'README.md': 'Notes\n\nSome text with **bold** and TODO.\n' });
    const uri = pathToFileURL(join(dir, 'README.md')).href;
    const s = await start(dir);
    await open(s, uri, 'Notes\n\nSome text with **bold** and TODO.\n');
    expect(await s.diagnostics(uri)).toEqual([]);
  });

  it('a file the ignore settings leave out gets no diagnostics; the same file elsewhere does', async () => {
    const dir = folder({ '.iba-lintignore': 'drafts/\n' });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, '.git'));
    mkdirSync(join(dir, 'drafts'));
    writeFileSync(join(dir, 'drafts', 'entry.md'), MISTAKES);
    writeFileSync(join(dir, 'entry.md'), MISTAKES);
    const s = await start(dir);
    const ignored = pathToFileURL(join(dir, 'drafts', 'entry.md')).href;
    const linted = pathToFileURL(join(dir, 'entry.md')).href;
    await open(s, ignored, MISTAKES);
    await open(s, linted, MISTAKES);
    expect((await s.diagnostics(linted)).length).toBeGreaterThan(10);
    expect(await s.diagnostics(ignored)).toEqual([]);
  });

  it('shutdown then exit ends the server with code 0', async () => {
    const s = await start(folder());
    const exited = new Promise<number | null>((resolve) => s.child.on('exit', resolve));
    await s.connection.sendRequest('shutdown');
    await s.connection.sendNotification('exit');
    expect(await exited).toBe(0);
  });
});
