import type { Locale } from '../src/i18n/locale.js';

/**
 * The page's own words. The report's words (column headers, notes, tally) and the
 * messages are src/'s (src/i18n/ui.ts, the checks' catalogues), so the page says what
 * the stylish report says; these are only the page's buttons and labels.
 */
export const PAGE: Record<Locale, Record<string, string>> = {
  en: {
    title: 'iba-lint: check a nomination',
    heading: 'Check a nomination',
    intro: 'The International Business Awards checks of iba-lint, while you type. Nothing you type leaves this browser: the draft is kept only in this browser’s storage.',
    language: 'Language',
    open: 'Open a .md file',
    dropHint: 'You can also drop a .md file on the editor.',
    category: 'Category',
    format: 'Format',
    essay: 'Essay',
    video: 'Video',
    newEntry: 'New entry',
    confirmNew: 'Replace the draft with a new entry? Download the draft first to keep it.',
    download: 'Download .md',
    editor: 'Nomination',
    report: 'Report',
    sections: 'Sections',
    usage: 'Usage',
    notes: 'Notes',
    forTheForm: 'For the form',
    copy: 'Copy ({count})',
    copyLabel: 'Copy {title} for the form ({count} of {limit})',
    copied: 'Copied {title}: {count} of {limit}',
    copyFailed: 'Could not copy: select the section in the editor and copy it yourself',
    problems: 'Problems',
    noNotes: 'No notes.',
    attachments: 'Attachments cannot be checked in a browser: run iba-lint in the entry’s folder to check that every listed file is there.',
    opened: 'Opened {name}',
    tooLarge: '{name} is larger than {size}, more than a nomination may be',
    notUtf8: '{name} is not UTF-8 text: save it as UTF-8',
  },
  pl: {
    title: 'iba-lint: sprawdź zgłoszenie',
    heading: 'Sprawdź zgłoszenie',
    intro: 'Sprawdzenia iba-lint dla International Business Awards, na bieżąco podczas pisania. Nic, co wpiszesz, nie opuszcza tej przeglądarki: szkic jest przechowywany tylko w jej pamięci.',
    language: 'Język',
    open: 'Otwórz plik .md',
    dropHint: 'Plik .md można też upuścić na edytor.',
    category: 'Kategoria',
    format: 'Forma',
    essay: 'Esej',
    video: 'Wideo',
    newEntry: 'Nowe zgłoszenie',
    confirmNew: 'Zastąpić szkic nowym zgłoszeniem? Aby go zachować, najpierw go pobierz.',
    download: 'Pobierz .md',
    editor: 'Zgłoszenie',
    report: 'Raport',
    sections: 'Sekcje',
    usage: 'Wykorzystanie',
    notes: 'Uwagi',
    forTheForm: 'Do formularza',
    copy: 'Kopiuj ({count})',
    copyLabel: 'Kopiuj sekcję „{title}” do formularza ({count} z {limit})',
    copied: 'Skopiowano sekcję „{title}”: {count} z {limit}',
    copyFailed: 'Nie udało się skopiować: zaznacz sekcję w edytorze i skopiuj ją samodzielnie',
    problems: 'Problemy',
    noNotes: 'Brak uwag.',
    attachments: 'Załączników nie da się sprawdzić w przeglądarce: uruchom iba-lint w folderze zgłoszenia, aby sprawdzić, czy każdy wymieniony plik jest na miejscu.',
    opened: 'Otwarto {name}',
    tooLarge: '{name} jest większy niż {size}, a tyle zgłoszenie mieć nie może',
    notUtf8: '{name} nie jest tekstem UTF-8: zapisz go jako UTF-8',
  },
};

/** A page string with its `{name}` slots filled. */
export function say(locale: Locale, id: string, data: Record<string, string | number> = {}): string {
  return PAGE[locale][id]!.replace(/\{(\w+)\}/g, (_, name: string) => String(data[name] ?? ''));
}
