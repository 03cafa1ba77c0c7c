/*
 * matcher.ts — trace-shape matching for tests, after PyPy's OpMatcher
 * (pypy/module/pypyjit/test_pypy_c/model.py).
 *
 * The pattern is trace text (src/tracer/ir/text.ts), one op per line:
 *   - names are alpha-renamed: `i9 = int_add(i5, 1)` matches `i3 = int_add(i1, 1)`
 *     as long as each pattern name maps to one trace name consistently;
 *   - `_` matches any argument, `#` any integer constant;
 *   - `descr=...` matches any descr; `[...]` after a guard matches any fail args
 *     (fail args are ignored when the pattern gives none);
 *   - a line that is just `...` skips any number of ops (non-greedy);
 *   - `debug_merge_point` lines of the trace are ignored unless the pattern has them.
 * matchTrace returns null on success, else a message showing where it failed.
 */

interface Line {
  res: string | null;
  name: string;
  args: string[];
}

function parseLine(l: string): Line | "..." {
  const s = l.trim();
  if (s === "...") return "...";
  const m = /^(?:(\w+)\s*=\s*)?(\w+)\((.*?)\)\s*(?:\[.*\])?$/.exec(s);
  if (!m) throw new Error(`matcher: cannot parse '${s}'`);
  const args: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of m[3]) {
    if (ch === "(" || ch === "<") depth++;
    if (ch === ")" || ch === ">") depth--;
    if (ch === "," && depth === 0) {
      args.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim() !== "") args.push(cur.trim());
  return { res: m[1] ?? null, name: m[2], args };
}

const isName = (a: string): boolean => /^[irfpv]\d+$/.test(a);

function matchArg(p: string, t: string, env: Map<string, string>, rev: Map<string, string>): boolean {
  if (p === "_") return true;
  if (p === "#") return /^-?\d+$/.test(t);
  if (p === "descr=...") return t.startsWith("descr=");
  if (isName(p) && isName(t)) {
    const b = env.get(p);
    if (b !== undefined) return b === t;
    if (rev.has(t)) return false;
    env.set(p, t);
    rev.set(t, p);
    return true;
  }
  return p === t;
}

function matchOp(p: Line, t: Line, env: Map<string, string>, rev: Map<string, string>): boolean {
  if (p.name !== t.name || p.args.length !== t.args.length) return false;
  if ((p.res === null) !== (t.res === null)) return false;
  if (p.res !== null && !matchArg(p.res, t.res!, env, rev)) return false;
  return p.args.every((a, i) => matchArg(a, t.args[i], env, rev));
}

export function matchTrace(traceText: string, pattern: string): string | null {
  const tlines = traceText.split("\n").filter((l) => l.trim() !== "" && !l.trim().startsWith("["));
  const plines = pattern.split("\n").filter((l) => l.trim() !== "" && !l.trim().startsWith("#"));
  const pats = plines.map(parseLine);
  const keepDmp = pats.some((p) => p !== "..." && p.name === "debug_merge_point");
  const ops = tlines.map(parseLine).filter((o): o is Line => o !== "..." && (keepDmp || o.name !== "debug_merge_point"));
  const go = (pi: number, ti: number, env: Map<string, string>, rev: Map<string, string>): boolean => {
    if (pi === pats.length) return ti === ops.length;
    const p = pats[pi];
    if (p === "...") {
      for (let k = ti; k <= ops.length; k++) if (go(pi + 1, k, new Map(env), new Map(rev))) return true;
      return false;
    }
    if (ti >= ops.length) return false;
    const e2 = new Map(env);
    const r2 = new Map(rev);
    return matchOp(p, ops[ti], e2, r2) && go(pi + 1, ti + 1, e2, r2);
  };
  return go(0, 0, new Map(), new Map()) ? null : `trace does not match the pattern\n--- trace ---\n${tlines.join("\n")}\n--- pattern ---\n${plines.join("\n")}`;
}
