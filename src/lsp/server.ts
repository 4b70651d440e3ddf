import { fileURLToPath } from 'node:url';
import { MessageType, ShowMessageNotification, TextDocuments, TextDocumentSyncKind, type CodeAction, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ignoresOf } from '../ignores.js';
import { configResolverFor, createFileLinter, type FileOutcome } from '../lint-file.js';
import { mayDisableInFile } from '../checks/ids.js';
import { STDIN } from '../files.js';
import { visible } from '../sanitize.js';
import type { Locale } from '../i18n/locale.js';
import type { Ruleset } from '../types.js';
import { codeActions } from './code-actions.js';
import { hoverText, looksLikeNomination, sectionsAt, toDiagnostics, usageText } from './convert.js';

/**
 * A change after a quiet spell is linted at once (on the next turn of the event loop,
 * so the changes of one burst read together are one lint); changes arriving within
 * this long of the last lint are linted once, this long after it: a storm of edits
 * costs a lint every DEBOUNCE_MS, a keystroke gets its diagnostics without waiting.
 */
export const DEBOUNCE_MS = 15;

export interface ServerOptions {
  /** The folder configs are looked for from when a document has no file path (untitled). */
  cwd: string;
  /** The process environment: the language when neither a config nor the editor says it. */
  env: Readonly<Record<string, string | undefined>>;
}

/** The last lint of a document: what hover, lenses and code actions answer from. */
interface Linted {
  version: number;
  outcome: FileOutcome;
  ruleset: Ruleset;
}

/**
 * iba-lint as a language server: the CLI's engine on the editor's unsaved text. Each
 * lint resolves the config and ruleset for the document's path exactly as the CLI does
 * (createFileLinter, the same code), made anew for every lint, so an edited config or
 * ruleset applies at the next keystroke without watching any file. Never writes a file.
 */
export function startServer(connection: Connection, options: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const linted = new Map<string, Linted>();
  /** The lint due for each document: how to call it off. */
  const due = new Map<string, () => void>();
  let env: Readonly<Record<string, string | undefined>> = options.env;
  let cwd = options.cwd;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    // The editor's language, when it has one, comes before the process environment;
    // a config's `locale:` still comes first (resolveLocale's order).
    if (params.locale) env = { LC_ALL: params.locale.replace('-', '_') };
    const root = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    if (root?.startsWith('file:')) cwd = fileURLToPath(root);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'iba-lint' },
    };
  });

  /** The last error shown: each keystroke would show it again. */
  let told: string | undefined;
  const tell = (said: string): void => {
    // As on the CLI's stderr: one line, whatever a path or key from the repository holds.
    const message = visible(said);
    if (message === told) return;
    told = message;
    // A notification, not showErrorMessage's request: there is nothing to answer.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Error, message });
  };

  const lint = async (document: TextDocument): Promise<void> => {
    const uri = document.uri;
    const text = document.getText();
    if (!looksLikeNomination(text)) {
      linted.delete(uri);
      await connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const path = uri.startsWith('file:') ? fileURLToPath(uri) : undefined;
    let outcome: FileOutcome;
    try {
      // Made for each lint: configs, rulesets and ignore files are read again, so an edit to one applies now.
      const configs = configResolverFor({ cwd });
      // A file the run's ignore settings leave out is not linted in the editor either (as ESLint's extension does).
      if (path !== undefined && ignoresOf({ cwd }, configs).excludes(path)) {
        linted.delete(uri);
        await connection.sendDiagnostics({ uri, diagnostics: [] });
        return;
      }
      outcome = await createFileLinter({ cwd, env, configs })(path ?? STDIN, text);
    } catch (error) {
      // A broken config or ruleset: said in the editor, as the CLI says it on stderr, once until it changes.
      tell(`iba-lint: ${(error as Error).message}`);
      await connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    if (documents.get(uri)?.version !== document.version) return; // a newer change is on its way
    if ('failure' in outcome) {
      tell(`iba-lint: ${outcome.failure}`);
      return;
    }
    told = undefined;
    linted.set(uri, { version: document.version, outcome, ruleset: outcome.rules });
    await connection.sendDiagnostics({ uri, version: document.version, diagnostics: toDiagnostics(outcome.result, text.split('\n')) });
  };

  /** When each document was last linted (performance.now()). */
  const lastLint = new Map<string, number>();
  const schedule = (document: TextDocument): void => {
    const uri = document.uri;
    if (due.has(uri)) return; // a lint is already due: it will read the latest text
    const since = performance.now() - (lastLint.get(uri) ?? -Infinity);
    const run = () => {
      due.delete(uri);
      lastLint.set(uri, performance.now());
      const latest = documents.get(uri);
      if (latest) void lint(latest);
    };
    if (since >= DEBOUNCE_MS) {
      const immediate = setImmediate(run);
      due.set(uri, () => clearImmediate(immediate));
    } else {
      const timeout = setTimeout(run, DEBOUNCE_MS - since);
      due.set(uri, () => clearTimeout(timeout));
    }
  };

  // Fired on open too: the first lint waits DEBOUNCE_MS like any other.
  documents.onDidChangeContent((event) => schedule(event.document));
  documents.onDidClose((event) => {
    due.get(event.document.uri)?.();
    due.delete(event.document.uri);
    linted.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  /** The last lint of a document, if it is of the version the editor asks about. */
  const current = (uri: string): (Linted & { result: Extract<FileOutcome, { result: unknown }>['result']; locale: Locale }) | undefined => {
    const entry = linted.get(uri);
    if (!entry || !('result' in entry.outcome) || documents.get(uri)?.version !== entry.version) return undefined;
    return { ...entry, result: entry.outcome.result, locale: entry.outcome.locale };
  };

  connection.onHover((params) => {
    const entry = current(params.textDocument.uri);
    if (!entry) return null;
    const section = sectionsAt(entry.result, entry.ruleset).find((s) => s.line === params.position.line);
    if (!section) return null;
    return { contents: { kind: 'markdown', value: hoverText(section.id, section.summary, entry.ruleset, entry.locale) } };
  });

  connection.onCodeLens((params) => {
    const entry = current(params.textDocument.uri);
    if (!entry) return [];
    return sectionsAt(entry.result, entry.ruleset).map((s) => ({
      range: { start: { line: s.line, character: 0 }, end: { line: s.line, character: 0 } },
      // A lens that only informs: an empty command, as VS Code's reference counts are.
      command: { title: usageText(s.summary, entry.ruleset, entry.locale), command: '' },
    }));
  });

  connection.languages.inlayHint.on((params) => {
    const entry = current(params.textDocument.uri);
    const document = documents.get(params.textDocument.uri);
    if (!entry || !document) return [];
    return sectionsAt(entry.result, entry.ruleset)
      .filter((s) => s.line >= params.range.start.line && s.line <= params.range.end.line)
      .map((s) => {
        const end = document.getText({ start: { line: s.line, character: 0 }, end: { line: s.line + 1, character: 0 } }).replace(/\r?\n$/, '').length;
        return { position: { line: s.line, character: end }, label: usageText(s.summary, entry.ruleset, entry.locale), paddingLeft: true };
      });
  });

  connection.onCodeAction((params): CodeAction[] => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return [];
    const outcome = linted.get(document.uri)?.outcome;
    return codeActions(document, params.context.diagnostics, outcome && 'locale' in outcome ? outcome.locale : 'en', mayDisableInFile);
  });

  documents.listen(connection);
  connection.listen();
}
