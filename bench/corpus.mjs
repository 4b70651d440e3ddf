// A deterministic corpus of nominations for the benchmark: the same bytes on every
// machine and every run (a seeded generator, no clock, no randomness from the OS).
// Most entries pass; every few breaks one rule, so the report has real work to do.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TEAMS = ['Contact Center', 'Customer Care', 'Client Support', 'Service Desk', 'Helpline', 'Care Team', 'Member Services', 'Customer Experience'];
const ORGS = ['Nadwiślański Bank', 'Baltic Telecom', 'Vistula Insurance', 'Northgate Energy', 'Kraków Rail', 'Solis Airlines', 'Mazur Water', 'Odra Retail'];
const SENTENCES = [
  'In February 2024 a change in the way benefits are paid sent tens of thousands of customers to our phone lines within days.',
  'Traffic on the line rose by more than 400 percent in one week, and the average wait grew from 40 seconds to over 11 minutes.',
  'We treated it as a crisis from the first day: managers, HR, compliance and IT met every morning and published a single plan.',
  'Within 48 hours we moved 26 bilingual consultants from other lines and set up a call-back queue so that no caller waited on hold.',
  'We shortened onboarding from six weeks to three by pairing each new consultant with an experienced buddy.',
  'Every evening a team leader read the day’s complaints, and by the next morning the answers were in the knowledge base.',
  'Complaints about the confirmation process fell by two thirds in April 2024, and they have stayed low since.',
  'Since July 2024 the line has answered 94 percent of calls within 60 seconds, against a target of 80 percent.',
  'First-contact resolution rose from 71 to 86 percent, and customer satisfaction reached 4.7 out of 5 in our 2025 survey.',
  'Surge planning for every line is now part of our crisis playbook, with a bench of trained colleagues ready to help.',
  'In 2025 we used the same playbook when an outage tripled calls on a Saturday, and cleared the queue the same day.',
  'None of this came at the expense of other customers: service levels on the other lines never fell below 85 percent.',
  'Our chat assistants now hand over to a person with the whole conversation attached, so nobody has to repeat themselves.',
  'Customers with disabilities can book a video call with a sign-language interpreter, in Polish and in Ukrainian.',
  'We opened the knowledge base to branch staff, so an answer given on the phone is the same answer given at the counter.',
  'Before 2019 the team had no shared tools at all; today every consultant sees the same history of every customer.',
];
const BULLETS = [
  'Answered a 400 percent surge of calls in February 2024',
  'Cut the longest wait from over 11 minutes to under 5 within 48 hours',
  'Recruited and trained 43 consultants by June 2024; 39 are still with us',
  'Halved onboarding time, from six weeks to three',
  'Answered 94 percent of calls within 60 seconds since July 2024',
  'Raised first-contact resolution from 71 to 86 percent',
  'Reached customer satisfaction of 4.7 out of 5, the best in the company',
  'Turned the response into a playbook that cleared an outage surge in 2025',
  'Opened the knowledge base to 1,200 branch colleagues',
  'Added sign-language video calls in two languages',
  'Cut repeat calls by a third with chat hand-over',
  'Trained every team leader in crisis planning',
];

/** mulberry32: a small seeded generator, so the corpus is the same everywhere. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Nomination number i: about 4,000 to 4,800 characters of essay, eight bullets, three links, two attachments. */
export function nomination(i) {
  const random = generator(i + 1);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const flaw = i % 10; // 0–4 pass; 5–9 each break one rule (5: its attachment is missing)
  const essayTarget = flaw === 6 ? 5400 : 4000 + Math.floor(random() * 800);
  const paragraphs = [];
  let length = 0;
  while (length < essayTarget) {
    const paragraph = Array.from({ length: 3 }, () => pick(SENTENCES.slice(0, flaw === 9 ? 16 : 15))).join(' ');
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  const bulletCount = flaw === 7 ? 12 : 8;
  const bullets = Array.from({ length: bulletCount }, (_, b) => `- ${BULLETS[(i + b) % BULLETS.length]}`);
  const links = Array.from({ length: flaw === 8 ? 11 : 3 }, (_, l) => `  - https://news.web.example/${i}/story-${l}`);
  const category = `E0${1 + (i % 8)}`;
  return [
    '---',
    `category: ${category}`,
    `nominee: ${pick(TEAMS)}, ${pick(ORGS)} ${i}`,
    `organization: ${pick(ORGS)} S.A.`,
    'links:',
    ...links,
    'attachments:',
    `  - path: evidence/call-volume-${i}.csv`,
    '    title: Call volume and service level, 2024',
    '---',
    '',
    `# Every call answered, entry ${i}`,
    '',
    '## Achievements',
    '',
    paragraphs.join('\n\n'),
    '',
    '## Summary',
    '',
    ...bullets,
    '',
    '## Attachments',
    '',
    `The call volume file (call-volume-${i}.csv) shows daily calls and waiting times for every week of 2024.`,
    '',
  ].join('\n');
}

/** Writes `count` nominations into `folder` (emptied first) and returns their paths. */
export function writeCorpus(folder, count) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'evidence'), { recursive: true });
  const files = [];
  for (let i = 0; i < count; i++) {
    const file = join(folder, `nomination-${String(i).padStart(5, '0')}.md`);
    writeFileSync(file, nomination(i));
    if (i % 10 !== 5) writeFileSync(join(folder, 'evidence', `call-volume-${i}.csv`), 'week,calls\n1,100\n');
    files.push(file);
  }
  return files;
}

/**
 * One nomination per check, each breaking that check's rule (and otherwise the clean
 * entry 0), for the one-file runs: every kind of message a run can print, each timed
 * on its own. The bench checks that each file does report its check.
 */
export const KIND_EDITS = {
  'front-matter': (t) => t.replace('category: E01', 'category: [E01'),
  schema: (t) => t.replace(/^nominee: .*$/m, 'nominee: [one, two]'),
  'unknown-key': (t) => t.replace('organization:', 'organisaton:'),
  category: (t) => t.replace('category: E01', 'category: E1'),
  'section-missing': (t) => t.slice(0, t.indexOf('## Summary')) + t.slice(t.indexOf('## Attachments')),
  'section-duplicate': (t) => `${t}\n## Summary\n\n- Once more\n`,
  'section-length': (t) => t.replace('## Summary', `${'Every call counted. '.repeat(60)}\n\n## Summary`),
  'summary-bullets': (t) => t.replace('## Attachments', `${Array.from({ length: 4 }, (_, b) => `- Another point ${b}`).join('\n')}\n\n## Attachments`),
  'summary-format': (t) => t.replace('## Attachments', 'And a closing paragraph that is not a bullet.\n\n## Attachments'),
  'links-limit': (t) => t.replace('links:\n', `links:\n${Array.from({ length: 8 }, (_, l) => `  - https://more.web.example/${l}`).join('\n')}\n`),
  'link-url': (t) => t.replace('https://news.web.example/0/story-1', 'news.web.example/0/story-1'),
  'duplicate-link': (t) => t.replace('https://news.web.example/0/story-1', 'https://news.web.example/0/story-0'),
  'attachments-limit': (t) => t.replace('attachments:\n', `attachments:\n${Array.from({ length: 10 }, (_, a) => `  - evidence/call-volume-0.csv#${a}`).join('\n')}\n`),
  'attachment-missing': (t) => t.replace('evidence/call-volume-0.csv', 'evidence/no-such-file.csv'),
  'attachment-outside': (t) => t.replace('evidence/call-volume-0.csv', '../call-volume-0.csv'),
  'attachment-unreferenced': (t) => t.replace('attachments:\n', 'attachments:\n  - path: evidence/letters.csv\n    title: Letters from callers\n'),
  video: (t) => t.replace('attachments:\n', 'video:\n  url: https://video.web.example/watch\n  seconds: 900\nattachments:\n'),
  'prior-winner': (t) => t.replace('attachments:\n', 'prior_win:\n  year: 2025\n  updated: false\n  categories: [Best Crisis Response in Customer Service]\nattachments:\n'),
  placeholder: (t) => t.replace('## Summary', 'TODO: add the survey results.\n\n## Summary'),
  'visible-markup': (t) => t.replace('In February 2024', 'In **February 2024**'),
  'unknown-section': (t) => `${t}\n## Background\n\nThe line opened long ago.\n`,
  'eligibility-date': (t) => t.replace('In February 2024', 'Founded in 2019, and in February 2024'),
  directive: (t) => t.replace('## Achievements\n', '## Achievements\n\n<!-- iba-lint-disable no-such-check -->\n'),
};

/** Writes the clean entry and one entry per check into `folder` (emptied first); returns { kind: path }. */
export function writeKindCorpus(folder) {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(join(folder, 'evidence'), { recursive: true });
  writeFileSync(join(folder, 'evidence', 'call-volume-0.csv'), 'week,calls\n1,100\n');
  writeFileSync(join(folder, 'evidence', 'letters.csv'), 'date,letter\n');
  const base = nomination(0);
  const files = { clean: join(folder, 'clean.md') };
  writeFileSync(files.clean, base);
  for (const [kind, edit] of Object.entries(KIND_EDITS)) {
    const text = edit(base);
    if (text === base) throw new Error(`bench/corpus.mjs: the edit for ${kind} changed nothing`);
    files[kind] = join(folder, `${kind}.md`);
    writeFileSync(files[kind], text);
  }
  return files;
}
