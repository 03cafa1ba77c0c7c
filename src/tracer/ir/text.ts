/*
 * text.ts — the one text format of traces: printer and parser (round trip).
 *
 *   [i0, r1, f2]                      inputs
 *   i3 = gc_load_i32(r1, 8)           an op; constants are numbers, 1.5 / 2.0
 *   guard_true(i3) [r1, i0]           for floats, ConstPtr(4096) for refs
 *   i4 = call_i(i0, descr=<Call fetch>)
 *   debug_merge_point('a pc=3 ADD')
 *   jump(r1, i4)
 *
 * Names are a kind letter and a number; the printer numbers values in order
 * of definition, so print(parse(print(t))) === print(t). This is PyPy's
 * oparser/log syntax minus machine offsets; the PYPYLOG writer and the
 * trace matcher (jit-tests/matcher.ts) use it.
 */

import { type Kind, opByName } from "./ops.js";
import { type CallDescr, Const, InputArg, ResOp, type Trace, type Value, kindOf } from "./trace.js";

export function printTrace(t: Trace): string {
  const names = new Map<Value, string>();
  let n = 0;
  const name = (v: Value): string => {
    let s = names.get(v);
    if (s === undefined) {
      s = `${kindOf(v) === "v" ? "v" : kindOf(v)}${n++}`;
      names.set(v, s);
    }
    return s;
  };
  const arg = (v: Value): string => {
    if (v instanceof Const) return printConst(v);
    const s = names.get(v);
    return s ?? "?";
  };
  const lines = [`[${t.inputs.map(name).join(", ")}]`];
  for (const o of t.ops) lines.push(printOp(o, name, arg));
  return lines.join("\n") + "\n";
}

export function printConst(c: Const): string {
  if (c.kind === "f") return Number.isInteger(c.value) ? `${c.value}.0` : String(c.value);
  if (c.kind === "r") return `ConstPtr(${c.value})`;
  return String(c.value);
}

function printOp(o: ResOp, name: (v: Value) => string, arg: (v: Value) => string): string {
  if (o.op.name === "debug_merge_point") return `debug_merge_point('${String(o.descr).replace(/'/g, "")}')`;
  const args = o.args.map(arg);
  if (o.descr !== null && typeof o.descr === "object") args.push(`descr=<Call ${o.descr.name}>`);
  let s = `${o.op.name}(${args.join(", ")})`;
  if (o.isGuard && o.failArgs) s += ` [${o.failArgs.map(arg).join(", ")}]`;
  return o.kind === "v" ? s : `${name(o)} = ${s}`;
}

/** Parse the text form. Call descrs come back as name-only descrs (no function). */
export function parseTrace(text: string, calls: Record<string, CallDescr> = {}): Trace {
  const env = new Map<string, Value>();
  const lines = text.split("\n").map((l) => l.replace(/#.*$/, "").trim()).filter((l) => l !== "");
  const first = lines.shift();
  if (first === undefined || !first.startsWith("[")) throw new Error("trace text: missing [inputs] line");
  const inputs: InputArg[] = [];
  for (const nm of splitArgs(first.slice(1, first.lastIndexOf("]")))) {
    const ia = new InputArg(nm[0] as Kind);
    env.set(nm, ia);
    inputs.push(ia);
  }
  const ops: ResOp[] = [];
  for (const line of lines) {
    const m = /^(?:([irfv]\d+)\s*=\s*)?(\w+)\((.*)\)\s*(?:\[(.*)\])?$/.exec(line);
    if (!m) throw new Error(`trace text: cannot parse '${line}'`);
    const [, res, opname, argText, failText] = m;
    const info = opByName(opname);
    if (opname === "debug_merge_point") {
      ops.push(new ResOp(info, [], argText.replace(/^'|'$/g, "")));
      continue;
    }
    let descr: CallDescr | null = null;
    const args: Value[] = [];
    for (const a of splitArgs(argText)) {
      const dm = /^descr=<Call (.*)>$/.exec(a);
      if (dm) descr = calls[dm[1]] ?? { name: dm[1], argKinds: [], result: info.result };
      else args.push(parseArg(a, env));
    }
    const o = new ResOp(info, args, descr);
    if (failText !== undefined) o.failArgs = splitArgs(failText).map((a) => parseArg(a, env));
    if (res !== undefined) env.set(res, o);
    ops.push(o);
  }
  return { inputs, ops };
}

function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of s) {
    if (ch === "(" || ch === "<") depth++;
    if (ch === ")" || ch === ">") depth--;
    if (ch === "," && depth === 0) {
      out.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim() !== "") out.push(cur.trim());
  return out;
}

function parseArg(a: string, env: Map<string, Value>): Value {
  const p = /^ConstPtr\((-?\d+)\)$/.exec(a);
  if (p) return new Const("r", Number(p[1]));
  if (/^-?\d+$/.test(a)) return new Const("i", Number(a));
  if (/^-?[\d.]+(e[-+]?\d+)?$|^-?Infinity$|^NaN$/.test(a)) return new Const("f", Number(a));
  const v = env.get(a);
  if (v === undefined) throw new Error(`trace text: unknown value ${a}`);
  return v;
}
