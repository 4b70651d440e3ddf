import type { Check } from '../types.js';

/** Front matter that is missing, not YAML, not parseable or not a mapping. */
const check: Check = {
  id: 'front-matter',
  description: 'The file starts with YAML front matter that parses to a mapping.',
  severity: 'error',
  messages: {
    missing: 'No front matter: start the file with a --- line, the keys category: and nominee:, and another --- line',
    unclosed: 'The front matter is never closed: add a --- line after the last key',
    language: 'Front matter in "{{language}}" is not allowed: only YAML is read, and front matter is never executed',
    yaml: 'The front matter is not valid YAML: {{reason}}',
    duplicateKey: 'The key "{{key}}" is written twice in the front matter (first on line {{firstLine}}): keep one',
    tag: 'The YAML tag {{tag}} is not allowed in the front matter: write a plain value',
    notMapping: 'The front matter is {{found}}, not a mapping of keys such as "category:" and "nominee:"',
  },
  check(doc, ctx) {
    for (const error of doc.frontMatter.errors) {
      ctx.report({ messageId: error.kind, data: error.data, at: error.at });
    }
  },
};

export default check;
