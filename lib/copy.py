"""Generic (shallow and deep) copying operations (CPython's copy)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


class _Nil:
    __slots__ = ()


_nil = _Nil()

import builtins as _builtins

_ATOMIC = [type(None), int, float, bool, str, type, range, type(len), type(Ellipsis),
           type(NotImplemented), type(lambda: None)]
for _name in ('bytes', 'complex', 'property'):
    if hasattr(_builtins, _name):
        _ATOMIC.append(getattr(_builtins, _name))
del _name
_bytearray = getattr(_builtins, 'bytearray', None)


def _is_atomic(x):
    cls = type(x)
    if cls in _ATOMIC_SET:
        return True
    return isinstance(x, type)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is tuple or cls is frozenset:
        return x
    if cls is _bytearray:
        return bytearray(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=_nil):
    """Deep copy operation on arbitrary Python objects."""
    if _is_atomic(x):
        return x
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # a tuple holding itself through a mutable was copied while its items were
        if d in memo:
            return memo[d]
        same = True
        for k, j in zip(x, items):
            if k is not j:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = set()
        memo[d] = y
        for a in x:
            y.add(deepcopy(a, memo))
    elif cls is frozenset:
        y = frozenset([deepcopy(a, memo) for a in x])
    elif cls is _bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Keeps x alive as long as memo (so ids in it stay unique)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo):
    """A new instance of x's class with x's state (deep-copied when memo is given)."""
    deep = memo is not None
    cls = type(x)
    reductor = getattr(x, '__reduce_ex__', None)
    rv = None
    if reductor is not None:
        try:
            rv = reductor(4)
        except (TypeError, AttributeError, NotImplementedError):
            rv = None
    if isinstance(rv, tuple) and len(rv) >= 2 and rv[0] is not _newobj_marker:
        return _from_reduce(x, rv, memo)
    y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state = x.__getstate__() if hasattr(x, '__getstate__') else getattr(x, '__dict__', None)
    if state is None:
        state = {}
        for klass in cls.__mro__ if hasattr(cls, '__mro__') else (cls,):
            for slot in getattr(klass, '__slots__', ()):
                if hasattr(x, slot):
                    state[slot] = getattr(x, slot)
    if deep:
        state = deepcopy(state, memo)
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
    else:
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        else:
            slotstate = None
        if state:
            for key, value in state.items():
                setattr(y, key, value) if not hasattr(y, '__dict__') else y.__dict__.__setitem__(key, value)
        if slotstate:
            for key, value in slotstate.items():
                setattr(y, key, value)
    return y


_newobj_marker = _Nil()


def _from_reduce(x, rv, memo):
    deep = memo is not None
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    listiter = rv[3] if len(rv) > 3 else None
    dictiter = rv[4] if len(rv) > 4 else None
    if deep and args:
        args = tuple([deepcopy(arg, memo) for arg in args])
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


_ATOMIC_SET = set(_ATOMIC)
