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
    // Each number carries its unit; the `…Words` twins serve a ruleset counted in words.
    over: '{{percent}}%, {{overflow}} {{overflow|character|characters}} over',
    overWords: '{{percent}}%, {{overflow}} {{overflow|word|words}} over',
    bullets: '{{count}}/{{limit}} {{limit|bullet|bullets}}',
    countedIn: 'Counted in {{unit}}.',
    cutAfter: '{{title}} is {{overflow}} {{overflow|character|characters}} over the limit: it fits up to “{{sentence}}” — cut after that',
    cutAfterWords: '{{title}} is {{overflow}} {{overflow|word|words}} over the limit: it fits up to “{{sentence}}” — cut after that',
    cutNothingFits: '{{title}} is {{overflow}} {{overflow|character|characters}} over the limit, and not even its first sentence fits: shorten it',
    cutNothingFitsWords: '{{title}} is {{overflow}} {{overflow|word|words}} over the limit, and not even its first sentence fits: shorten it',
    // A neutral note, worded as advice: the rules page says nothing about how judges weigh length.
    underHalf: '{{title}} uses {{percent}}% of its {{limit}} {{limit|character|characters}}: you may want to add to it',
    underHalfWords: '{{title}} uses {{percent}}% of its {{limit}} {{limit|word|words}}: you may want to add to it',
    // Some browser counters count each line break as two characters (the CR LF a form submits).
    breaksAsTwo:
      '{{title}} has {{breaks}} {{breaks|line break|line breaks}}: a form that counts each as two characters, as some browser counters do, would count {{count}} {{count|character|characters}}, over its limit of {{limit}} {{limit|character|characters}}',
    noLinksOrAttachments:
      'No links or attachments: the rules page calls them optional but highly recommended to support the nomination (up to {{links}} {{links|link|links}} and {{documents}} {{documents|document|documents}})',
    // The language server's hover and lens on a section heading: "1,258 / 1,150 characters, 108 characters over".
    // The language server's code actions, as ESLint's extension names them.
    fixThis: 'Fix this {{rule}} problem',
    disableForLine: 'Disable {{rule}} for this line',
    disableForFile: 'Disable {{rule}} for this file',
    usage: '{{countText}} / {{limitText}} {{limit|character|characters}}',
    usageWords: '{{countText}} / {{limitText}} {{limit|word|words}}',
    usageOver: ', {{overflowText}} {{overflow|character|characters}} over',
    usageOverWords: ', {{overflowText}} {{overflow|word|words}} over',
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
    notIncluded: 'pominięta (sekcja opcjonalna)',
    percent: '{{percent}}%',
    over: '{{percent}}%, {{overflow}} {{overflow|znak|znaki|znaków|znaku}} ponad limit',
    overWords: '{{percent}}%, {{overflow}} {{overflow|słowo|słowa|słów|słowa}} ponad limit',
    bullets: '{{count}}/{{limit}} {{limit|punkt|punkty|punktów|punktu}}',
    countedIn: 'Liczone w {{unit}}.',
    // "o 1 znak, o 2 znaki, o 5 znaków": the accusative after "o", which matches the nominative forms.
    cutAfter: 'Sekcja „{{title}}” przekracza limit o {{overflow}} {{overflow|znak|znaki|znaków|znaku}}: mieści się do „{{sentence}}” — resztę trzeba skrócić',
    cutAfterWords: 'Sekcja „{{title}}” przekracza limit o {{overflow}} {{overflow|słowo|słowa|słów|słowa}}: mieści się do „{{sentence}}” — resztę trzeba skrócić',
    cutNothingFits: 'Sekcja „{{title}}” przekracza limit o {{overflow}} {{overflow|znak|znaki|znaków|znaku}} i nie mieści się nawet jej pierwsze zdanie: skróć ją',
    cutNothingFitsWords: 'Sekcja „{{title}}” przekracza limit o {{overflow}} {{overflow|słowo|słowa|słów|słowa}} i nie mieści się nawet jej pierwsze zdanie: skróć ją',
    // "z 1 znaku, z 2 znaków, z 4900 znaków": the genitive after "z" (out of), so these forms differ from the nominative ones.
    underHalf: 'Sekcja „{{title}}” wykorzystuje {{percent}}% z {{limit}} {{limit|znaku|znaków|znaków|znaku}}: możesz ją jeszcze uzupełnić',
    underHalfWords: 'Sekcja „{{title}}” wykorzystuje {{percent}}% z {{limit}} {{limit|słowa|słów|słów|słowa}}: możesz ją jeszcze uzupełnić',
    // "ma 1 podział, 2 podziały, 5 podziałów wiersza"; "policzyłby 1 znak, 2 znaki, 5 znaków"; "limitu 1 znaku, 2 znaków": the genitive after "limitu".
    breaksAsTwo:
      'Sekcja „{{title}}” ma {{breaks}} {{breaks|podział|podziały|podziałów|podziału}} wiersza: formularz liczący każdy z nich jako dwa znaki, jak niektóre liczniki w przeglądarkach, policzyłby {{count}} {{count|znak|znaki|znaków|znaku}}, ponad limit {{limit}} {{limit|znaku|znaków|znaków|znaku}}',
    // The page's words: „Opcjonalnie (ale wysoce zalecane) dodaj do zgłoszenia maksymalnie 10 linków … i maksymalnie 10 załączonych dokumentów”.
    noLinksOrAttachments:
      'Brak linków i załączników: strona konkursu nazywa je opcjonalnymi, ale wysoce zalecanymi, by poprzeć kandydaturę przed jury (maksymalnie {{links}} {{links|link|linki|linków|linku}} i {{documents}} {{documents|załączony dokument|załączone dokumenty|załączonych dokumentów|załączonego dokumentu}})',
    fixThis: 'Popraw ten problem ({{rule}})',
    disableForLine: 'Wyłącz {{rule}} dla tego wiersza',
    disableForFile: 'Wyłącz {{rule}} dla tego pliku',
    usage: '{{countText}} / {{limitText}} {{limit|znak|znaki|znaków|znaku}}',
    usageWords: '{{countText}} / {{limitText}} {{limit|słowo|słowa|słów|słowa}}',
    usageOver: ', {{overflowText}} {{overflow|znak|znaki|znaków|znaku}} ponad limit',
    usageOverWords: ', {{overflowText}} {{overflow|słowo|słowa|słów|słowa}} ponad limit',
    clean: '✔ Sprawdzono {{files}} {{files|plik|pliki|plików|pliku}}: brak problemów',
    // "w 1 pliku, w 2 plikach": the locative after "w".
    tally: '✖ {{problems}} {{problems|problem|problemy|problemów|problemu}} ({{errors}} {{errors|błąd|błędy|błędów|błędu}}, {{warnings}} {{warnings|ostrzeżenie|ostrzeżenia|ostrzeżeń|ostrzeżenia}}) w {{files}} {{files|pliku|plikach|plikach|pliku}}',
  },
};

/** One string of the report in a language, filled like a check's message. */
export function ui(locale: Locale, id: string, data: MessageData = {}): string {
  return formatMessage('stylish', UI[locale], id, data, locale);
}
