import type { CheckId } from '../checks/ids.js';

/**
 * The Polish templates of every check's messages, by check id and messageId. The
 * English source is each check's `messages`; a test checks that every messageId is
 * here with the same placeholders. Plural words have the four Polish forms
 * one|few|many|other: {{count|znak|znaki|znaków|znaku}} gives 1 znak, 2 znaki,
 * 5 znaków, 1,5 znaku. Section titles, dates and category names arrive already in
 * Polish ("Podsumowanie", "1 stycznia 2024"); keys, codes and values written in the
 * nomination are quoted as written.
 */
export const PL: Record<CheckId, Record<string, string>> = {
  'front-matter': {
    missing: 'Brak front matter: zacznij plik od wiersza „---”, wpisz klucze „category:” i „nominee:”, a po nich znów wiersz „---”',
    unclosed: 'Blok front matter nie jest zamknięty: dodaj wiersz „---” po ostatnim kluczu',
    language: 'Front matter w języku „{{language}}” jest niedozwolony: odczytywany jest tylko YAML, a front matter nigdy nie jest wykonywany',
    yaml: 'Front matter nie jest poprawnym YAML-em: {{reason}}',
    duplicateKey: 'Klucz „{{key}}” występuje we front matter dwa razy (pierwszy raz w wierszu {{firstLine}}): zostaw jeden',
    tag: 'Tag YAML „{{tag}}” jest we front matter niedozwolony: wpisz zwykłą wartość',
    notMapping: 'Front matter to {{found}}, a nie zestaw kluczy takich jak „category:” i „nominee:”',
  },
  schema: {
    type: '„{{key}}”: to musi być {{expected}}',
    required: '„{{key}}”: brakuje klucza „{{missing}}” – {{expected}}',
    requiredTop: 'We front matter brakuje klucza „{{missing}}”: dodaj go – {{expected}}',
    enum: '„{{key}}”: dozwolone wartości to {{allowed}}, a nie {{actual}}',
    empty: '„{{key}}”: wartość jest pusta, a powinna to być {{expected}}',
  },
  'unknown-key': {
    unknown: 'Nieznany klucz „{{key}}” zostanie pominięty; w tym miejscu dozwolone są klucze: {{known}}',
    suggest: 'Nieznany klucz „{{key}}” zostanie pominięty; czy chodziło o „{{suggestion}}”?',
  },
  category: {
    missing: 'Brak kategorii: dodaj „category:” z jednym z kodów {{codes}}',
    unknown: '„{{value}}” nie jest kodem kategorii konkursu {{competition}}: użyj jednego z kodów {{codes}}',
    suggest: '„{{value}}” nie jest kodem kategorii konkursu {{competition}}: czy chodziło o „{{suggestion}}” ({{name}})?',
  },
  'section-missing': {
    missing: 'Brakuje wymaganej sekcji „{{title}}”: dodaj nagłówek „## {{title}}”, a pod nim {{description}}',
    missingMeant: 'Brakuje wymaganej sekcji „{{title}}”; być może jest nią nagłówek „## {{heading}}” w wierszu {{line}}: nazwij go „## {{title}}”',
    empty: 'Sekcja „{{title}}” jest pusta: wpisz {{description}}',
  },
  'section-duplicate': {
    duplicate: 'Sekcja „{{title}}” występuje ponownie (pierwszy raz w wierszu {{firstLine}}): połącz obie w jedną',
  },
  'section-length': {
    tooLong: 'Sekcja „{{title}}” ma {{count}} {{count|znak|znaki|znaków|znaku}}, a limit to {{limit}} {{limit|znak|znaki|znaków|znaku}}: skróć ją o {{overflow}} {{overflow|znak|znaki|znaków|znaku}}',
    tooLongWords: 'Sekcja „{{title}}” ma {{count}} {{count|słowo|słowa|słów|słowa}}, a limit to {{limit}} {{limit|słowo|słowa|słów|słowa}}: skróć ją o {{overflow}} {{overflow|słowo|słowa|słów|słowa}}',
  },
  'summary-bullets': {
    noList: 'Sekcja „{{title}}” nie ma listy punktowanej: zapisz każde osiągnięcie jako punkt zaczynający się od „- ”',
    tooMany: 'Sekcja „{{title}}” ma {{count}} {{count|punkt|punkty|punktów|punktu}}, a limit to {{limit}} {{limit|punkt|punkty|punktów|punktu}}: usuń {{overflow}} {{overflow|punkt|punkty|punktów|punktu}} (to jest punkt nr {{number}})',
  },
  'summary-format': {
    textOutsideList: 'Sekcja „{{title}}” zawiera tekst poza listą punktowaną: zrób z niego punkt albo przenieś go do innej sekcji',
    nested:
      'Punkt {{number}} sekcji „{{title}}” ma {{count}} {{count|zagnieżdżony punkt|zagnieżdżone punkty|zagnieżdżonych punktów|zagnieżdżonego punktu}}: {{count|to osobny punkt, który wlicza się|to osobne punkty, które wliczają się|to osobne punkty, które wliczają się|to osobne punkty, które wliczają się}} do limitu {{limit}} {{limit|punktu|punktów|punktów|punktu}}; przenieś {{count|go|je|je|je}} na najwyższy poziom albo włącz {{count|go|je|je|je}} do treści punktu',
    ordered: 'Sekcja „{{title}}” jest listą numerowaną („{{marker}}”): strona konkursu prosi o listę punktowaną, więc zacznij każdy punkt od „- ”',
    pasted: 'Sekcja „{{title}}” oznacza punkty znakiem „{{marker}}”: iba-lint liczy je jako punkty, a formularz, który przyjmuje zwykły tekst, pokaże „{{marker}}” tak, jak go wpisano',
  },
  'links-limit': {
    tooMany: 'Lista „links” ma {{count}} {{count|link|linki|linków|linku}}, a limit to {{limit}} {{limit|link|linki|linków|linku}}: usuń {{overflow}} {{overflow|link|linki|linków|linku}} (to jest link nr {{number}})',
  },
  'link-url': {
    invalid: 'Link „{{url}}” nie jest pełnym adresem internetowym: wpisz go w całości, zaczynając od https://',
  },
  'duplicate-link': {
    duplicate: 'Link „{{url}}” występuje dwa razy (pierwszy raz w wierszu {{firstLine}}): usuń jeden z nich',
  },
  'attachments-limit': {
    tooMany: 'Lista „attachments” ma {{count}} {{count|załącznik|załączniki|załączników|załącznika}}, a limit to {{limit}} {{limit|załącznik|załączniki|załączników|załącznika}}: usuń {{overflow}} {{overflow|załącznik|załączniki|załączników|załącznika}} (to jest załącznik nr {{number}})',
  },
  'attachment-missing': {
    missing: 'Załącznik „{{path}}” nie istnieje: popraw ścieżkę (względną wobec folderu zgłoszenia) albo dodaj plik',
    folder: 'Załącznik „{{path}}” jest folderem, a nie plikiem: podaj ścieżkę samego pliku (względną wobec folderu zgłoszenia)',
    special: 'Załącznik „{{path}}” nie jest zwykłym plikiem (to urządzenie, FIFO lub gniazdo): załącz plik',
  },
  'attachment-outside': {
    absolute: 'Załącznik „{{path}}” ma ścieżkę bezwzględną: umieść plik w folderze zgłoszenia lub poniżej (na przykład w evidence/) i podaj ścieżkę od niego',
    parent: 'Załącznik „{{path}}” leży poza folderem zgłoszenia: przenieś plik do niego lub poniżej (na przykład do evidence/), by zgłoszenie i jego dowody były razem',
    link: 'Załącznik „{{path}}” jest dowiązaniem prowadzącym poza folder zgłoszenia: umieść sam plik w tym folderze lub poniżej (na przykład w evidence/)',
  },
  'attachment-unreferenced': {
    unreferenced: 'Załącznik „{{name}}” nie jest wspomniany w sekcji „{{title}}”: napisz, jak wspiera zgłoszenie, podając nazwę pliku lub tytuł',
    noSection: 'Załącznik „{{name}}” jest na liście, ale brakuje sekcji „{{title}}”, która by go opisała: dodaj „## {{title}}”',
  },
  video: {
    missing: 'Zgłoszenie wideo wymaga klucza „video:” z kluczem „url:” lub „file:” oraz „duration:” (na przykład 4:30)',
    noSource: 'Podaj „url:” (adres filmu, zaczynający się od https://) albo „file:” (ścieżkę przesyłanego pliku, względną wobec folderu zgłoszenia)',
    url: '„video.url” musi być pełnym adresem filmu, zaczynającym się od https://',
    fileOutside: 'Plik „video.file” („{{path}}”) leży poza folderem zgłoszenia: umieść film w tym folderze lub poniżej i podaj ścieżkę od niego',
    fileMissing: 'Plik „video.file” („{{path}}”) nie istnieje: popraw ścieżkę (względną wobec folderu zgłoszenia) albo dodaj plik',
    fileNotFile: '„video.file” („{{path}}”) nie jest zwykłym plikiem: podaj ścieżkę samego pliku z filmem',
    noDuration: 'Brak „video.duration”: podaj długość filmu jako m:ss lub liczbę sekund (najwyżej {{max}})',
    badDuration: '„video.duration” o wartości „{{duration}}” nie jest długością: zapisz ją jako m:ss (na przykład 4:30) lub liczbę sekund',
    notPositive: 'Długość filmu „{{duration}}” („video.duration”) nie jest większa od zera: podaj prawdziwą długość filmu (najwyżej {{max}})',
    tooLong: 'Film trwa {{duration}}, a limit to {{max}}: skróć go o {{overflow}}',
    notVideoFormat: 'Jest blok „video:”, ale brak „format: video”, więc zgłoszenie jest czytane jako esej, a film jest pomijany: dodaj „format: video” albo usuń „video:”',
  },
  'prior-winner': {
    sameCategory:
      'To zgłoszenie wygrało w {{year}} r. w kategorii „{{won}}”, która w tym roku jest kategorią {{category}} („{{name}}”), i nie zostało zaktualizowane („prior_win.updated: false”): zgłoś je w innej kategorii albo uzupełnij je o nowsze osiągnięcia i ustaw „updated: true”',
    code:
      '„{{won}}” w „prior_win.categories” to kod, a kody kategorii zmieniają się między edycjami, więc nie dało się sprawdzić zasady ponownego zgłaszania: wpisz nazwę kategorii, w której zgłoszenie wygrało w {{year}} r., np. „{{example}}”',
    notPrevious:
      '„{{won}}” w „prior_win.categories” to kategoria {{category}}, nowa w {{thisYear}} r., więc nie było jej w {{year}} r. i nie dało się sprawdzić zasady ponownego zgłaszania: wpisz nazwę kategorii, w której zgłoszenie wygrało w {{year}} r.',
    unknown:
      '„{{won}}” w „prior_win.categories” nie jest kategorią z {{year}} r. znaną zestawowi reguł, więc nie dało się sprawdzić zasady ponownego zgłaszania: wpisz pełną nazwę kategorii z {{year}} r., np. „{{example}}”',
    notRecent:
      '„prior_win.updated” ma wartość true, ale ani opis osiągnięć, ani podsumowanie nie wspominają o {{year}} ani o {{thisYear}} r.: upewnij się, że zgłoszenie zaktualizowano o ostatnie osiągnięcia, bo tego wymaga ponowne zgłoszenie do wygranej kategorii',
    otherYear:
      '„prior_win.year” to {{givenYear}} r., a ponownie zgłaszać można zwycięzców z {{year}} r., więc zasady ponownego zgłaszania nie zastosowano do tej wygranej: jeśli zgłoszenie wygrało w {{year}} r., wpisz {{year}}',
  },
  placeholder: {
    init: '{{where}} ma nadal wartość „{{placeholder}}” wpisaną przez iba-lint init: {{todo}}',
    word: '{{where}} zawiera „{{placeholder}}”, czyli tekst zastępczy: przed wysłaniem zgłoszenia zastąp go właściwą treścią',
    address: '{{where}} zawiera „{{placeholder}}”, adres w domenie example.com, zarezerwowanej dla przykładów: podaj prawdziwy adres',
  },
  'visible-markup': {
    emphasis: 'Formularz przyjmuje zwykły tekst: „{{markup}}” pojawi się razem z gwiazdkami lub podkreślnikami, które dodają do licznika {{count}} {{count|znak|znaki|znaków|znaku}}; usuń je',
    code: 'Formularz przyjmuje zwykły tekst: „{{markup}}” pojawi się razem z odwrotnymi apostrofami, które dodają do licznika {{count}} {{count|znak|znaki|znaków|znaku}}; usuń je',
    link: 'Formularz przyjmuje zwykły tekst: link „{{markup}}” pojawi się tak, jak go wpisano, i doda do licznika {{count}} {{count|znak|znaki|znaków|znaku}} ponad swój tekst; zostaw sam tekst, a adres podaj w „links:”',
    html: 'Formularz przyjmuje zwykły tekst: HTML „{{markup}}” pojawi się tak, jak go wpisano, a jego znaczniki dodadzą do licznika {{count}} {{count|znak|znaki|znaków|znaku}}; usuń znaczniki',
    heading: 'Formularz przyjmuje zwykły tekst: podtytuł „{{markup}}” pojawi się razem z krzyżykami, które dodają do licznika {{count}} {{count|znak|znaki|znaków|znaku}}; zapisz go jako zwykły wiersz tekstu',
    table: 'Formularz przyjmuje zwykły tekst: tabela zaczynająca się od „{{markup}}” pojawi się jako wiersze kresek, które dodają do licznika {{count}} {{count|znak|znaki|znaków|znaku}}; zapisz ją zdaniami lub jako listę',
    decomposed:
      '{{section}} zawiera {{count}} {{count|rozłożoną literę|rozłożone litery|rozłożonych liter|rozłożonej litery}} (litera i osobny znak diakrytyczny): iba-lint liczy je złożone, ale wklejone z tego pliku mogą liczyć się podwójnie; wklej tekst wypisany przez „iba-lint export”, który je składa',
  },
  'unknown-section': {
    unknown: '„## {{heading}}” nie jest sekcją formularza zgłoszeniowego ({{sections}}); tekst pod tym nagłówkiem nie jest liczony ani wysyłany',
    suggest: '„## {{heading}}” nie jest sekcją formularza zgłoszeniowego; czy chodziło o „## {{suggestion}}”? Tekst pod tym nagłówkiem nie jest liczony ani wysyłany',
    outside: 'Ten tekst jest poza sekcjami, więc nie trafi do zgłoszenia: przenieś go do jednej z sekcji {{sections}}',
  },
  'eligibility-date': {
    before: 'Data „{{date}}” przypada przed {{since}} r., a liczą się tylko osiągnięcia od tej daty: upewnij się, że to tylko tło, a nie opisywane osiągnięcie',
  },
  directive: {
    hardLimit: '„{{id}}” to twardy limit formularza zgłoszeniowego i nie można go wyłączyć w pliku: formularz i tak odrzuci zgłoszenie, które go łamie (plik konfiguracji może go wyłączyć dla innego programu)',
    self: '„directive” nie można wyłączyć w pliku: plik nie może ukryć problemów z własnymi dyrektywami (plik konfiguracji może ustawić „directive” w „rules”)',
    unknown: '„{{id}}” nie jest identyfikatorem sprawdzenia, więc ta dyrektywa nic dla niego nie robi (identyfikatory są w docs/checks/README.md)',
    suggest: '„{{id}}” nie jest identyfikatorem sprawdzenia, więc ta dyrektywa nic dla niego nie robi: czy chodziło o „{{suggestion}}”?',
    unknownDirective: '„{{directive}}” nie jest dyrektywą, więc nic nie robi: dyrektywy to iba-lint-disable, iba-lint-enable, iba-lint-disable-line i iba-lint-disable-next-line',
    suggestDirective: '„{{directive}}” nie jest dyrektywą, więc nic nie robi: czy chodziło o „{{suggestion}}”?',
    multiline: 'iba-lint-disable-line musi kończyć się w wierszu, w którym się zaczyna: aby objąć wiersz dłuższym komentarzem, wpisz iba-lint-disable-next-line w wierszu nad nim',
    unusedDisable: 'Niepotrzebna dyrektywa iba-lint-disable (nie zgłoszono żadnego problemu z {{ids}})',
    unusedDisableAll: 'Niepotrzebna dyrektywa iba-lint-disable (nie zgłoszono żadnego problemu)',
    unusedEnable: 'Niepotrzebna dyrektywa iba-lint-enable (brak wcześniejszej dyrektywy iba-lint-disable dla {{ids}})',
    unusedEnableAll: 'Niepotrzebna dyrektywa iba-lint-enable (brak wcześniejszej dyrektywy iba-lint-disable)',
  },
};
