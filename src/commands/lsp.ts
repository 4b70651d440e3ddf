import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server.js';

/**
 * `iba-lint lsp`: the language server on standard input and output, the transport every
 * editor starts a server with (`--stdio`, which editors pass, is accepted and changes
 * nothing). Runs until the client sends `exit` or closes the stream.
 */
export function lspCommand(io: { cwd: string; env: Readonly<Record<string, string | undefined>> }): Promise<number> {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  return new Promise((resolve) => {
    // `exit` after `shutdown` is a clean end (0); the stream closing without them is not (1), as the protocol says.
    let shutDown = false;
    connection.onShutdown(() => {
      shutDown = true;
    });
    connection.onExit(() => resolve(shutDown ? 0 : 1));
    process.stdin.on('end', () => resolve(shutDown ? 0 : 1));
    startServer(connection, { cwd: io.cwd, env: io.env });
  });
}
