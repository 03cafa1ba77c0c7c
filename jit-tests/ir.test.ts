import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GUARD, OPS, PURE, opByName } from "../src/tracer/ir/ops.js";
import { parseTrace, printTrace } from "../src/tracer/ir/text.js";
import { verifyTrace } from "../src/tracer/ir/trace.js";
import { codewrite } from "../src/tracer/codewriter/index.js";
import { JitLog } from "../src/tracer/jitlog.js";
import { ALL_OPTS, buildChain, optimize } from "../src/tracer/opt/index.js";
import { matchTrace } from "./matcher.js";
import { ROOT } from "./support.js";

const SAMPLE = `[r0, i1, f2]
debug_merge_point('a pc=3')
i3 = gc_load_i32(r0, 8)
i4 = int_add(i3, i1)
f5 = float_mul(f2, 1.5)
f6 = cast_int_to_float(i4)
i7 = int_lt(i4, 100)
guard_true(i7) [r0, i4, f5]
gc_store_f64(r0, 16, f6)
i8 = call_i(i4, ConstPtr(64), descr=<Call helper>)
guard_value(i8, -3) [r0]
jump(r0, i8, 2.0)
`;

describe("resop table and text format", () => {
  it("one row per op, unique names, flags consistent", () => {
    expect(new Set(OPS.map((o) => o.name)).size).toBe(OPS.length);
    for (const o of OPS) {
      if (o.flags & GUARD) expect(o.result).toBe("v");
      if (o.flags & PURE) expect(o.exec ?? o.name.startsWith("call_pure")).toBeTruthy();
    }
    expect(opByName("guard_true").num + 1).toBe(opByName("guard_false").num);
  });

  it("print(parse(text)) round-trips", () => {
    const t = parseTrace(SAMPLE);
    verifyTrace(t);
    expect(printTrace(t)).toBe(SAMPLE);
    expect(printTrace(parseTrace(printTrace(t)))).toBe(SAMPLE);
  });
});

describe("optimizer passes (text in, text out)", () => {
  it("ALL_OPTS builds chains from a spec string and rejects unknown names", () => {
    expect(buildChain(ALL_OPTS.map(([n]) => n).join(":")).length).toBe(ALL_OPTS.length);
    expect(() => buildChain("rewrite:nonsense")).toThrow(/unknown optimization/);
  });

  it("rewrite folds constants and identities; pure does CSE; guards drops implied guards; dce drops dead ops", () => {
    const t = parseTrace(`[i0, r1]
i2 = int_add(i0, 0)
i3 = int_mul(3, 4)
i4 = int_add(i2, i3)
i5 = int_add(i0, i3)
i6 = int_lt(i4, 10)
guard_true(i6) [i0]
i7 = int_lt(i5, 10)
guard_true(i7) [i0]
i8 = int_sub(i0, 1)
jump(i4, r1)
`);
    optimize(t, "rewrite:pure:guards:dce");
    expect(matchTrace(printTrace(t), `
      i4 = int_add(i0, 12)
      i6 = int_lt(i4, 10)
      guard_true(i6)
      jump(i4, r1)
    `)).toBeNull();
  });

  it("heap forwards stored values and repeated loads, but not across a possibly aliasing store", () => {
    const t = parseTrace(`[r0, r1, i2]
gc_store_i32(r0, 8, i2)
i3 = gc_load_i32(r0, 8)
i4 = gc_load_i32(r1, 12)
i5 = gc_load_i32(r1, 12)
gc_store_i32(r0, 12, i3)
i6 = gc_load_i32(r1, 12)
jump(r0, r1, i6)
`);
    optimize(t, "heap:dce");
    // an i32 field holds the low 32 bits: the forwarded value is narrowed (int_signext), once
    expect(matchTrace(printTrace(t), `
      i7 = int_signext(i2, 4)
      gc_store_i32(r0, 8, i7)
      gc_store_i32(r0, 12, i7)
      i6 = gc_load_i32(r1, 12)
      jump(r0, r1, i6)
    `)).toBeNull();
  });

  it("heap: a value already in the field's range is forwarded as is", () => {
    const t = parseTrace(`[r0, i2]
i3 = gc_load_i32(r0, 4)
gc_store_i32(r0, 8, i3)
gc_store_u8(r0, 16, 300)
i4 = gc_load_i32(r0, 8)
i5 = gc_load_u8(r0, 16)
i6 = int_add(i4, i5)
jump(r0, i6)
`);
    optimize(t, "heap:dce");
    expect(matchTrace(printTrace(t), `
      i3 = gc_load_i32(r0, 4)
      gc_store_i32(r0, 8, i3)
      gc_store_u8(r0, 16, 300)
      i6 = int_add(i3, 44)
      jump(r0, i6)
    `)).toBeNull();
  });

  it("vable: fields of a virtualizable input become loop variables; stores around a residual call; guards write back", () => {
    const t = parseTrace(`[r0, i1]
i2 = gc_load_i32(r0, 8)
i3 = int_add(i2, i1)
gc_store_i32(r0, 8, i3)
i4 = int_lt(i3, 100)
guard_true(i4)
i5 = call_i(i3, descr=<Call f>)
i6 = gc_load_i32(r0, 8)
i7 = gc_load_f64(r0, 16)
jump(r0, i6)
`);
    t.vables = [t.inputs[0]];
    optimize(t, "heap:vable:dce");
    expect(matchTrace(printTrace(t), `
      i2 = gc_load_i32(r0, 8)
      f8 = gc_load_f64(r0, 16)
      label(r0, i1, i2, f8)
      i3 = int_add(i2, i1)
      i9 = int_signext(i3, 4)
      i4 = int_lt(i3, 100)
      guard_true(i4)
      gc_store_i32(r0, 8, i9)
      i5 = call_i(i3, descr=<Call f>)
      i10 = gc_load_i32(r0, 8)
      f11 = gc_load_f64(r0, 16)
      jump(r0, i10, i10, f11)
    `)).toBeNull();
    const g = t.ops.find((o) => o.isGuard)!;
    expect(g.vable!.map((s) => [s.off, s.op])).toEqual([[8, "gc_store_i32"]]);
  });

  it("vable: gives up on a variable offset, on overlapping widths, and when the jump passes another object", () => {
    for (const body of ["i2 = gc_load_i32(r0, i1)\njump(r0, i2)", "i2 = gc_load_i32(r0, 8)\ni3 = gc_load_u8(r0, 9)\njump(r0, i3)", "i2 = gc_load_i32(r0, 8)\nr3 = gc_load_r(r0, 12)\njump(r3, i2)"]) {
      const t = parseTrace(`[r0, i1]\n${body}\n`);
      t.vables = [t.inputs[0]];
      optimize(t, "vable");
      expect(t.ops.some((o) => o.op.name === "label"), body).toBe(false);
    }
  });
});

describe("trace matcher", () => {
  it("renames consistently, skips with ..., rejects inconsistent names", () => {
    const text = printTrace(parseTrace(SAMPLE));
    expect(matchTrace(text, "...\ni9 = int_lt(i8, #)\nguard_true(i9)\n...")).toBeNull();
    expect(matchTrace(text, "...\ni9 = int_add(i3, i1)\ni10 = int_add(i3, i1)\n...")).not.toBeNull();
    expect(matchTrace(text, "i3 = gc_load_i32(r0, 8)\ni4 = int_add(i4, i1)\n...")).not.toBeNull();
  });
});

describe("codewriter rejects what it cannot translate with file:line: reason", () => {
  it("lists every error with its TypeScript line", () => {
    const dir = mkdtempSync(join(tmpdir(), "rts-"));
    writeFileSync(join(dir, "bad.ts"), `"use rts";
import type { Ref } from "../src/jit/hints.js";

export function f(p: Ref): number {
  const o = { a: 1 };
  return p.length;
}

export function g(x: number): number {
  return x + undefinedThing;
}
`);
    let msg = "";
    try {
      codewrite(dir, ["bad.ts"]);
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toMatch(/^bad\.ts:5: expression kind not allowed in RTS: ObjectExpression/m);
    expect(msg).toMatch(/^bad\.ts:10: unknown name/m);
  });

  it("a local's annotation holds in its own function only; an int and a ref in one local is rejected", () => {
    const dir = mkdtempSync(join(tmpdir(), "rts-"));
    // before: 'r' of boxed() made the 'r' of product() a ref, and a guard failing there resumed
    // with the product cut to a 32-bit pointer (a wrong int in text_words under --jit)
    writeFileSync(join(dir, "kinds.ts"), `"use rts";
import type { Int, Ref } from "../src/jit/hints.js";

export function boxed(p: Ref): Ref {
  const r: Ref = p;
  return r;
}

export function product(x: Int, y: Int): Int {
  let r = 0;
  r = x * y;
  return r;
}
`);
    const art = codewrite(dir, ["kinds.ts"]);
    const product = art.jitcodes.find((j) => j.name.endsWith("#product"))!;
    expect(product.code.some((insn) => insn[0] === "cast_int_to_ptr")).toBe(false);
    writeFileSync(join(dir, "mix.ts"), `"use rts";
import type { Int, Ref } from "../src/jit/hints.js";

export function mixed(p: Ref, x: Int): Int {
  let v = p;
  v = x;
  return 0;
}
`);
    expect(() => codewrite(dir, ["mix.ts"])).toThrow(/mix\.ts:6: /);
  });

  it("the RTS interpreters of jit-tests translate (what npm run check:rts checks)", () => {
    const art = codewrite(ROOT, ["jit-tests/interp-a.ts", "jit-tests/interp-b.ts", "jit-tests/interp-c.ts"]);
    expect(art.jitcodes.length).toBeGreaterThan(10);
    const a = art.jitcodes.find((j) => j.name.endsWith("#interpretA"))!;
    expect(Object.keys(a.live).length).toBeGreaterThan(0);
  });
});

describe("PYPYLOG", () => {
  it("writes selected sections in PyPy's format", () => {
    const file = join(mkdtempSync(join(tmpdir(), "log-")), "log");
    const log = new JitLog(`jit-log-opt,jit-summary:${file}`);
    log.section("jit-log-opt-loop", "# Loop 0 : loop with 1 ops\n[i0]\njump(i0)");
    log.section("jit-log-noopt-loop", "not selected");
    log.count("loops");
    log.close();
    const text = readFileSync(file, "utf8");
    expect(text).toMatch(/^\[[0-9a-f]+\] \{jit-log-opt-loop\n# Loop 0/);
    expect(text).toMatch(/\[[0-9a-f]+\] jit-log-opt-loop\}\n/);
    expect(text).not.toMatch(/not selected/);
    expect(text).toMatch(/\{jit-summary\n[\s\S]*loops:\t1/);
  });
});
