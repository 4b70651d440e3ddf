#!/usr/bin/env node
// Thin on purpose: everything, including the exit code, is decided by main().
let main;
try {
  ({ main } = await import('../dist/cli.js'));
} catch (error) {
  const notBuilt = error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist');
  process.stderr.write(
    notBuilt ? 'iba-lint: not built yet: run "npm install" (or "npm run build") in the iba-lint folder\n' : `iba-lint: cannot start: ${error && error.message}\n`,
  );
  process.exit(2);
}
process.exitCode = await main(process.argv.slice(2));
