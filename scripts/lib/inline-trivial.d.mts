/** Types for inline-trivial.mjs (a build pass in plain JavaScript). */
export function inlineTrivialCalls(src: string, sourceType?: "script" | "module"): { code: string; replaced: number };
