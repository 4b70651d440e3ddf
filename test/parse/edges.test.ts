/**
 * Edges of the parsers that mutation testing (npm run mutate) found unpinned: each
 * test fails for a one-line change the rest of the suite let pass.
 */
import { describe, expect, it } from 'vitest';
import { countedText } from '../../src/parse/count.js';
import { lastFittingSentence, sentences } from '../../src/parse/fit.js';

describe('sentences', () => {
  it('end after a terminator and white space before a capital, not before a lower-case letter', () => {
    expect(sentences('One. Two')).toEqual(['One. ', 'Two']);
    expect(sentences('e.g. this')).toEqual(['e.g. this']);
  });

  it('take as white space after a terminator exactly the characters \\s matches, every one of the 65,536 codes', () => {
    const differ: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const cut = sentences(`One.${char}Two`).length === 2;
      if (cut !== /\s/.test(char)) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('end before a capital or digit, go on before any lower-case letter (\\p{Ll}), not only ASCII ones', () => {
    expect(sentences('One. ąb')).toEqual(['One. ąb']);
    expect(sentences('One. Ąb')).toEqual(['One. ', 'Ąb']);
    expect(sentences('One. 4b')).toEqual(['One. ', '4b']);
    expect(sentences('One. ß')).toEqual(['One. ß']);
  });

  it('end at a line break even before a lower-case letter, and only at one between them', () => {
    expect(sentences('One.\nthen')).toEqual(['One.\n', 'then']);
    expect(sentences('One. then\nMore')).toEqual(['One. then\n', 'More']);
  });

  it.each([
    ['tab', '\t'],
    ['carriage return', '\r'],
    ['vertical tab', '\u000b'],
    ['form feed', '\f'],
    ['no-break space', '\u00a0'],
    ['em space', '\u2003'],
  ])('take a %s after the terminator as white space', (_name, space) => {
    expect(sentences(`One.${space}Two`)).toEqual([`One.${space}`, 'Two']);
  });

  it('do not take a letter or symbol as white space, ASCII or not', () => {
    expect(sentences('One.żTwo')).toEqual(['One.żTwo']);
    expect(sentences('One.~Two')).toEqual(['One.~Two']);
  });
});

describe('lastFittingSentence', () => {
  it('is null when only white space fits, never an empty cut', () => {
    expect(lastFittingSentence('\nA. B', 1, 'characters')).toBeNull();
    expect(lastFittingSentence('\nA. B', 3, 'characters')).toBe('A.');
  });
});

describe('countedText', () => {
  it('removes a line of comments with white space around them whole', () => {
    expect(countedText('- a\n  <!-- note -->  \n- b')).toBe('- a\n- b');
    expect(countedText('- a\n\t<!-- one --> <!-- two -->\n- b')).toBe('- a\n- b');
  });

  it('keeps a blank line the writer typed, and the text left on a line beside a comment', () => {
    expect(countedText('a\n\n<!-- note -->\nb')).toBe('a\n\nb');
    expect(countedText('a <!-- note -->\nb')).toBe('a\nb');
  });
});
