// The language server's latency, in process: from a didChange to the diagnostics it
// publishes, for a full entry (a 4,900-character essay, ten bullets), against lintText
// alone on the same text, timed in the same run. Prints JSON for bench/run.mjs:
//   { latencyMs, lintTextMs, ratio }  (medians of the rounds)
// The server is the built one (dist/lsp/server.js), on in-memory streams: what an editor
// waits for, less the pipe.
import { PassThrough } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { startServer } = await import(pathToFileURL(join(ROOT, 'dist/lsp/server.js')).href);
const { lintText } = await import(pathToFileURL(join(ROOT, 'dist/index.js')).href);
const rounds = Number(process.argv[2]) || 200;

// A full entry: the essay at its 4,900 characters, ten bullets.
const sentence = 'In February 2024 calls on the Ukrainian-language line rose fourfold, and the team answered them within a minute. ';
const essay = sentence.repeat(Math.ceil(4900 / sentence.length)).slice(0, 4899).trimEnd() + '.';
const bullets = Array.from({ length: 10 }, (_, i) => `- Point ${i + 1}: answered every call of the surge within sixty seconds`).join('\n');
const text = `---\ncategory: E01\nnominee: Contact Center, Example Bank\nlinks:\n  - https://bank.example/report\n---\n\n## Achievements\n\n${essay}\n\n## Summary\n\n${bullets}\n`;
const dir = mkdtempSync(join(tmpdir(), 'iba-lint-lsp-bench-'));
const file = join(dir, 'entry.md');
writeFileSync(file, text);
const uri = pathToFileURL(file).href;

const toServer = new PassThrough();
const toClient = new PassThrough();
const server = createConnection(ProposedFeatures.all, toServer, toClient);
startServer(server, { cwd: dir, env: {} });
const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
let waiting;
client.onNotification('textDocument/publishDiagnostics', (p) => waiting?.(p));
client.listen();
await client.sendRequest('initialize', { processId: null, rootUri: pathToFileURL(dir).href, capabilities: {} });
await client.sendNotification('initialized', {});
const published = () => new Promise((resolve) => (waiting = resolve));

let next = published();
await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
await next;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const latencies = [];
const lints = [];
for (let version = 2; version < rounds + 2; version++) {
  // One keystroke in the essay, after a pause longer than the debounce (as typing is).
  await new Promise((r) => setTimeout(r, 20));
  const edited = text.replace('fourfold', version % 2 ? 'fourfolD' : 'fourfold');
  next = published();
  const start = performance.now();
  await client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: edited }] });
  await next;
  latencies.push(performance.now() - start);
  const t = performance.now();
  lintText(edited, { filePath: file });
  lints.push(performance.now() - t);
}
const latencyMs = median(latencies);
const lintTextMs = median(lints);
process.stdout.write(`${JSON.stringify({ latencyMs, lintTextMs, ratio: latencyMs / lintTextMs })}\n`);
process.exit(0);
