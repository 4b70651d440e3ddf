// node:module in the browser: src/generated/'s validators (scripts/generate-validators.mjs)
// load one piece of Ajv's runtime with createRequire; the bundle carries that piece.
// Anything else asked for is refused, loudly.
exports.createRequire = () => (id) => {
  if (id === 'ajv/dist/runtime/ucs2length') return require('ajv/dist/runtime/ucs2length');
  throw new Error(`${id} is not available in the browser`);
};
