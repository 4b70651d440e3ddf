import { formatMessage } from '../messages.js';
import type { Locale } from './locale.js';
import type { MessageData } from './text.js';

/**
 * The words of the human report (the stylish formatter) around the messages: the
 * column headers, the notes of the section table and the tally. Same template
 * syntax as check messages, plural words included; a test keeps the languages in step.
 */
export const UI: Record<Locale, Record<string, string>> = {
  en: {
    noProblems: 'no problems',
    error: 'error',
    warning: 'warning',
    section: 'Section',
    used: 'Used',
    limit: 'Limit',
    missing: 'missing',
    notIncluded: 'not included (optional)',
    percent: '{{percent}}%',
    over: '{{percent}}%, {{overflow}} over',
    bullets: '{{count}}/{{limit}} {{limit|bullet|bullets}}',
    countedIn: 'Counted in {{unit}}.',
    cutAfter: '{{title}} is {{overflow}} over the limit: it fits up to “{{sentence}}” — cut after that',
    cutNothingFits: '{{title}} is {{overflow}} over the limit, and not even its first sentence fits: shorten it',
    underHalf: '{{title}} uses {{percent}}% of its space: judges see entries that use the space they are given',
    clean: '✔ {{files}} {{files|file|files}} checked: no problems',
    tally: '✖ {{problems}} {{problems|problem|problems}} ({{errors}} {{errors|error|errors}}, {{warnings}} {{warnings|warning|warnings}}) in {{files}} {{files|file|files}}',
  },
  pl: {
    noProblems: 'brak problemów',
    error: 'błąd',
    warning: 'ostrzeżenie',
    section: 'Sekcja',
    used: 'Użyto',
    limit: 'Limit',
    missing: 'brak',
    notIncluded: 'nie dodano (opcjonalna)',
    percent: '{{percent}}%',
    over: '{{percent}}%, {{overflow}} ponad limit',
    bullets: 'punkty: {{count}}/{{limit}}',
    countedIn: 'Liczone w {{unit}}.',
    cutAfter: 'Sekcja „{{title}}” przekracza limit o {{overflow}}: mieści się do „{{sentence}}” — resztę trzeba skrócić',
    cutNothingFits: 'Sekcja „{{title}}” przekracza limit o {{overflow}} i nie mieści się nawet jej pierwsze zdanie: skróć ją',
    underHalf: 'Sekcja „{{title}}” wykorzystuje {{percent}}% miejsca: jury widzi zgłoszenia, które korzystają z dostępnego miejsca',
    clean: '✔ Sprawdzono {{files}} {{files|plik|pliki|plików|pliku}}: brak problemów',
    // "w 1 pliku, w 2 plikach": the locative after "w".
    tally: '✖ {{problems}} {{problems|problem|problemy|problemów|problemu}} ({{errors}} {{errors|błąd|błędy|błędów|błędu}}, {{warnings}} {{warnings|ostrzeżenie|ostrzeżenia|ostrzeżeń|ostrzeżenia}}) w {{files}} {{files|pliku|plikach|plikach|pliku}}',
  },
};

/** One string of the report in a language, filled like a check's message. */
export function ui(locale: Locale, id: string, data: MessageData = {}): string {
  return formatMessage('stylish', UI[locale], id, data, locale);
}
