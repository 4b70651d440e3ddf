import { join } from 'node:path';
import { ConfigResolver } from '../config/load.js';
import { outsideTheRepository } from '../files.js';
import { resolveLocale, type Locale } from '../i18n/locale.js';
import type { CliIo } from './io.js';

/**
 * The language of `init` and `categories`, decided as for lint (resolveLocale):
 * --locale, then the `locale` of the config nearest to `folder` (the folder the
 * new nomination goes in, or the working folder), then LC_ALL/LC_MESSAGES/LANG.
 */
export function commandLocale(flag: string | undefined, folder: string, io: CliIo): Locale {
  if (flag !== undefined) return resolveLocale(flag, undefined, io.env);
  // forFile looks in the folder of the file it is given, then upward: any name in `folder` will do.
  const file = join(folder, 'nomination.md');
  // As lint does for a file: configs are not looked for through a committed link that leads out of the repository.
  const configured = outsideTheRepository(file, io.cwd) === undefined ? new ConfigResolver({ cwd: io.cwd }).forFile(file).locale : undefined;
  return resolveLocale(undefined, configured, io.env);
}
