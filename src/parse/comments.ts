/**
 * HTML comments (`<!-- … -->`), found in time linear in the text. The expression
 * /<!--[\s\S]*?-->/g scans from every unclosed `<!--` to the end of the text, so a
 * text of n unclosed openers took n² steps; here, once one `<!--` has no `-->`
 * after it, no later one can have one either, and the search stops.
 */
export function replaceComments(text: string, replace: (comment: string) => string): string {
  let open = text.indexOf('<!--');
  if (open === -1) return text;
  let out = '';
  let from = 0;
  while (open !== -1) {
    const close = text.indexOf('-->', open + 4);
    if (close === -1) break; // an unclosed comment is text, and so is everything after it
    out += text.slice(from, open) + replace(text.slice(open, close + 3));
    from = close + 3;
    open = text.indexOf('<!--', from);
  }
  return out + text.slice(from);
}

/** The text without its HTML comments. */
export const withoutComments = (text: string): string => replaceComments(text, () => '');
