import { existsSync } from 'node:fs';

/**
 * The iba-lint package folder (holding package.json, rulesets/ and schemas/), as a
 * file URL ending in "/". Found by walking up from this module rather than by a
 * fixed "../..", so the same code works from src/, from dist/ and from the
 * one-file bundle in dist/bundle/.
 */
export const PACKAGE_ROOT: URL = findRoot(new URL('./', import.meta.url));

function findRoot(start: URL): URL {
  for (let dir = start; ; dir = new URL('../', dir)) {
    if (existsSync(new URL('package.json', dir))) return dir;
    if (dir.pathname === '/') return new URL('../', start);
  }
}
