/*
 * strsearch.ts — str.find/rfind/index/rindex/count with CPython's optional [start[, end]].
 *
 * Python indexes strs by code point, JS by UTF-16 unit: the search runs on the code-point
 * window [start, end) (clamped like a slice) and the answer is a code-point index into the
 * whole str. An empty `sub` is found at `start` (or at `end` from the right) whenever the
 * window is not inverted — CPython's rule, which makes "abc".find("", 5) equal -1.
 */

export interface Window {
  start: number;
  end: number;
}

/** The [start, end) window of a str of `len` code points, from the optional arguments. */
export function searchWindow(len: number, start: number | null, end: number | null): Window | null {
  // CPython's ADJUST_INDICES: negatives count from the end (floored at 0), end caps at len,
  // but start does not: a start past the end finds nothing, not even "".
  const adjust = (i: number) => (i < 0 ? Math.max(0, i + len) : i);
  const s = start === null ? 0 : adjust(start);
  const e = end === null ? len : Math.min(len, adjust(end));
  return s > len || s > e ? null : { start: s, end: e };
}

/** Code-point index of sub in cps[window], searching from the left or right; -1 when absent. */
export function cpFind(cps: readonly string[], sub: readonly string[], w: Window | null, fromRight: boolean): number {
  if (w === null) return -1;
  const last = w.end - sub.length;
  const at = (i: number) => {
    for (let k = 0; k < sub.length; k++) if (cps[i + k] !== sub[k]) return false;
    return true;
  };
  if (fromRight) {
    for (let i = last; i >= w.start; i--) if (at(i)) return i;
  } else {
    for (let i = w.start; i <= last; i++) if (at(i)) return i;
  }
  return -1;
}

/** Non-overlapping occurrences of sub in cps[window] (empty sub: window length + 1). */
export function cpCount(cps: readonly string[], sub: readonly string[], w: Window | null): number {
  if (w === null) return 0;
  if (sub.length === 0) return w.end - w.start + 1;
  let n = 0;
  for (let i = w.start; i + sub.length <= w.end; ) {
    let ok = true;
    for (let k = 0; k < sub.length && ok; k++) ok = cps[i + k] === sub[k];
    if (ok) {
      n++;
      i += sub.length;
    } else i++;
  }
  return n;
}
