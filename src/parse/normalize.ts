/**
 * Text as every later stage sees it: without a byte-order mark and with LF line
 * endings. Line numbers are unchanged by this, and so are columns (the BOM is not
 * a visible column), which is why positions need no offsets afterwards.
 */
export function normalizeText(raw: string): string {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

export function splitLines(text: string): string[] {
  return text.split('\n');
}
