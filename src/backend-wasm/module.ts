/*
 * module.ts — the only file that imports binaryen (loaded lazily).
 *
 * binaryen.js costs ~0.6 s and ~75 MB to load (WASM-BACKEND.md §1), so it is
 * imported with a dynamic import() the first time a trace is about to be
 * compiled: `loadBinaryen()` starts it and `binaryenIfLoaded()` answers
 * synchronously. A run that never compiles a trace never loads it. The rest
 * of the backend sees binaryen only through the type alias `Binaryen` and
 * `newTraceModule` (features set explicitly: binaryen defaults to MVP).
 *
 * No binaryen optimize() on the compile path: it costs 5–20 ms per trace and
 * buys nothing once V8's TurboFan has compiled the function (§2).
 */

export type Binaryen = typeof import("binaryen").default;
export type BModule = InstanceType<Binaryen["Module"]>;

let loaded: Binaryen | null = null;
let loading: Promise<Binaryen> | null = null;

/**
 * The CLI's bundle runs as a vm.Script (src/launcher.ts) where import() has no loader, so the
 * launcher lends its own; everywhere else (tests, scripts) the plain dynamic import.
 */
type Importer = (specifier: string) => Promise<{ default: Binaryen }>;
const hostImport = (globalThis as { __pypytsImport?: Importer }).__pypytsImport;

export function loadBinaryen(): Promise<Binaryen> {
  loading ??= (hostImport ? hostImport("binaryen") : import("binaryen")).then((m) => (loaded = m.default));
  return loading;
}

export function binaryenIfLoaded(): Binaryen | null {
  return loaded;
}

/** TABLE_MAX bounds the shared function table (the JS Table must declare the same maximum). */
export const TABLE_MAX = 1 << 20;

/** A module importing env.memory and env.table, with the features Node 20 runs. */
export function newTraceModule(b: Binaryen): BModule {
  const m = new b.Module();
  const F = b.Features;
  m.setFeatures(F.MVP | F.TailCall | F.ReferenceTypes | F.SignExt | F.NontrappingFPToInt | F.MutableGlobals | F.BulkMemory | F.BulkMemoryOpt);
  m.addMemoryImport("0", "env", "memory");
  m.addTable("t", 1, TABLE_MAX);
  m.addTableImport("t", "env", "table");
  return m;
}
