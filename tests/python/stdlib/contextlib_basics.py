"""contextlib: contextmanager (normal exit, exceptions in and out, decorator use), suppress,
closing, nullcontext, redirect_stdout, ExitStack (order, suppression, replaced exceptions)."""
import io
import sys
from contextlib import (ExitStack, closing, contextmanager, nullcontext, redirect_stderr,
                        redirect_stdout, suppress)

log = []


@contextmanager
def tag(name):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        log.append(f"handled {e!r}")
    finally:
        log.append(f"</{name}>")


with tag("a") as t:
    log.append(t)
with tag("b"):
    raise KeyError("swallowed")
try:
    with tag("c"):
        raise ValueError("passes through")
except ValueError as e:
    log.append(f"outside {e}")
print(log)


@tag("deco")
def work(x):
    log.append(f"work {x}")
    return x * 2


log.clear()
print(work(1), work(2), log)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)


@contextmanager
def converting():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e


try:
    with converting():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        int("x")
except ValueError as e:
    print("not suppressed:", e)


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


with closing(Resource("r1")) as r:
    print("using", r.name)
with nullcontext(42) as v:
    print("nullcontext", v)

buf = io.StringIO()
with redirect_stdout(buf):
    print("into the buffer")
err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(buf.getvalue()), repr(err.getvalue()))


class Named:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, typ, exc, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return self.suppress


with ExitStack() as stack:
    names = [stack.enter_context(Named(n)) for n in "xyz"]
    stack.callback(print, "callback", *names)
    print("body", names)

with ExitStack() as stack:
    stack.enter_context(Named("outer", suppress=True))
    stack.enter_context(Named("inner"))
    raise KeyError("inner sees it, outer suppresses it")
print("after suppression")


def boom(*exc):
    raise ValueError("from a callback")


try:
    with ExitStack() as stack:
        stack.push(boom)
        stack.enter_context(Named("first"))
        raise KeyError("original")
except ValueError as e:
    print("replaced:", e, "context:", repr(e.__context__))

with ExitStack() as stack:
    stack.enter_context(Named("kept"))
    moved = stack.pop_all()
print("stack left empty")
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print(e)
