// The interactive prompt: `>>> ` / `... ` prompts, line editing and history (node:readline on a
// terminal), each complete input run in the session's __main__ with its expression values
// shown (session.ts), tracebacks printed and the prompt going on, EOF (Ctrl-D) or SystemExit
// ending it. Also used after `-i`, and on a non-terminal stdin with `-i` (prompts on stderr,
// as CPython writes them).
//
// When an input is complete is decided as CPython's codeop does it, by compiling: a parse
// error at the end of the input (an open bracket, an unterminated triple-quoted string, a
// missing indented block, a trailing backslash) asks for more lines; a compound statement
// goes on until an empty line.

import { PySyntaxError } from "./frontend/errors.js";
import { parseModule } from "./frontend/parser.js";
import { endSession, runInMain } from "./interp/session.js";

export const PS1 = ">>> ";
export const PS2 = "... ";

/** Errors that mean "the input stops too early" rather than "the input is wrong". */
const INCOMPLETE = [/was never closed/, /unterminated triple-quoted string/, /unexpected EOF/, /expected an indented block/, /unexpected end of file/];
/** Of those, the ones an empty line does not end (the bracket or string is still open). */
const STILL_OPEN = [/was never closed/, /unterminated triple-quoted string/];

const COMPOUND = new Set(["If", "For", "AsyncFor", "While", "With", "AsyncWith", "Try", "TryStar", "FunctionDef", "AsyncFunctionDef", "ClassDef", "Match"]);

/** What the prompt should do with the lines typed so far. */
export function classifyInput(lines: readonly string[]): "empty" | "more" | "run" {
  const source = lines.join("\n") + "\n";
  const last = lines[lines.length - 1] ?? "";
  // nothing but comments: CPython asks for more until an empty line
  if (lines.every((l) => l.trim() === "" || l.trim().startsWith("#"))) return lines[0]?.trim() === "" || last.trim() === "" ? "empty" : "more";
  const ended = last.trim() === "" && lines.length > 1;
  if (/\\\s*$/.test(last) && !ended) return "more";
  try {
    const mod = parseModule(source, "<stdin>");
    const compound = mod.body.length > 0 && COMPOUND.has(mod.body[0]!._type);
    if (compound && lines.length > 0 && !ended) return "more";
    return "run";
  } catch (e) {
    if (!(e instanceof PySyntaxError)) throw e;
    if (STILL_OPEN.some((r) => r.test(e.msg))) return "more";
    // an error found only at the end of the input: more lines may complete it
    const atEnd = e.lineno > lines.length || (e.lineno === lines.length && e.offset > last.length);
    if (!ended && (atEnd || INCOMPLETE.some((r) => r.test(e.msg)))) return "more";
    return "run"; // runInMain reports the SyntaxError
  }
}

/** One prompt session's line handling, independent of the terminal (tests drive it directly). */
export class ReplBuffer {
  private lines: string[] = [];

  get prompt(): string {
    return this.lines.length === 0 ? PS1 : PS2;
  }

  /** Adds a line; returns the source to run when the input is complete, else null. */
  push(line: string): string | null {
    this.lines.push(line);
    const verdict = classifyInput(this.lines);
    if (verdict === "more") return null;
    const source = this.lines.join("\n") + "\n";
    this.lines = [];
    return verdict === "empty" ? null : source;
  }

  reset(): void {
    this.lines = [];
  }

  /** At end of input: whatever was typed, to run as it is (null if nothing). */
  takePending(): string | null {
    const pending = this.lines.some((l) => l.trim() !== "") ? this.lines.join("\n") + "\n" : null;
    this.lines = [];
    return pending;
  }
}

/** Runs one complete input; returns the exit status when it raised SystemExit. */
export function runInput(source: string): number | null {
  const r = runInMain(source, "<stdin>", true);
  return typeof r === "number" ? r : null;
}

export const BANNER = (version: string, impl: string) =>
  `Python ${version} (${impl}) on ${process.platform}\nType "help", "copyright", "credits" or "license" for more information.\n`;

/**
 * The prompt loop over stdin; resolves with the exit status. The session must be started.
 * `flush` pushes the program's buffered stdout before each prompt.
 */
export function interact(opts: { banner: string | null; flush: () => void }): Promise<number> {
  const tty = process.stdin.isTTY === true;
  const promptOut = tty ? process.stdout : process.stderr;
  if (opts.banner !== null) process.stderr.write(opts.banner);
  const buf = new ReplBuffer();
  // node:readline loaded only when the prompt starts (start-up pays for every module loaded)
  const rl = process.getBuiltinModule("node:readline").createInterface({ input: process.stdin, output: promptOut, terminal: tty, historySize: 1000 });
  return new Promise((resolve) => {
    let status: number | null = null;
    const prompt = () => {
      opts.flush();
      rl.setPrompt(buf.prompt);
      rl.prompt();
    };
    rl.on("line", (line) => {
      if (status !== null) return; // lines readline had buffered after SystemExit
      const source = buf.push(line);
      if (source !== null) {
        status = runInput(source);
        opts.flush();
        if (status !== null) {
          rl.close();
          return;
        }
      }
      prompt();
    });
    rl.on("SIGINT", () => {
      promptOut.write("\nKeyboardInterrupt\n");
      buf.reset();
      prompt();
    });
    rl.on("close", () => {
      const pending = status === null ? buf.takePending() : null;
      if (pending !== null) status = runInput(pending);
      if (status === null && tty) promptOut.write("\n");
      endSession(); // may print (generators closed at exit): before the console's buffer is flushed
      opts.flush();
      resolve(status ?? 0);
    });
    prompt();
  });
}
