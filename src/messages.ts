/**
 * Fills a check's message template. Wording lives in each check's `messages`;
 * checks report only an id and data, so an unknown id or a placeholder left
 * unfilled is a bug in the check and fails loudly in tests.
 */
export function formatMessage(
  checkId: string,
  messages: Record<string, string>,
  messageId: string,
  data: Record<string, string | number> = {},
): string {
  const template = messages[messageId];
  if (template === undefined) throw new Error(`${checkId}: unknown messageId "${messageId}"`);
  const text = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(data, name) ? String(data[name]) : whole,
  );
  const leftover = /\{\{\s*(\w+)\s*\}\}/.exec(text);
  if (leftover) throw new Error(`${checkId}: message "${messageId}" has no data for {{${leftover[1]}}}`);
  return text;
}
