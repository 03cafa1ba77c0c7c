/*
 * time.ts — the time module's clocks and sleep (built into CPython, so unshadowable).
 * sleep() blocks the thread (Atomics.wait), as CPython's does.
 */

import { performance } from "node:perf_hooks";
import { E, raise } from "../exceptions.js";
import { defineBuiltinModule, functionTable } from "../modules.js";
import { newFloat } from "../objects/float.js";
import { newIntBig } from "../objects/int.js";
import { isNumber, numValue } from "../ops/compare.js";
import { noneRef } from "../state.js";
import { typeName } from "../types.js";

const start = process.hrtime.bigint();
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function seconds(w: number | undefined, fname: string): number {
  if (w === undefined) raise(E.TypeError, `${fname}() takes exactly one argument (0 given)`);
  if (!isNumber(w)) raise(E.TypeError, `'${typeName(w)}' object cannot be interpreted as an integer`);
  return Number(numValue(w));
}

const monotonicNs = () => process.hrtime.bigint() - start + 1_000_000_000n;
const cpuNs = () => {
  const u = process.cpuUsage();
  return BigInt(u.user + u.system) * 1000n;
};

const timeFunctions = functionTable({
  time: () => newFloat((performance.timeOrigin + performance.now()) / 1000),
  time_ns: () => newIntBig(BigInt(Math.round((performance.timeOrigin + performance.now()) * 1e6))),
  perf_counter: () => newFloat(Number(monotonicNs()) / 1e9),
  perf_counter_ns: () => newIntBig(monotonicNs()),
  monotonic: () => newFloat(Number(monotonicNs()) / 1e9),
  monotonic_ns: () => newIntBig(monotonicNs()),
  process_time: () => newFloat(Number(cpuNs()) / 1e9),
  process_time_ns: () => newIntBig(cpuNs()),
  sleep: ([s]) => {
    const secs = seconds(s, "sleep");
    if (Number.isNaN(secs)) raise(E.ValueError, "Invalid value NaN (not a number)");
    if (secs < 0) raise(E.ValueError, "sleep length must be non-negative");
    if (secs > 0) Atomics.wait(sleeper, 0, 0, secs * 1000);
    return noneRef();
  },
});

defineBuiltinModule({ name: "time", unshadowable: true, init: timeFunctions });
