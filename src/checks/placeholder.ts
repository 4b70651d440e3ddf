import { INIT_PLACEHOLDERS } from '../placeholders.js';
import { describePath } from '../schema/nomination.js';
import type { Localized } from '../i18n/text.js';
import type { Check, CheckContext, KeyPath, NominationDoc } from '../types.js';
import { frontMatterData, sectionTitle } from './helpers.js';
import { sectionBody } from './section-body.js';

/**
 * Text that stands in for the real thing reaches the judges as it is: a value left as
 * `iba-lint init` wrote it, the marks writers leave for later (`TODO`, `TBD`, `XXX`,
 * lorem ipsum), and example.com addresses (reserved for examples, RFC 2606, so never a
 * real page). Looked for in every front-matter value and in the text of every section
 * of the entry; comments are the writer's notes and are skipped.
 */
const check: Check = {
  id: 'placeholder',
  description: 'No value or section text still holds a placeholder: what iba-lint init wrote, TODO, TBD, XXX, lorem ipsum, or an example.com address.',
  severity: 'error',
  messages: {
    init: '{{where}} is still "{{placeholder}}", as iba-lint init wrote it: {{todo}}',
    word: '{{where}} holds "{{placeholder}}", a placeholder: replace it with the real text before submitting the entry',
    address: '{{where}} holds "{{placeholder}}", an example.com address, which is reserved for examples: give the real address',
  },
  check(doc, ctx) {
    for (const { value, path } of stringValues(frontMatterData(doc))) {
      // Where a value is, in words and in the file, is worked out only for a value that holds a placeholder.
      const place = () => ({ where: { en: describePath(path, 'en'), pl: `„${describePath(path, 'pl')}”` } satisfies Localized, at: doc.frontMatter.valueAt(path) });
      const init = initPlaceholder(value, path);
      if (init) {
        const { where, at } = place();
        ctx.report({ messageId: 'init', data: { where, placeholder: value.trim(), todo: init }, at });
      } else {
        for (const found of placeholdersIn(value)) {
          const { where, at } = place();
          ctx.report({ messageId: found.kind, data: { where, placeholder: found.text }, at });
        }
      }
    }
    checkSections(doc, ctx);
  },
};

/** What to do instead of each value init writes, by key. */
const INIT_TODO: Record<string, Localized> = {
  nominee: { en: "write the name of the team, department or person nominated", pl: 'wpisz nazwę nominowanego zespołu, działu lub osoby' },
  'video.url': { en: "give the video's address (https://…), or its file as file:", pl: 'podaj adres filmu (https://…) albo jego plik jako „file:”' },
};

function initPlaceholder(value: string, path: KeyPath): Localized | undefined {
  if (path[0] !== 'nominee' && path[0] !== 'video') return undefined;
  const key = path.join('.');
  const written = value.trim().toLowerCase();
  if (key === 'nominee' && Object.values(INIT_PLACEHOLDERS.nominee).some((p) => p.toLowerCase() === written)) return INIT_TODO.nominee;
  if (key === 'video.url' && written === INIT_PLACEHOLDERS.videoUrl) return INIT_TODO['video.url'];
  return undefined;
}

/**
 * The marks, as whole words: `TODO`, `TBD`, `XXX` in capitals or small letters (not
 * `Todo`, a word in some languages, nor `XX`, the Polish Roman twenty), lorem ipsum in
 * any case; and an example.com, .org or .net address with its path (less a full stop or
 * comma after it, which ends the sentence). Each part is bounded
 * or anchored on a word start, so the scan is linear in the text.
 */
const PLACEHOLDER = new RegExp(
  [
    '(?<address>(?<![\\p{L}\\d.@-])(?:https?://)?(?:[\\p{L}\\d-]{1,63}\\.){0,8}example\\.(?:com|org|net)(?![\\p{L}\\d-])(?:[/?#](?:[^\\s<>"\'`)\\]]*[^\\s<>"\'`)\\].,;:!?])?)?)',
    '(?<word>(?<![\\p{L}\\d])(?:TODO|todo(?=:)|TBD|tbd|XXX|xxx|[Ll]orem[ \\t\\u00a0]+[Ii]psum|LOREM[ \\t\\u00a0]+IPSUM)(?![\\p{L}\\d]))',
  ].join('|'),
  'gu',
);
/**
 * A cheap look before the expression runs, since most text holds none of these: each
 * mark as PLACEHOLDER spells it (`orem` for lorem ipsum, the rest of which it spells in
 * both cases). Case-sensitive words without look-arounds, which V8 scans for several
 * times faster than PLACEHOLDER, a case-insensitive expression or a search per word.
 */
const MAY_HOLD = /TODO|todo|TBD|tbd|XXX|xxx|orem|OREM|example\./;

function* placeholdersIn(text: string): Generator<{ kind: 'word' | 'address'; text: string; index: number }> {
  if (!MAY_HOLD.test(text)) return;
  for (const match of text.matchAll(PLACEHOLDER)) {
    yield { kind: match.groups!.address !== undefined ? 'address' : 'word', text: match[0], index: match.index };
  }
}

/** Every string in the front matter with its key path, walked without recursion (a value may nest deep). */
function* stringValues(data: Record<string, unknown>): Generator<{ value: string; path: KeyPath }> {
  const stack: Array<{ value: unknown; path: Array<string | number> }> = Object.entries(data).reverse().map(([key, value]) => ({ value, path: [key] }));
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') yield { value, path };
    else if (Array.isArray(value)) for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      for (let i = entries.length - 1; i >= 0; i--) stack.push({ value: entries[i]![1], path: [...path, entries[i]![0]] });
    }
  }
}

/** The sections that go into the form; text under an unknown heading is not sent, and unknown-section says so. */
function checkSections(doc: NominationDoc, ctx: CheckContext): void {
  // The sections are parts of the text: a text without a mark has none in them (front-matter values are looked at one by one, since YAML escapes can spell a mark).
  if (!MAY_HOLD.test(doc.text)) return;
  for (const section of doc.sections) {
    const rule = section.id === null ? undefined : ctx.ruleset.sections[section.id];
    if (!rule || section.bodyEndLine < section.bodyStartLine) continue;
    const { body, at } = sectionBody(doc, section);
    const title = sectionTitle(rule);
    const where: Localized = { en: `The section "${title.en}"`, pl: `Sekcja „${title.pl}”` };
    for (const found of placeholdersIn(body)) ctx.report({ messageId: found.kind, data: { where, placeholder: found.text }, at: at(found.index) });
  }
}

export default check;
