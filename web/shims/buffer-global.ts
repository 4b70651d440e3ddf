// gray-matter (src/parse/front-matter.ts) keeps a Buffer copy of its input, which a
// browser has no global for: the `buffer` package is Node's Buffer for browsers.
export { Buffer } from 'buffer';
