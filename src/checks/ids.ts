/** Every check id of SPEC §4, and attachment-outside (paths that leave the nomination's folder), in report order. */
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
] as const;

export type CheckId = (typeof CHECK_IDS)[number];

export function isCheckId(value: string): value is CheckId {
  return (CHECK_IDS as readonly string[]).includes(value);
}
