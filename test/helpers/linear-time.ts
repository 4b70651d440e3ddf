import { afterAll, expect } from 'vitest';

/** Added to the bound, so that timer noise on a few milliseconds never fails a test. */
const SLACK_MS = 20;

/**
 * Relative time bounds, never absolute ones: `expectLinear(name, make, n)` lints
 * make(n) and make(8n) and expects the larger to take less than 8 × 3 times as long
 * (plus SLACK_MS). Linear work gives about 8×, a quadratic blow-up 64×. `reps` lints
 * are timed together so that the small input takes a few milliseconds; each time is
 * the fastest of three, and a pair over the bound is measured again, up to three
 * times: a shared machine's pause can slow one measurement, while quadratic work is
 * slow every time. IBA_LINT_TIMINGS=1 prints the measured ratios.
 */
export function linearTime(lint: (text: string) => unknown): (name: string, make: (n: number) => string, n: number, reps?: number) => void {
  const timings: string[] = [];
  afterAll(() => {
    if (process.env.IBA_LINT_TIMINGS) console.log(timings.join('\n'));
  });
  const lintTime = (text: string, reps: number): number => {
    const times: number[] = [];
    for (let run = 0; run < 3; run++) {
      const start = performance.now();
      for (let i = 0; i < reps; i++) lint(text);
      times.push(performance.now() - start);
    }
    return Math.min(...times);
  };
  return (name, make, n, reps = 1) => {
    const small = make(n);
    const large = make(n * 8);
    lint(small); // warm up: the first lint compiles the code paths
    let tSmall = 0;
    let tLarge = Infinity;
    for (let attempt = 0; attempt < 3 && !(tLarge < 8 * 3 * tSmall + SLACK_MS); attempt++) {
      tSmall = lintTime(small, reps);
      tLarge = lintTime(large, reps);
    }
    const ratio = tLarge / tSmall;
    timings.push(`${name}: n=${n} (${small.length} chars) ${tSmall.toFixed(1)} ms, 8n (${large.length} chars) ${tLarge.toFixed(1)} ms, ratio ${ratio.toFixed(1)}`);
    expect(tLarge, `8n took ${ratio.toFixed(1)}× as long as n`).toBeLessThan(8 * 3 * tSmall + SLACK_MS);
  };
}
