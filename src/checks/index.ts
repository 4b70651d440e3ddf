import type { Check } from '../types.js';
import attachmentMissing from './attachment-missing.js';
import attachmentOutside from './attachment-outside.js';
import attachmentUnreferenced from './attachment-unreferenced.js';
import attachmentsLimit from './attachments-limit.js';
import category from './category.js';
import directive from './directive.js';
import duplicateLink from './duplicate-link.js';
import eligibilityDate from './eligibility-date.js';
import frontMatter from './front-matter.js';
import { CHECK_IDS, type CheckId } from './ids.js';
import linkUrl from './link-url.js';
import linksLimit from './links-limit.js';
import placeholder from './placeholder.js';
import priorWinner from './prior-winner.js';
import schema from './schema.js';
import sectionDuplicate from './section-duplicate.js';
import sectionLength from './section-length.js';
import sectionMissing from './section-missing.js';
import summaryBullets from './summary-bullets.js';
import summaryFormat from './summary-format.js';
import unknownKey from './unknown-key.js';
import unknownSection from './unknown-section.js';
import video from './video.js';
import visibleMarkup from './visible-markup.js';

/** Every check by id; typed as a Record so a check id without a check fails to compile. */
const REGISTRY: Record<CheckId, Check> = {
  'front-matter': frontMatter,
  schema,
  'unknown-key': unknownKey,
  category,
  'section-missing': sectionMissing,
  'section-duplicate': sectionDuplicate,
  'section-length': sectionLength,
  'summary-bullets': summaryBullets,
  'summary-format': summaryFormat,
  'links-limit': linksLimit,
  'link-url': linkUrl,
  'duplicate-link': duplicateLink,
  'attachments-limit': attachmentsLimit,
  'attachment-missing': attachmentMissing,
  'attachment-outside': attachmentOutside,
  'attachment-unreferenced': attachmentUnreferenced,
  video,
  'prior-winner': priorWinner,
  placeholder,
  'visible-markup': visibleMarkup,
  'unknown-section': unknownSection,
  'eligibility-date': eligibilityDate,
  directive,
};

/** The checks in report order (SPEC §4). */
export const CHECKS: readonly Check[] = CHECK_IDS.map((id) => {
  const check = REGISTRY[id];
  if (check.id !== id) throw new Error(`check registered as "${id}" says its id is "${check.id}"`);
  return check;
});

export function getCheck(id: CheckId): Check {
  return REGISTRY[id];
}

/** Where a check's documentation lives. Built here only, from the id. */
export function docsUrl(id: CheckId): string {
  return `https://github.com/iba-lint/iba-lint/blob/main/docs/checks/${id}.md`;
}
