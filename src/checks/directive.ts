import type { Check } from '../types.js';

/**
 * Problems with inline directives (`<!-- iba-lint-disable … -->` and the ESLint family).
 * Directives are a pass over every check's messages, not a check's business (STYLE 18):
 * src/directives/ finds and applies them after the checks ran, and reports here. The
 * id is registered like a check so that a config can set its severity, and every
 * formatter (SARIF's rule list, JUnit's test cases) knows it. ESLint reports these
 * with ruleId null; a real id can be configured, documented and looked up.
 */
const check: Check = {
  id: 'directive',
  description: 'An inline directive comment that cannot be applied (a hard limit, an unknown check id, a misspelt directive), or one that suppressed nothing.',
  severity: 'error',
  messages: {
    hardLimit: '"{{id}}" is a hard limit of the entry form and cannot be disabled in the file: the form rejects an entry that breaks it anyway (a config file may turn it off for another programme)',
    self: '"directive" cannot be disabled in the file: a file cannot hide the problems of its own directives (a config file may set "directive" under rules)',
    unknown: '"{{id}}" is not a check id, so this directive does nothing for it (docs/checks/README.md lists the ids)',
    suggest: '"{{id}}" is not a check id, so this directive does nothing for it: did you mean "{{suggestion}}"?',
    unknownDirective: '"{{directive}}" is not an inline directive, so it does nothing: the directives are iba-lint-disable, iba-lint-enable, iba-lint-disable-line and iba-lint-disable-next-line',
    suggestDirective: '"{{directive}}" is not an inline directive, so it does nothing: did you mean "{{suggestion}}"?',
    multiline: 'iba-lint-disable-line must end on the line it starts on: to cover a line from a longer comment, put iba-lint-disable-next-line on the line before it',
    unusedDisable: 'Unused iba-lint-disable directive (no problems were reported from {{ids}})',
    unusedDisableAll: 'Unused iba-lint-disable directive (no problems were reported)',
    unusedEnable: 'Unused iba-lint-enable directive (no matching iba-lint-disable directives were found for {{ids}})',
    unusedEnableAll: 'Unused iba-lint-enable directive (no matching iba-lint-disable directives were found)',
  },
  check() {
    // Nothing to do on the document: lintText reports these after every check ran (src/directives/).
  },
};

export default check;
