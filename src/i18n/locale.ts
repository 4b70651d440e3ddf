/** The languages iba-lint speaks. */
export const LOCALES = ['en', 'pl'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

/** The environment variables that name a language, in the order POSIX reads them. */
export const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * The language of messages: --locale, then the config file's `locale`, then the
 * environment as POSIX orders it (LC_ALL, LC_MESSAGES, LANG; `pl_PL.UTF-8` is
 * Polish), else English.
 */
export function resolveLocale(flag: string | undefined, configured: string | undefined, env: Readonly<Record<string, string | undefined>>): Locale {
  for (const choice of [flag, configured]) if (choice && isLocale(choice)) return choice;
  for (const name of LOCALE_VARIABLES) {
    const value = env[name];
    if (!value) continue; // an empty variable does not decide, as in POSIX
    const language = value.split(/[_.@-]/)[0]!.toLowerCase();
    return isLocale(language) ? language : 'en';
  }
  return 'en';
}
