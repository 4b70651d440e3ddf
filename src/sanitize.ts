/**
 * The one sanitiser for text that came from input (file names, headings, keys,
 * values, URLs, config keys, ruleset paths) on its way to a terminal, a CI log or
 * a report file. A repository is untrusted: a file name can hold a newline and a
 * GitHub workflow command, a heading can hold ESC[2J or an OSC 52 clipboard write,
 * a value can hold U+202E to show text reversed.
 *
 * `visible` shows each such character as an escape a reader can see, the way git's
 * core.quotePath and GNU ls show unprintable names: the C escapes \a \b \t \n \v \f
 * \r for those, \e for ESC, \xHH for the other C0 controls, DEL and the C1
 * controls, and \u{HHHH} for the bidi controls and the Unicode line and paragraph
 * separators. Text without them is returned as it is, so English and Polish text,
 * emoji and CJK pass untouched.
 */

/** C0 controls, DEL, C1 controls, U+2028/U+2029 and the bidi embeddings, overrides and isolates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_TEST = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const NAMED: Record<string, string> = {
  '\u0007': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\u000b': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '\u001b': '\\e',
};

function escapeOne(char: string): string {
  const named = NAMED[char];
  if (named) return named;
  const code = char.charCodeAt(0);
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  return `\\u{${code.toString(16).toUpperCase()}}`;
}

/** `text` with every control, bidi and line-separator character shown as a visible escape. */
export function visible(text: string): string {
  const s = typeof text === 'string' ? text : String(text);
  return UNSAFE_TEST.test(s) ? s.replace(UNSAFE, escapeOne) : s;
}

/**
 * Text that will begin a line of output, made unable to begin a CI workflow command.
 * The GitHub Actions runner reads any line of a step's stdout or stderr that starts
 * (after white space) with `::` as a command (`::error::`, `::stop-commands::`,
 * `::add-mask::`), and with `##[` as an older one. The first `:` or `#` of such a
 * start is shown as the escape \x3a or \x23, the way `visible` shows a control
 * character; any other text is returned as it is.
 */
export function lineStart(text: string): string {
  const start = /^\s*(?:::|##\[)/.exec(text);
  if (!start) return text;
  const at = start[0].length - (start[0].endsWith('[') ? 3 : 2);
  return `${text.slice(0, at)}${text[at] === ':' ? '\\x3a' : '\\x23'}${text.slice(at + 1)}`;
}

/**
 * One diagnostic line for stderr, whatever `text` holds: its content with every
 * control, bidi and line-separator character visible (so a newline in a file name
 * cannot start a second line), unable to begin a workflow command, and one final
 * line break. The CLI passes every stderr write through this.
 */
export function diagnostic(text: string): string {
  if (text === '') return '';
  const content = text.endsWith('\n') ? text.slice(0, -1) : text;
  return `${lineStart(visible(content))}\n`;
}

/**
 * Multi-line text from input printed as text (`export`'s counted sections): each line
 * made visible and unable to begin a workflow command, the line breaks and tabs a
 * writer typed kept. Plain prose comes back unchanged, so what is pasted is what was
 * counted; anything this changes is something the entry form would not take either.
 */
export function visibleLines(text: string): string {
  if (!UNSAFE_TEST.test(text) && !/^\s*(?:::|##\[)/m.test(text)) return text;
  return text
    .split('\n')
    .map((line) => lineStart(line.split('\t').map(visible).join('\t')))
    .join('\n');
}

/** Whether `text` holds anything `visible` would escape. */
export function hasUnsafe(text: string): boolean {
  return UNSAFE_TEST.test(text);
}

/**
 * JSON text (from JSON.stringify) with the characters JSON leaves raw but a terminal
 * acts on — DEL, the C1 controls, U+2028/U+2029 and the bidi controls — written as
 * \uHHHH escapes. The data is unchanged: a JSON reader gets the same strings back.
 */
export function jsonSafe(jsonText: string): string {
  return jsonText.replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * At most `max` characters of input for quoting in a human-readable report, cut with
 * an ellipsis, then made visible: a 100 KB link listed 2,000 times must not print
 * 200 MB. Machine formats keep the full value.
 */
export function excerpt(text: string, max = 60): string {
  // No more UTF-16 units than `max` is no more code points either: nothing to cut.
  if (text.length <= max) return visible(text);
  // Only the head is split into code points: the text may be a megabyte long.
  const head = text.length > max * 2 + 8 ? text.slice(0, max * 2 + 8) : text;
  const chars = Array.from(head);
  const cut = chars.length > max || head.length < text.length;
  return visible(cut ? `${chars.slice(0, max - 1).join('')}…` : text);
}

/** Bytes that may not be UTF-8 (a file name's) as text: what is valid UTF-8 as itself (made visible), each other byte as `\xHH`. */
export function visibleBytes(bytes: Buffer): string {
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let text = '';
  for (let at = 0; at < bytes.length; ) {
    // The shortest slice that decodes is one character; a byte that begins none is shown as an escape.
    let char: string | undefined;
    let length = 0;
    while (char === undefined && length < 4 && at + length < bytes.length) {
      length += 1;
      try {
        char = strict.decode(bytes.subarray(at, at + length));
      } catch {
        // not a whole character yet
      }
    }
    if (char === undefined) {
      text += `\\x${bytes[at]!.toString(16).padStart(2, '0')}`;
      at += 1;
    } else {
      text += visible(char);
      at += length;
    }
  }
  return text;
}
