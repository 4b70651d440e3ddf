/**
 * The seed of every fast-check property: fixed unless asked, so `npm test` (and CI)
 * is the same run every time and a red suite is never luck. FC_SEED=random draws a
 * new seed each run, to go looking for counterexamples; FC_SEED=<n> replays one.
 * fast-check prints the seed and path of a failure, so a random run that finds one can
 * be replayed, and the counterexample kept as a plain test.
 */
export const FIXED_SEED = 20_261_101;

export function seedFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return FIXED_SEED;
  if (value === 'random') {
    const seed = (Math.random() * 0x7fffffff) | 0;
    console.log(`FC_SEED=${seed}`);
    return seed;
  }
  if (!/^-?\d+$/.test(value)) throw new Error(`FC_SEED must be "random" or an integer, not ${JSON.stringify(value)}`);
  return Number(value);
}

export const SEED = seedFromEnv(process.env.FC_SEED);

/** Runs per property: `n` unless FC_RUNS=<count> asks for a longer hunt. */
export function runs(n: number): number {
  const asked = Number(process.env.FC_RUNS);
  return Number.isInteger(asked) && asked > 0 ? asked : n;
}
