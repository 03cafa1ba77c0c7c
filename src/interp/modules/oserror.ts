/*
 * oserror.ts — OSError from a failed system call, as CPython builds it: the subclass chosen by
 * errno (FileNotFoundError for ENOENT, ...), args (errno, strerror), and the attributes errno,
 * strerror and filename; str() gives "[Errno 2] No such file or directory: 'x'" (format.ts).
 */

import { constants } from "node:os";
import { getHandle, popHandles, pushHandle } from "../../gc/index.js";
import { EXC, newException } from "../exceptions.js";
import { newInt } from "../objects/int.js";
import { newStr } from "../objects/str.js";
import { setAttrSlow } from "../ops/attrs.js";
import { noneRef, throwPy } from "../state.js";
import type { TypeDesc } from "../types.js";

/** Linux's strerror() texts for the errors file operations meet. */
const STRERROR: Record<string, string> = {
  EPERM: "Operation not permitted",
  ENOENT: "No such file or directory",
  EIO: "Input/output error",
  EBADF: "Bad file descriptor",
  EAGAIN: "Resource temporarily unavailable",
  EACCES: "Permission denied",
  EEXIST: "File exists",
  ENOTDIR: "Not a directory",
  EISDIR: "Is a directory",
  EINVAL: "Invalid argument",
  EMFILE: "Too many open files",
  ENOSPC: "No space left on device",
  EROFS: "Read-only file system",
  ENOTEMPTY: "Directory not empty",
  ENAMETOOLONG: "File name too long",
  ELOOP: "Too many levels of symbolic links",
  EXDEV: "Invalid cross-device link",
};

const SUBCLASS: Record<string, string> = {
  ENOENT: "FileNotFoundError",
  EEXIST: "FileExistsError",
  EISDIR: "IsADirectoryError",
  ENOTDIR: "NotADirectoryError",
  EACCES: "PermissionError",
  EPERM: "PermissionError",
  EAGAIN: "BlockingIOError",
  EINTR: "InterruptedError",
  ETIMEDOUT: "TimeoutError",
};

const ERRNO = constants.errno as Record<string, number>;

/** Raises the OSError for errno name `code` (e.g. "ENOENT") about `filename` (optional). */
export function raiseErrno(code: string, filename: string | number | null = null, filename2: string | null = null): never {
  const t: TypeDesc = EXC[SUBCLASS[code] ?? "OSError"]!;
  const errno = ERRNO[code] ?? 0;
  const msg = STRERROR[code] ?? code;
  const exc = newException(t, [newInt(errno), newStr(msg)]);
  const h = pushHandle(exc);
  try {
    const set = (k: string, v: number) => setAttrSlow(getHandle(h), newStr(k), v);
    set("errno", newInt(errno));
    set("strerror", newStr(msg));
    set("filename", filename === null ? noneRef() : typeof filename === "number" ? newInt(filename) : newStr(filename));
    set("filename2", filename2 === null ? noneRef() : newStr(filename2));
    throwPy(getHandle(h));
  } finally {
    popHandles(h);
  }
}

/** Turns a Node fs error into the Python OSError (anything else is rethrown). */
export function raiseFromNode(e: unknown, filename: string | number | null = null, filename2: string | null = null): never {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) raiseErrno(code, filename, filename2);
  throw e;
}
