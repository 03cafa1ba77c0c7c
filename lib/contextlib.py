"""Utilities for with-statement contexts (CPython's contextlib, the synchronous part):
contextmanager, suppress, closing, nullcontext, redirect_stdout/redirect_stderr, ExitStack,
ContextDecorator and AbstractContextManager."""

__all__ = ['AbstractContextManager', 'ContextDecorator', 'ExitStack', 'closing',
           'contextmanager', 'nullcontext', 'redirect_stderr', 'redirect_stdout', 'suppress']

import sys
from functools import wraps


class AbstractContextManager:
    """A base whose __enter__ returns self; subclasses provide __exit__."""

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """Lets a context manager also decorate a function: each call runs inside a fresh context."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """What @contextmanager returns: runs the generator up to its yield on enter, and resumes
    it (or throws the with-block's exception into it) on exit."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        self.__doc__ = getattr(func, "__doc__", None)

    def _recreate_cm(self):
        # a decorator use needs a new generator for every call
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(typ, value, traceback)
        except StopIteration as exc:
            # the generator caught the exception and finished: suppressed, unless the
            # StopIteration is the block's own exception coming back
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            # a StopIteration raised in the block, turned into RuntimeError by the generator
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager: a generator function with one yield becomes a context manager factory."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


class closing(AbstractContextManager):
    """with closing(thing) as t: ... calls thing.close() at the end."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; enter returns enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    """Swallows the listed exception types (and their subclasses) raised in the block."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []  # a stack, so one instance can be re-entered

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Sends sys.stdout to another file-like object inside the block."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends sys.stderr to another file-like object inside the block."""
    _stream = "stderr"


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks run in reverse order when the with-block ends; each sees the
    exception left by the ones before it, and may suppress it or raise another."""

    def __init__(self):
        self._callbacks = []

    def pop_all(self):
        """Moves the callbacks to a new ExitStack (this one is left empty)."""
        moved = type(self)()
        moved._callbacks, self._callbacks = self._callbacks, []
        return moved

    def push(self, exit):
        """Adds an exit: a context manager's __exit__ (without entering it) or a callable with
        __exit__'s signature."""
        method = getattr(type(exit), "__exit__", None)
        if method is None:
            self._callbacks.append(exit)
        else:
            self._push_cm_exit(exit, method)
        return exit

    def enter_context(self, cm):
        """Enters cm and pushes its __exit__; returns what __enter__ returned."""
        cls = type(cm)
        enter = getattr(cls, "__enter__", None)
        exit = getattr(cls, "__exit__", None)
        if enter is None or exit is None:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the context manager protocol")
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Adds callback(*args, **kwds), called whatever the block's outcome (never suppresses)."""
        def call_it(exc_type, exc, tb):
            callback(*args, **kwds)
        self._callbacks.append(call_it)
        return callback

    def _push_cm_exit(self, cm, method):
        self._callbacks.append(lambda exc_type, exc, tb: method(cm, exc_type, exc, tb))

    def close(self):
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        received = exc_type is not None
        handled = sys.exc_info()[1]  # what the with-statement is handling, if anything
        pending = exc  # the exception each callback sees
        while self._callbacks:
            cb = self._callbacks.pop()
            try:
                details = (None, None, None) if pending is None else (type(pending), pending, pending.__traceback__)
                if cb(*details):
                    pending = None
            except BaseException as new:
                _chain(new, pending, handled)
                pending = new
        if pending is not None and pending is not exc:
            # raising here would make `handled` its context again: keep the chain built above
            context = pending.__context__
            try:
                raise pending
            except BaseException:
                pending.__context__ = context
                raise
        return received and pending is None


def _chain(new, old, handled):
    """Makes `old` the context at the end of new's own chain (where Python, seeing only the
    exception the frame handles, would have put `handled`)."""
    while True:
        context = new.__context__
        if context is None or context is old:
            if context is None and old is not None and new is not old:
                new.__context__ = old
            return
        if context is handled:
            break
        new = context
    new.__context__ = old
