/*
 * output.ts — where print() and tracebacks go: the CLI writes to the process streams (buffered),
 * the test runner collects strings in-process.
 */
export const output = {
  stdout: (s: string): void => void process.stdout.write(s),
  stderr: (s: string): void => void process.stderr.write(s),
  /** Pushes buffered stdout text out (input() prompts, sys.stdout.flush(), the REPL). */
  flush: (): void => {},
  /** The heap object standing for sys.stderr (print(file=...) compares against it). */
  stderrObj: 0,
};
