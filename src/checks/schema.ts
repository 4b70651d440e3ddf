import { validateNomination } from '../schema/nomination.js';
import type { Check } from '../types.js';

/** Known keys with the wrong type or shape, worded for writers rather than as ajv's text. */
const check: Check = {
  id: 'schema',
  description: 'Each known front-matter key has the type and shape the format expects.',
  severity: 'error',
  messages: {
    type: '{{key}} must be {{expected}}',
    required: '{{key}} needs "{{missing}}": {{expected}}',
    requiredTop: 'The front matter has no "{{missing}}": add {{expected}}',
    enum: '{{key}} must be one of {{allowed}}, not {{actual}}',
    empty: '{{key}} is empty: write {{expected}}',
  },
  check(doc, ctx) {
    const data = doc.frontMatter.data;
    if (!data) return;
    for (const problem of validateNomination(data)) {
      const at = problem.atKey ? doc.frontMatter.keyAt(problem.path) : doc.frontMatter.valueAt(problem.path);
      ctx.report({ messageId: problem.messageId, data: problem.data, at });
    }
  },
};

export default check;
