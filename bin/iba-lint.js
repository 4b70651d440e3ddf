#!/usr/bin/env node
// Thin on purpose: everything, including the exit code, is decided by main().

// CommonJS (bin/package.json): Node starts it without loading its ES module loader.
'use strict';

const args = process.argv.slice(2);
// As src/terminal.ts: only a character device can be a terminal, and node:tty is slow to load.
const isTerminal = (fd) => {
  try {
    return require('node:fs').fstatSync(fd).isCharacterDevice() && require('node:tty').isatty(fd);
  } catch {
    return false;
  }
};

// A closed pipe (`iba-lint … | head -1`) is not an error worth a stack trace: stop quietly.
// Only where process.stdout is used: a terminal, and the language server's pipe. A report
// to another pipe or a file is written to its descriptor (src/standard-output.ts), which
// handles the same, and touching process.stdout would build the stream it saves.
if (isTerminal(1) || args[0] === 'lsp') {
  process.stdout.on('error', (error) => {
    if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`iba-lint: cannot write the report: ${error && error.message}\n`);
    process.exit(2);
  });
}

// Ctrl-C during a lint run: the usual 128 + SIGINT, no stack trace. --watch handles SIGINT itself (exit 0).
if (!args.includes('--watch') && !args.includes('-w')) process.on('SIGINT', () => process.exit(130));

let main;
try {
  ({ main } = require('./load.js').loadCli().cli);
} catch (error) {
  const notBuilt = error && error.code === 'ENOENT' && String(error.path ?? error.message).includes('dist');
  process.stderr.write(
    notBuilt ? 'iba-lint: not built yet: run "npm install" (or "npm run build") in the iba-lint folder\n' : `iba-lint: cannot start: ${error && error.message}\n`,
  );
  process.exit(2);
}
main(args).then((code) => {
  process.exitCode = code;
});
