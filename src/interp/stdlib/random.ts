/*
 * random.ts — `_random`, the Mersenne Twister core under lib/random.py (as CPython's C
 * `_random` is under its random.py). MT19937 as published by Matsumoto and Nishimura, seeded
 * the way CPython seeds it (init_by_array over the 32-bit words of |n|, little-endian), so a
 * seed gives CPython's exact sequence.
 *
 * The state lives in the heap, in a bytes object owned by a Random instance: 624 words and the
 * index (word 624). Functions take it as their first argument and read it afresh each call.
 */

import { loadI32, storeI32, allocVar } from "../../gc/index.js";
import { E, raise } from "../exceptions.js";
import { BYTES_DATA, L_BYTES } from "../layouts.js";
import { newFloat } from "../objects/float.js";
import { intValueBig, newInt, newIntBig } from "../objects/int.js";
import { strToJs } from "../objects/str.js";
import { newTuple, tupleItems } from "../objects/tuple.js";
import { kindOf } from "../ops/compare.js";
import { L_STR, L_TUPLE } from "../layouts.js";
import { noneRef } from "../state.js";
import { typeName, type BuiltinFn } from "../types.js";
import { isIntArg, positional, toBigIndex } from "./args.js";
import type { NativeModule } from "./registry.js";
import { sha512 } from "./sha512.js";

const N = 624;
const M = 397;
const MATRIX_A = 0x9908b0df;
const UPPER = 0x80000000;
const LOWER = 0x7fffffff;
const STATE_BYTES = (N + 1) * 4;

const word = (st: number, i: number) => loadI32(st, BYTES_DATA + 4 * i) >>> 0;
const setWord = (st: number, i: number, v: number) => storeI32(st, BYTES_DATA + 4 * i, v | 0);

function initGenrand(st: number, s: number): void {
  setWord(st, 0, s);
  let prev = s >>> 0;
  for (let i = 1; i < N; i++) {
    prev = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    setWord(st, i, prev);
  }
  setWord(st, N, N);
}

function initByArray(st: number, key: readonly number[]): void {
  initGenrand(st, 19650218);
  let i = 1;
  let j = 0;
  for (let k = Math.max(N, key.length); k > 0; k--) {
    const p = word(st, i - 1);
    setWord(st, i, ((word(st, i) ^ Math.imul(p ^ (p >>> 30), 1664525)) + key[j]! + j) >>> 0);
    i++;
    j++;
    if (i >= N) {
      setWord(st, 0, word(st, N - 1));
      i = 1;
    }
    if (j >= key.length) j = 0;
  }
  for (let k = N - 1; k > 0; k--) {
    const p = word(st, i - 1);
    setWord(st, i, ((word(st, i) ^ Math.imul(p ^ (p >>> 30), 1566083941)) - i) >>> 0);
    i++;
    if (i >= N) {
      setWord(st, 0, word(st, N - 1));
      i = 1;
    }
  }
  setWord(st, 0, UPPER);
}

function twist(st: number): void {
  const mix = (a: number, b: number, far: number) => {
    const y = (word(st, a) & UPPER) | (word(st, b) & LOWER);
    return word(st, far) ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
  };
  for (let kk = 0; kk < N; kk++) setWord(st, kk, mix(kk, (kk + 1) % N, (kk + M) % N));
}

/** The next tempered 32-bit output. */
function genrand(st: number): number {
  let i = word(st, N);
  if (i >= N) {
    twist(st);
    i = 0;
  }
  let y = word(st, i);
  setWord(st, N, i + 1);
  y ^= y >>> 11;
  y ^= (y << 7) & 0x9d2c5680;
  y ^= (y << 15) & 0xefc60000;
  y ^= y >>> 18;
  return y >>> 0;
}

function seedInt(st: number, n: bigint): void {
  if (n < 0n) n = -n;
  const key: number[] = [];
  do {
    key.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  initByArray(st, key);
}

function randomFloat(st: number): number {
  const a = genrand(st) >>> 5;
  const b = genrand(st) >>> 6;
  return (a * 67108864 + b) * (1 / 9007199254740992);
}

function getrandbits(st: number, k: number): bigint {
  if (k <= 32) return BigInt(k === 0 ? 0 : genrand(st) >>> (32 - k));
  let r = 0n;
  for (let shift = 0n; k > 0; k -= 32, shift += 32n) {
    let w = genrand(st);
    if (k < 32) w >>>= 32 - k;
    r |= BigInt(w) << shift;
  }
  return r;
}

/** A uniform int in [0, n) by rejection over getrandbits(n.bit_length()), as random.py's. */
function randbelow(st: number, n: bigint): bigint {
  const k = n === 0n ? 0 : n.toString(2).length;
  let r = getrandbits(st, k);
  while (r >= n) r = getrandbits(st, k);
  return r;
}

function state(w: number): number {
  if (kindOf(w) !== L_BYTES || loadI32(w, 4) !== STATE_BYTES) raise(E.TypeError, `expected a random state, not ${typeName(w)}`);
  return w;
}

/** The bytes random.seed(str) hashes: UTF-8 of the string. */
function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

const FUNCTIONS: Record<string, BuiltinFn> = {
  new_state: () => {
    const st = allocVar(L_BYTES, STATE_BYTES);
    initGenrand(st, 5489);
    return st;
  },
  /** seed(state, a): a is an int (its absolute value) or a str (CPython's version-2 hashing). */
  seed: (args) => {
    positional("seed", args, 2, 2);
    const st = state(args[0]!);
    const a = args[1]!;
    if (kindOf(a) === L_STR) {
      const bytes = utf8(strToJs(a));
      const all = new Uint8Array(bytes.length + 64);
      all.set(bytes);
      all.set(sha512(bytes), bytes.length);
      let n = 0n;
      for (const b of all) n = (n << 8n) | BigInt(b);
      seedInt(st, n);
    } else seedInt(st, toBigIndex(a));
    return noneRef();
  },
  /** An unpredictable seed for seed(None): the clock and V8's own generator. */
  fresh_seed: () => newIntBig((BigInt(Date.now()) << 53n) ^ BigInt(Math.floor(Math.random() * 2 ** 53))),
  random: (args) => newFloat(randomFloat(state(args[0]!))),
  getrandbits: (args) => {
    positional("getrandbits", args, 2, 2);
    const st = state(args[0]!);
    const k = toBigIndex(args[1]!);
    if (k < 0n) raise(E.ValueError, "number of bits must be non-negative");
    return newIntBig(getrandbits(st, Number(k)));
  },
  randbelow: (args) => {
    positional("randbelow", args, 2, 2);
    const st = state(args[0]!);
    return newIntBig(randbelow(st, toBigIndex(args[1]!)));
  },
  /** The 624 words and the index, as a tuple of 625 ints (Random.getstate's middle part). */
  getstate: (args) => {
    const st = state(args[0]!);
    const items: number[] = [];
    for (let i = 0; i <= N; i++) items.push(newInt(word(st, i)));
    return newTuple(items);
  },
  setstate: (args) => {
    positional("setstate", args, 2, 2);
    const st = state(args[0]!);
    const t = args[1]!;
    if (kindOf(t) !== L_TUPLE) raise(E.TypeError, "state vector must be a tuple");
    const items = tupleItems(t);
    if (items.length !== N + 1) raise(E.ValueError, "state vector is the wrong size");
    const vals = items.map((w) => {
      if (!isIntArg(w)) raise(E.TypeError, `'${typeName(w)}' object cannot be interpreted as an integer`);
      return intValueBig(w);
    });
    const index = vals[N]!;
    if (index < 0n || index > BigInt(N)) raise(E.ValueError, "invalid state");
    for (let i = 0; i < N; i++) setWord(st, i, Number(vals[i]! & 0xffffffffn));
    setWord(st, N, Number(index));
    return noneRef();
  },
};

export const RANDOM_CORE: NativeModule = { name: "_random", functions: FUNCTIONS };
