/*
 * jitcode.ts — the jitcode format: what the codewriter writes and the
 * metainterp and blackhole execute.
 *
 * A jitcode is one RTS function in register form. Registers are numbered per
 * function; each has a kind (i int, r ref, f float). Constants live in
 * registers too, preloaded from `consts` when a frame is made, so every
 * operand of an instruction is a register number. An instruction is an array
 * `[opname, ...operands]`; FORMATS says what each operand is:
 *
 *   d  destination register (-1: result unused)
 *   s  source register
 *   L  jump target (instruction index)
 *   c  index into the artifact's call table (residual / elidable callees)
 *   j  index of another jitcode (inline_call)
 *   D  a driver, as "module#export"
 *   *  the rest: source registers
 *
 * Arithmetic and heap instructions have the names of the resops they record
 * (ops.ts): the tracer records exactly that op, the blackhole runs the op's
 * concrete semantics. `live[pc]` lists the registers live at each resume point
 * (guards resume AT the guarding instruction and re-execute it concretely;
 * a parent frame resumes after its inline_call): resume data stores only those.
 *
 * The artifact (`build/jitcodes.json`, generated, never edited) is plain JSON;
 * link-time constants (`{link: "module#name"}`) and callees are resolved by
 * `linkArtifact` against the real module namespaces, so layout ids and field
 * offsets computed at module load (src/gc/layouts.ts) are never baked in.
 */

import type { Kind } from "./ir/ops.js";

export type Insn = (string | number)[];

export type ConstSpec = number | { readonly link: string } | { readonly float: number };

export interface JitCodeData {
  readonly name: string;
  readonly file: string;
  readonly params: readonly number[];
  readonly result: Kind;
  readonly kinds: readonly Kind[];
  readonly consts: ReadonlyArray<readonly [number, ConstSpec]>;
  readonly code: readonly Insn[];
  readonly lines: readonly number[];
  readonly live: Readonly<Record<number, readonly number[]>>;
}

export interface CallSpec {
  /** "module#export" */
  readonly target: string;
  /** raising: residual that may set the pending-exception slot (hints.ts raising). */
  readonly kind: "residual" | "elidable" | "raising";
  readonly argKinds: readonly Kind[];
  readonly result: Kind;
}

export interface Artifact {
  readonly version: 1;
  readonly jitcodes: readonly JitCodeData[];
  readonly calls: readonly CallSpec[];
}

export const FORMATS: Readonly<Record<string, string>> = {
  move: "ds",
  goto: "L",
  goto_if_not: "sL",
  goto_if: "sL",
  return: "s",
  return_void: "",
  inline_call: "dj*",
  residual_call: "dc*",
  jit_merge_point: "D*",
  can_enter_jit: "D*",
  promote: "ds",
  we_are_jitted: "d",
  is_constant: "ds",
  safepoint: "",
  new_fixed: "ds",
  new_var: "dss",
  gc_load_i32: "dss",
  gc_load_u8: "dss",
  gc_load_r: "dss",
  gc_load_f64: "dss",
  gc_store_i32: "sss",
  gc_store_u8: "sss",
  gc_store_r: "sss",
  gc_store_r_init: "sss",
  gc_store_f64: "sss",
};

/** Format of an instruction: FORMATS, or "dss"/"ds" for the pure arithmetic resops. */
export function formatOf(insn: Insn, arity: (name: string) => number): string {
  const f = FORMATS[insn[0] as string];
  if (f !== undefined) return f;
  return "d" + "s".repeat(arity(insn[0] as string));
}

/** A linked jitcode: constants resolved, ready to run. */
export interface JitCode extends JitCodeData {
  readonly index: number;
  /** Initial register file: constants in place, other registers 0. */
  readonly template: Float64Array | number[];
}

export interface LinkedCall extends CallSpec {
  readonly fn: (...args: number[]) => number | void;
  readonly name: string;
}

export interface Linked {
  readonly jitcodes: readonly JitCode[];
  readonly calls: readonly LinkedCall[];
  readonly byName: ReadonlyMap<string, JitCode>;
  /** "module#name" -> value, for drivers. */
  readonly resolve: (ref: string) => unknown;
}

export type ModuleResolver = (file: string) => Record<string, unknown>;

export function linkArtifact(a: Artifact, modules: ModuleResolver): Linked {
  const resolve = (ref: string): unknown => {
    const i = ref.lastIndexOf("#");
    const ns = modules(ref.slice(0, i));
    const name = ref.slice(i + 1);
    if (!(name in ns)) throw new Error(`jitcode link: ${ref} is not exported`);
    return ns[name];
  };
  const jitcodes = a.jitcodes.map((d, index): JitCode => {
    const template: number[] = new Array<number>(d.kinds.length).fill(0);
    for (const [r, c] of d.consts) {
      if (typeof c === "number") template[r] = c;
      else if ("float" in c) template[r] = c.float;
      else {
        const v = resolve(c.link);
        if (typeof v !== "number") throw new Error(`jitcode link: ${c.link} is not a number`);
        template[r] = v;
      }
    }
    return { ...d, index, template };
  });
  const calls = a.calls.map((c): LinkedCall => {
    const fn = resolve(c.target);
    if (typeof fn !== "function") throw new Error(`jitcode link: ${c.target} is not a function`);
    return { ...c, fn: fn as LinkedCall["fn"], name: c.target.slice(c.target.lastIndexOf("#") + 1) };
  });
  return { jitcodes, calls, byName: new Map(jitcodes.map((j) => [j.name, j])), resolve };
}
