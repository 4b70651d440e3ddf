/**
 * A YAML or JSON syntax error in a config file or ruleset, told without a byte of
 * the file: the line, the column and what kind of mistake it is. The parsers' own
 * messages quote the source (yaml: `Unexpected scalar token in YAML stream: "…"`,
 * `Unresolved tag: !…` and a copy of the line; V8: `Unexpected token 'S',
 * "SECRET_TOK"... is not valid JSON`), and the file may be a link to a secret.
 */

/** What each of the yaml package's error codes means, in words that quote nothing. */
const YAML_PROBLEMS: Record<string, string> = {
  ALIAS_PROPS: 'an alias (*name) cannot have an anchor or a tag',
  BAD_ALIAS: 'an alias (*name) is not valid',
  BAD_DIRECTIVE: 'a % directive is not valid',
  BAD_DQ_ESCAPE: 'a double-quoted value has an escape that is not valid',
  BAD_INDENT: 'the indentation is wrong, or a bracket or quote is not closed',
  BAD_PROP_ORDER: 'an anchor and a tag are in the wrong order',
  BAD_SCALAR_START: 'a plain value starts with a character that YAML reserves (quote the value)',
  BLOCK_AS_IMPLICIT_KEY: 'a mapping is nested on one line (is a ": " missing a line break, or a value missing quotes?)',
  BLOCK_IN_FLOW: 'an indented block is inside [ ] or { }',
  DUPLICATE_KEY: 'a key appears twice in one mapping',
  KEY_OVER_1024_CHARS: 'a key is longer than 1024 characters',
  MISSING_CHAR: 'a closing quote or bracket is missing',
  MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line (is a ":" or the indentation wrong?)',
  MULTIPLE_ANCHORS: 'a value has more than one anchor',
  MULTIPLE_DOCS: 'the file holds more than one YAML document (---)',
  MULTIPLE_TAGS: 'a value has more than one tag',
  NON_STRING_KEY: 'a key is not text',
  // The yaml package says this for an alias bomb and for nesting so deep its parser ran out of stack.
  RESOURCE_EXHAUSTION: 'aliases repeat too much, or values are nested too deeply',
  TAB_AS_INDENT: 'a tab is used for indentation (use spaces)',
  TAG_RESOLVE_FAILED: 'a tag (!name) is not known',
  UNEXPECTED_TOKEN: 'something is where YAML does not allow it (a stray character, or wrong indentation)',
  BAD_COLLECTION_TYPE: 'a tag does not fit the value it is on',
};

/**
 * `, line 3, column 5: not valid YAML: a key appears twice in one mapping`, to follow
 * the file's name, from an error of the yaml package (parse or toJS) or of JSON.parse.
 */
export function syntaxErrorText(error: unknown, text: string, language: 'YAML' | 'JSON'): string {
  const { line, column, problem } = language === 'YAML' ? yamlProblem(error) : jsonProblem(error, text);
  const where = line === undefined ? '' : `, line ${line}${column === undefined ? '' : `, column ${column}`}`;
  return `${where}: not valid ${language}: ${problem}`;
}

interface Problem {
  line?: number;
  column?: number;
  problem: string;
}

function yamlProblem(error: unknown): Problem {
  const { code, linePos, message } = (error ?? {}) as { code?: string; linePos?: Array<{ line: number; col: number }>; message?: string };
  const at = linePos?.[0];
  const where = at ? { line: at.line, column: at.col } : {};
  if (code !== undefined) return { ...where, problem: YAML_PROBLEMS[code] ?? 'the YAML is not valid' };
  // Errors of toJS carry no code: an alias that names no anchor, or one repeated too often.
  if (typeof message === 'string' && message.startsWith('Excessive alias count')) return { problem: YAML_PROBLEMS.RESOURCE_EXHAUSTION! };
  return { problem: 'an alias (*name) refers to no anchor (&name) before it' };
}

/** V8 gives a position for some mistakes ("… in JSON at position 7"), and quotes the text for others: only the position is kept. */
function jsonProblem(error: unknown, text: string): Problem {
  const message = String((error as Error | undefined)?.message ?? '');
  if (/Unexpected end of JSON input/.test(message)) return { problem: 'it ends before the JSON is complete' };
  const position = /at position (\d+)/.exec(message);
  if (!position) return { problem: 'a character is where JSON does not allow it' };
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n'), problem: 'a character is where JSON does not allow it' };
}
