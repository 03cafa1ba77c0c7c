/*
 * strsearch.ts — str.find/rfind/index/rindex/count with CPython's optional [start[, end]].
 *
 * Python indexes strs by code point: the search reads the heap str in place over the code-point
 * window [start, end) (clamped like a slice), so a call costs the window it scans, not the
 * length of the str (a parser calling text.startswith(w, pos) on a big text stays linear).
 * An empty `sub` is found at `start` (or at `end` from the right) whenever the
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

/** The code point at index i of a haystack (a heap str read in place: no copy per call). */
export type CodePointAt = (i: number) => number;

/** Code-point index of sub in hay[window], searching from the left or right; -1 when absent. */
export function cpFind(hay: CodePointAt, sub: ArrayLike<number>, w: Window | null, fromRight: boolean): number {
  if (w === null) return -1;
  const last = w.end - sub.length;
  const at = (i: number) => {
    for (let k = 0; k < sub.length; k++) if (hay(i + k) !== sub[k]) return false;
    return true;
  };
  if (fromRight) {
    for (let i = last; i >= w.start; i--) if (at(i)) return i;
  } else {
    for (let i = w.start; i <= last; i++) if (at(i)) return i;
  }
  return -1;
}

/** Non-overlapping occurrences of sub in hay[window] (empty sub: window length + 1). */
export function cpCount(hay: CodePointAt, sub: ArrayLike<number>, w: Window | null): number {
  if (w === null) return 0;
  if (sub.length === 0) return w.end - w.start + 1;
  let n = 0;
  for (let i = w.start; i + sub.length <= w.end; ) {
    let ok = true;
    for (let k = 0; k < sub.length && ok; k++) ok = hay(i + k) === sub[k];
    if (ok) {
      n++;
      i += sub.length;
    } else i++;
  }
  return n;
}

/** Whether sub occurs at hay[w.start] (or ends at hay[w.end] when atEnd) inside the window. */
export function cpAffix(hay: CodePointAt, sub: ArrayLike<number>, w: Window | null, atEnd: boolean): boolean {
  if (w === null || sub.length > w.end - w.start) return false;
  const base = atEnd ? w.end - sub.length : w.start;
  for (let k = 0; k < sub.length; k++) if (hay(base + k) !== sub[k]) return false;
  return true;
}
