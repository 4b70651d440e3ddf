import type { Locale } from './i18n/locale.js';

/**
 * What `iba-lint init` writes where only the writer's own words belong. The template
 * and the placeholder check share these, so a value left as init wrote it is always
 * found, in either language's template.
 */
export const INIT_PLACEHOLDERS = {
  nominee: { en: 'Name of the team, department or person nominated', pl: 'Nazwa nominowanego zespołu, działu lub osoby' } satisfies Record<Locale, string>,
  videoUrl: 'https://example.com/replace-with-your-video',
} as const;
