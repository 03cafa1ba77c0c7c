"""Operating-system interfaces: the parts of CPython's os module pypy-ts has, over posix."""

import sys
import posix
from posix import (getcwd, listdir, mkdir, rmdir, unlink, rename, getpid, getppid, cpu_count,
                   urandom, chdir, environ, _exit)
import posixpath as path

sys.modules["os.path"] = path

name = "posix"
sep = "/"
altsep = None
curdir = "."
pardir = ".."
pathsep = ":"
extsep = "."
linesep = "\n"
devnull = "/dev/null"
defpath = "/bin:/usr/bin"
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

remove = unlink
error = OSError


def replace(src, dst):
    rename(src, dst)


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError(f"expected str, bytes or os.PathLike object, not {type(p).__name__}")
    result = method(p)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {type(p).__name__}.__fspath__() to return str or bytes, "
                    f"not {type(result).__name__}")


_STAT_FIELDS = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                "st_atime", "st_mtime", "st_ctime")


class stat_result:
    def __init__(self, values):
        self._values = tuple(values)
        for field, value in zip(_STAT_FIELDS, self._values):
            setattr(self, field, value)

    def __len__(self):
        return len(self._values)

    def __repr__(self):
        shown = []
        for field, value in zip(_STAT_FIELDS, self._values):
            shown.append(f"{field}={int(value)!r}")
        return "os.stat_result(" + ", ".join(shown) + ")"


def stat(path):
    return stat_result(posix._stat(fspath(path)))


def lstat(path):
    return stat_result(posix._lstat(fspath(path)))


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs = []
    nondirs = []
    for entry in names:
        if path.isdir(path.join(top, entry)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs
