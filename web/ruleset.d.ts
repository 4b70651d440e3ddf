// The bundled ruleset, parsed and validated by the build (scripts/build-web.mjs).
declare module 'iba-lint:ruleset' {
  const ruleset: unknown;
  export default ruleset;
}
