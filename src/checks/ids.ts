/**
 * Every check id of SPEC §4, attachment-outside (paths that leave the nomination's
 * folder) and directive (inline directive comments that cannot be applied), in report order.
 */
export const CHECK_IDS = [
  'front-matter',
  'schema',
  'unknown-key',
  'category',
  'section-missing',
  'section-duplicate',
  'section-length',
  'summary-bullets',
  'summary-format',
  'links-limit',
  'link-url',
  'duplicate-link',
  'attachments-limit',
  'attachment-missing',
  'attachment-outside',
  'attachment-unreferenced',
  'video',
  'prior-winner',
  'placeholder',
  'visible-markup',
  'unknown-section',
  'eligibility-date',
  'directive',
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export function isCheckId(value: string): value is CheckId {
  return (CHECK_IDS as readonly string[]).includes(value);
}

/**
 * The form's hard limits (SPEC §4): the entry form rejects an entry that breaks one,
 * so an inline directive may not switch them off — only a config file may, for
 * another programme. `encoding` and `file-too-large` are file problems, not checks,
 * and are listed so a directive naming them is refused too. The language server
 * offers "disable for this line" only for ids not listed here (see mayDisableInFile).
 */
export const FORM_LIMITS = [
  'section-length',
  'summary-bullets',
  'links-limit',
  'attachments-limit',
  'category',
  'prior-winner',
  'video',
  'front-matter',
  'schema',
  'encoding',
  'file-too-large',
] as const;

/**
 * Whether an inline directive may switch off reports of this id: not a form limit,
 * and not `directive` itself (a file cannot hide the problems with its own directives).
 */
export function mayDisableInFile(id: string): id is CheckId {
  return isCheckId(id) && id !== 'directive' && !(FORM_LIMITS as readonly string[]).includes(id);
}
