/*
 * format.ts — the formatting entry points, re-exported from src/interp/format/:
 *   repr.ts       repr() / str() / ascii() of every builtin type
 *   spec.ts       format(value, spec): the format-spec mini-language, __format__
 *   floatfmt.ts   exact fixed / exponent / general notation of floats
 *   percent.ts    printf-style str % args
 *   strformat.ts  str.format / str.format_map
 */

export { asciiJs, pyRepr, pyStr, reprJs, strJs, strRooted } from "../format/repr.js";
export { formatJs } from "../format/spec.js";
export { formatFloatFixed } from "../format/floatfmt.js";
export { formatPercent } from "../format/percent.js";
export { strFormat } from "../format/strformat.js";
