"""Functions creating iterators for efficient looping (CPython's itertools).

Argument errors are raised when the iterator is made, as in CPython; the iteration itself is a
generator behind each call.
"""

import sys as _sys

__all__ = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice',
           'pairwise', 'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee',
           'zip_longest']


class count:
    """count(start=0, step=1) --> count object"""

    def __init__(self, start=0, step=1):
        for v in (start, step):
            # CPython's PyNumber_Check: a number, or a type that converts to one
            t = type(v)
            if not isinstance(v, (int, float)) and not (hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')):
                raise TypeError('a number is required')
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if self._step == 1 and isinstance(self._step, int):
            return 'count(%r)' % (self._n,)
        return 'count(%r, %r)' % (self._n, self._step)


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""

    def __init__(self, object, times=None):
        self._object = object
        if times is not None:
            if not isinstance(times, int):
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(times).__name__)
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError('len() of unsized object')
        return self._times

    def __repr__(self):
        if self._times is None:
            return 'repeat(%r)' % (self._object,)
        return 'repeat(%r, %d)' % (self._object, self._times)


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def cycle(iterable):
    return _cycle(iter(iterable))


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def accumulate(iterable, func=None, *, initial=None):
    return _accumulate(iter(iterable), func, initial)


class chain:
    """chain(*iterables) --> chain object"""

    def __init__(self, *iterables):
        self._gen = _chain(iter(iterables))

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)

    def from_iterable(iterables):
        c = chain()
        c._gen = _chain(iter(iterables))
        return c


def _chain(iterables):
    for it in iterables:
        for element in it:
            yield element


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def compress(data, selectors):
    return _compress(iter(data), iter(selectors))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def dropwhile(predicate, iterable):
    return _dropwhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def takewhile(predicate, iterable):
    return _takewhile(predicate, iter(iterable))


def _filterfalse(predicate, it):
    if predicate is None:
        predicate = bool
    for x in it:
        if not predicate(x):
            yield x


def filterfalse(predicate, iterable):
    return _filterfalse(predicate, iter(iterable))


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = self._currkey = self._currvalue = _marker
        self._id = None

    def __iter__(self):
        return self

    def __next__(self):
        self._id = _Token()
        while self._currkey is self._tgtkey or self._currkey == self._tgtkey:
            self._advance()  # StopIteration here ends the groups
        self._tgtkey = self._currkey
        return (self._currkey, self._grouper(self._tgtkey, self._id))

    def _advance(self):
        self._currvalue = next(self._it)
        self._currkey = self._currvalue if self._keyfunc is None else self._keyfunc(self._currvalue)

    def _grouper(self, tgtkey, id):
        while self._id is id and self._currkey == tgtkey:
            yield self._currvalue
            try:
                self._advance()
            except StopIteration:
                return


class _Token:
    __slots__ = ()


_marker = _Token()


def _islice_index(value, what):
    if value is None:
        return None
    try:
        if not isinstance(value, int):
            value = value.__index__()
    except AttributeError:
        value = -1
    if value < 0 or value > _sys.maxsize:
        raise ValueError(what)
    return value


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""
    if len(args) == 0:
        raise TypeError('islice expected at least 2 arguments, got 1')
    if len(args) > 3:
        raise TypeError('islice expected at most 4 arguments, got %d' % (len(args) + 1))
    if len(args) == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop = args[0], args[1]
        step = args[2] if len(args) > 2 else None
    stop = _islice_index(stop, 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    start = _islice_index(start, 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    step = _islice_index(step, 'Step for islice() must be a positive integer or None.')
    if step == 0:
        raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start or 0, stop, step or 1)


def _islice(it, start, stop, step):
    i = 0
    nexti = start
    if stop is not None and stop <= start:
        for _ in zip(range(stop), it):
            pass
        return
    for element in it:
        if i == nexti:
            yield element
            nexti += step
            if stop is not None and nexti >= stop:
                # consume up to stop, as CPython's islice does
                for _ in zip(range(stop - i - 1), it):
                    pass
                return
        i += 1


def _starmap(function, it):
    for args in it:
        yield function(*tuple(args))


def starmap(function, iterable):
    return _starmap(function, iter(iterable))


def _tee_gen(it, buffers, mine):
    while True:
        if not mine:
            try:
                value = next(it)
            except StopIteration:
                return
            for b in buffers:
                b.append(value)
        yield mine.pop(0)


def tee(iterable, n=2):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    buffers = [[] for _ in range(n)]
    return tuple([_tee_gen(it, buffers, b) for b in buffers])


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = repeat(fillvalue)
                value = fillvalue
            values.append(value)
        yield tuple(values)


def zip_longest(*args, fillvalue=None):
    return _zip_longest([iter(it) for it in args], fillvalue)


def _product(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def product(*args, repeat=1):
    if not isinstance(repeat, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(repeat).__name__)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in args] * repeat
    return _product(pools)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def _check_r(r, permutations=False):
    # CPython's messages differ: permutations checks r itself, combinations go through index()
    if not isinstance(r, int):
        if permutations:
            raise TypeError("Expected int as r")
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(r).__name__)
    if r < 0:
        raise ValueError('r must be non-negative')


def permutations(iterable, r=None):
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        _check_r(r, True)
    return _permutations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations(iterable, r):
    _check_r(r)
    return _combinations(tuple(iterable), r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    _check_r(r)
    return _combinations_with_replacement(tuple(iterable), r)


def _pairwise(it):
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def pairwise(iterable):
    return _pairwise(iter(iterable))


def _batched(it, n):
    while True:
        batch = tuple(islice(it, n))
        if not batch:
            return
        yield batch


def batched(iterable, n):
    if n < 1:
        raise ValueError('n must be at least one')
    return _batched(iter(iterable), n)
