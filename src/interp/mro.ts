/*
 * mro.ts — the C3 linearization of a class's bases (CPython's and PyPy's method resolution
 * order): the class, then a merge of its bases' MROs and the list of bases that keeps every
 * local precedence order and every base's own MRO. When no such order exists it is CPython's
 * TypeError "Cannot create a consistent method resolution order (MRO) for bases A, B".
 */

import { E, raise } from "./exceptions.js";
import type { TypeDesc } from "./types.js";

export function c3Linearize(cls: TypeDesc, bases: readonly TypeDesc[]): TypeDesc[] {
  const seqs: TypeDesc[][] = bases.map((b) => [...b.mro]);
  seqs.push([...bases]);
  const out: TypeDesc[] = [cls];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    // the first head that is in no other sequence's tail
    let next: TypeDesc | null = null;
    for (const s of live) {
      const head = s[0]!;
      if (!live.some((o) => o.indexOf(head) > 0)) {
        next = head;
        break;
      }
    }
    if (next === null) {
      // CPython names the bases still waiting, in the order of the bases list, each once
      const waiting: string[] = [];
      for (const s of live) if (!waiting.includes(s[0]!.name)) waiting.push(s[0]!.name);
      raise(E.TypeError, `Cannot create a consistent method resolution\norder (MRO) for bases ${waiting.join(", ")}`);
    }
    out.push(next);
    for (const s of live) if (s[0] === next) s.shift();
  }
}
