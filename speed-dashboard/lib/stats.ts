// The statistics the runner reports: median and spread of a benchmark's run times, and the
// geometric mean of speed-ups (the only mean that treats "2× faster" and "2× slower" alike).

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error("median of no values");
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** (max - min) / median, in percent: how far apart the runs were. */
export function spreadPct(xs: readonly number[]): number {
  return ((Math.max(...xs) - Math.min(...xs)) / median(xs)) * 100;
}

export function geomean(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error("geometric mean of no values");
  for (const x of xs) if (!(x > 0)) throw new Error(`geometric mean of a non-positive value ${x}`);
  return Math.exp(xs.reduce((sum, x) => sum + Math.log(x), 0) / xs.length);
}
