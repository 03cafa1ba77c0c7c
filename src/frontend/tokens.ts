// Token kinds of the Python tokenizer, as small integers so that the parser dispatches on
// them with `switch` and compares them with `===` (ERROR marks a tokenizer error). Every operator and every hard keyword
// gets its own kind (the parser never compares operator strings); soft keywords (match,
// case, _) stay NAME because they are identifiers everywhere else.

export const T = {
  ENDMARKER: 0, NAME: 1, NUMBER: 2, STRING: 3, NEWLINE: 4, INDENT: 5, DEDENT: 6, ERROR: 7,
  LPAR: 8, RPAR: 9, LSQB: 10, RSQB: 11, COLON: 12, COMMA: 13, SEMI: 14, PLUS: 15, MINUS: 16,
  STAR: 17, SLASH: 18, VBAR: 19, AMPER: 20, LESS: 21, GREATER: 22, EQUAL: 23, DOT: 24,
  PERCENT: 25, LBRACE: 26, RBRACE: 27, EQEQUAL: 28, NOTEQUAL: 29, LESSEQUAL: 30,
  GREATEREQUAL: 31, TILDE: 32, CIRCUMFLEX: 33, LEFTSHIFT: 34, RIGHTSHIFT: 35, DOUBLESTAR: 36,
  PLUSEQUAL: 37, MINEQUAL: 38, STAREQUAL: 39, SLASHEQUAL: 40, PERCENTEQUAL: 41, AMPEREQUAL: 42,
  VBAREQUAL: 43, CIRCUMFLEXEQUAL: 44, LEFTSHIFTEQUAL: 45, RIGHTSHIFTEQUAL: 46,
  DOUBLESTAREQUAL: 47, DOUBLESLASH: 48, DOUBLESLASHEQUAL: 49, AT: 50, ATEQUAL: 51, RARROW: 52,
  ELLIPSIS: 53, COLONEQUAL: 54, EXCLAMATION: 55, FALSE: 56, NONE: 57, TRUE: 58, AND: 59,
  AS: 60, ASSERT: 61, ASYNC: 62, AWAIT: 63, BREAK: 64, CLASS: 65, CONTINUE: 66, DEF: 67,
  DEL: 68, ELIF: 69, ELSE: 70, EXCEPT: 71, FINALLY: 72, FOR: 73, FROM: 74, GLOBAL: 75, IF: 76,
  IMPORT: 77, IN: 78, IS: 79, LAMBDA: 80, NONLOCAL: 81, NOT: 82, OR: 83, PASS: 84, RAISE: 85,
  RETURN: 86, TRY: 87, WHILE: 88, WITH: 89, YIELD: 90,
} as { readonly [name in TokenName]: number };
/** A token kind: one of the values of T. Plain `number` so that TypeScript does not narrow
 * the parser's current-token field across calls that advance it. */
export type T = number;
type TokenName =
  | "ENDMARKER" | "NAME" | "NUMBER" | "STRING" | "NEWLINE" | "INDENT" | "DEDENT" | "ERROR"
  | "LPAR" | "RPAR" | "LSQB" | "RSQB" | "COLON" | "COMMA" | "SEMI" | "PLUS"
  | "MINUS" | "STAR" | "SLASH" | "VBAR" | "AMPER" | "LESS" | "GREATER" | "EQUAL"
  | "DOT" | "PERCENT" | "LBRACE" | "RBRACE" | "EQEQUAL" | "NOTEQUAL" | "LESSEQUAL" | "GREATEREQUAL"
  | "TILDE" | "CIRCUMFLEX" | "LEFTSHIFT" | "RIGHTSHIFT" | "DOUBLESTAR" | "PLUSEQUAL" | "MINEQUAL" | "STAREQUAL"
  | "SLASHEQUAL" | "PERCENTEQUAL" | "AMPEREQUAL" | "VBAREQUAL" | "CIRCUMFLEXEQUAL" | "LEFTSHIFTEQUAL" | "RIGHTSHIFTEQUAL" | "DOUBLESTAREQUAL"
  | "DOUBLESLASH" | "DOUBLESLASHEQUAL" | "AT" | "ATEQUAL" | "RARROW" | "ELLIPSIS" | "COLONEQUAL" | "EXCLAMATION"
  | "FALSE" | "NONE" | "TRUE" | "AND" | "AS" | "ASSERT" | "ASYNC" | "AWAIT"
  | "BREAK" | "CLASS" | "CONTINUE" | "DEF" | "DEL" | "ELIF" | "ELSE" | "EXCEPT"
  | "FINALLY" | "FOR" | "FROM" | "GLOBAL" | "IF" | "IMPORT" | "IN" | "IS"
  | "LAMBDA" | "NONLOCAL" | "NOT" | "OR" | "PASS" | "RAISE" | "RETURN" | "TRY"
  | "WHILE" | "WITH" | "YIELD";

export const KEYWORDS: ReadonlyMap<string, T> = new Map<string, T>([
  ["False", T.FALSE], ["None", T.NONE], ["True", T.TRUE], ["and", T.AND], ["as", T.AS],
  ["assert", T.ASSERT], ["async", T.ASYNC], ["await", T.AWAIT], ["break", T.BREAK],
  ["class", T.CLASS], ["continue", T.CONTINUE], ["def", T.DEF], ["del", T.DEL],
  ["elif", T.ELIF], ["else", T.ELSE], ["except", T.EXCEPT], ["finally", T.FINALLY],
  ["for", T.FOR], ["from", T.FROM], ["global", T.GLOBAL], ["if", T.IF], ["import", T.IMPORT],
  ["in", T.IN], ["is", T.IS], ["lambda", T.LAMBDA], ["nonlocal", T.NONLOCAL], ["not", T.NOT],
  ["or", T.OR], ["pass", T.PASS], ["raise", T.RAISE], ["return", T.RETURN], ["try", T.TRY],
  ["while", T.WHILE], ["with", T.WITH], ["yield", T.YIELD],
]);

/** Augmented-assignment token kind -> operator name. */
export const AUGASSIGN_OPS: { readonly [k: number]: string } = {
  [T.PLUSEQUAL]: "Add", [T.MINEQUAL]: "Sub", [T.STAREQUAL]: "Mult", [T.ATEQUAL]: "MatMult",
  [T.SLASHEQUAL]: "Div", [T.PERCENTEQUAL]: "Mod", [T.AMPEREQUAL]: "BitAnd", [T.VBAREQUAL]: "BitOr",
  [T.CIRCUMFLEXEQUAL]: "BitXor", [T.LEFTSHIFTEQUAL]: "LShift", [T.RIGHTSHIFTEQUAL]: "RShift",
  [T.DOUBLESTAREQUAL]: "Pow", [T.DOUBLESLASHEQUAL]: "FloorDiv",
};
