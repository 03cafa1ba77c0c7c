/** Types for local-views.mjs (a build pass in plain JavaScript). */
export function localizeViews(src: string, functionNames: readonly string[], sourceType?: "script" | "module"): string;
export const LOCAL_VIEW_FUNCTIONS: readonly string[];
