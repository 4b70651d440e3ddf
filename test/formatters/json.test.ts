import { describe, expect, it } from 'vitest';
import json from '../../src/formatters/json.js';
import { CLEAN_PATH, RESULTS, context, fileResult, message } from '../helpers/results.js';

describe('json format', () => {
  it('keeps every path and message exactly, with no C1, bidi or line-separator character raw in the bytes', () => {
    const hostile = fileResult(`${CLEAN_PATH}\u202E\u2028\u0085`, [{ ...message('schema', 2, 1, 1, 'a\u009b2J\u2029b\x1b'), data: { value: 'v\u202E\u0085' } }]);
    const text = json([...RESULTS, hostile], context());
    expect(text).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    const parsed = JSON.parse(text) as Array<{ filePath: string; messages: Array<{ message: string; data?: unknown }> }>;
    expect(parsed.map((r) => r.filePath)).toEqual([...RESULTS, hostile].map((r) => r.filePath));
    expect(parsed.flatMap((r) => r.messages.map((m) => m.message))).toEqual([...RESULTS, hostile].flatMap((r) => r.messages.map((m) => m.message)));
    expect(parsed.at(-1)!.messages[0]!.data).toEqual({ value: 'v\u202E\u0085' });
  });
});
