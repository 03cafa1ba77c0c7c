/*
 * sha512.ts — SHA-512 (FIPS 180-4), for random.seed(str), which CPython turns into an int via
 * the string's UTF-8 bytes followed by their SHA-512 digest. Seeding is rare, so this favours
 * plainness (BigInt words) over speed. The round constants are derived, not tabulated: the
 * first 64 bits of the fractional parts of the cube roots of the first 80 primes (the initial
 * hash: square roots of the first 8).
 */

const M64 = (1n << 64n) - 1n;

function primes(n: number): bigint[] {
  const out: bigint[] = [];
  for (let c = 2; out.length < n; c++) if (out.every((p) => c % Number(p) !== 0)) out.push(BigInt(c));
  return out;
}

function iroot(n: bigint, k: bigint): bigint {
  // the largest r with r^k <= n, by bisection on the bit length
  let lo = 0n;
  let hi = 1n << BigInt(Math.ceil(n.toString(2).length / Number(k)) + 1);
  while (lo < hi) {
    const mid = (lo + hi + 1n) >> 1n;
    if (mid ** k <= n) lo = mid;
    else hi = mid - 1n;
  }
  return lo;
}

let K: bigint[] | null = null;
let H0: bigint[] | null = null;

function constants(): [bigint[], bigint[]] {
  if (K === null || H0 === null) {
    const ps = primes(80);
    K = ps.map((p) => iroot(p << 192n, 3n) & M64);
    H0 = ps.slice(0, 8).map((p) => iroot(p << 128n, 2n) & M64);
  }
  return [K, H0];
}

const rotr = (x: bigint, n: bigint) => ((x >> n) | (x << (64n - n))) & M64;

export function sha512(data: Uint8Array): Uint8Array {
  const [k, h0] = constants();
  const h = [...h0];
  const bitLen = BigInt(data.length) * 8n;
  const padded = new Uint8Array(Math.ceil((data.length + 17) / 128) * 128);
  padded.set(data);
  padded[data.length] = 0x80;
  for (let i = 0; i < 16; i++) padded[padded.length - 1 - i] = Number((bitLen >> BigInt(8 * i)) & 0xffn);
  const w: bigint[] = new Array(80);
  for (let off = 0; off < padded.length; off += 128) {
    for (let t = 0; t < 16; t++) {
      let v = 0n;
      for (let b = 0; b < 8; b++) v = (v << 8n) | BigInt(padded[off + 8 * t + b]!);
      w[t] = v;
    }
    for (let t = 16; t < 80; t++) {
      const s0 = rotr(w[t - 15]!, 1n) ^ rotr(w[t - 15]!, 8n) ^ (w[t - 15]! >> 7n);
      const s1 = rotr(w[t - 2]!, 19n) ^ rotr(w[t - 2]!, 61n) ^ (w[t - 2]! >> 6n);
      w[t] = (w[t - 16]! + s0 + w[t - 7]! + s1) & M64;
    }
    let [a, b, c, d, e, f, g, hh] = h as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    for (let t = 0; t < 80; t++) {
      const S1 = rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n);
      const ch = (e & f) ^ (~e & M64 & g);
      const t1 = (hh + S1 + ch + k[t]! + w[t]!) & M64;
      const S0 = rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n);
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) & M64;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & M64;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & M64;
    }
    const out = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = (h[i]! + out[i]!) & M64;
  }
  const digest = new Uint8Array(64);
  for (let i = 0; i < 8; i++) for (let b = 0; b < 8; b++) digest[8 * i + b] = Number((h[i]! >> BigInt(56 - 8 * b)) & 0xffn);
  return digest;
}
