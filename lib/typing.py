"""Support for type hints (CPython's typing, as far as runtime code needs it: every public
name imports, subscriptions build aliases with CPython's reprs, TypeVar, Generic, Protocol,
NamedTuple, TypedDict, NewType, cast, overload, get_type_hints, get_origin/get_args)."""

import collections.abc as _abc
import collections as _collections

__all__ = ['Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
           'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type',
           'TypeVar', 'TypeVarTuple', 'Union', 'AbstractSet', 'ByteString', 'Container',
           'ContextManager', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView',
           'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet',
           'Sequence', 'Sized', 'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable',
           'Coroutine', 'Collection', 'AsyncGenerator', 'AsyncContextManager', 'Reversible',
           'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsIndex',
           'SupportsInt', 'SupportsRound', 'ChainMap', 'Counter', 'Deque', 'Dict',
           'DefaultDict', 'List', 'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict',
           'Generator', 'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO', 'AnyStr',
           'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
           'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
           'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
           'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required',
           'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
           'TypeGuard', 'Unpack']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    if callable(obj) and hasattr(obj, '__name__') and not isinstance(obj, (_Final,)):
        return obj.__name__
    return repr(obj)


class _Final:
    """Base of the typing objects (no subclassing at runtime)."""
    __slots__ = ()


class _GenericAlias(_Final):
    """X[args]: a subscripted typing object. Calling it makes an instance of the origin."""

    def __init__(self, origin, args, name=None, special_repr=None):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name
        self._repr = special_repr

    def __repr__(self):
        if self._repr is not None:
            return self._repr
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(self.__args__[0], (list, tuple)):
            return f'typing.Callable[{_type_repr(list(self.__args__[0]))}, {_type_repr(self.__args__[1])}]'
        args = ', '.join(_type_repr(a) for a in self.__args__) if self.__args__ else '()'
        name = f'typing.{self._name}' if self._name else _type_repr(self.__origin__)
        return f'{name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except Exception:
            pass
        return result

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')


class _SpecialGenericAlias(_Final):
    """List, Dict, ...: the bare name of a generic builtin or ABC."""

    def __init__(self, origin, name, nparams=-1, inst=True):
        self.__origin__ = origin
        self._name = name
        self._nparams = nparams
        self._inst = inst

    def __repr__(self):
        return f'typing.{self._name}'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams and self._name != 'Tuple':
            raise TypeError(f"Too {'many' if len(params) > self._nparams else 'few'} arguments for {self!r}; "
                            f"actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f'Type {self._name} cannot be instantiated; '
                            f'use {self.__origin__.__name__}() instead')
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__origin__)


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, ...: names with their own subscription rules."""

    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        if self._getitem is None:
            raise TypeError(f'{self} is not subscriptable')
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(f"{self} cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(f"{self} cannot be used with issubclass()")

    def __reduce__(self):
        return self._name


def _union_getitem(self, parameters):
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        p = type(None) if p is None else p
        if isinstance(p, _GenericAlias) and p.__origin__ is Union:
            for q in p.__args__:
                if q not in flat:
                    flat.append(q)
        elif p not in flat:
            flat.append(p)
    if len(flat) == 1:
        return flat[0]
    args = tuple(flat)
    if len(args) == 2 and type(None) in args:
        other = args[0] if args[1] is type(None) else args[1]
        return _GenericAlias(Union, args, 'Union', f'typing.Optional[{_type_repr(other)}]')
    return _GenericAlias(Union, args, 'Union')


def _optional_getitem(self, parameter):
    if isinstance(parameter, tuple):
        raise TypeError(f"{self} requires a single type.")
    return Union[parameter, None]


def _single_getitem(self, parameter):
    return _GenericAlias(self, (parameter,), self._name)


def _literal_getitem(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, self._name,
                         'typing.Literal[' + ', '.join(repr(p) for p in parameters) + ']')


def _annotated_getitem(self, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
    alias = _GenericAlias(params[0], params[0], None,
                          'typing.Annotated[' + _type_repr(params[0]) + ', ' +
                          ', '.join(repr(m) for m in params[1:]) + ']')
    alias.__metadata__ = params[1:]
    return alias


def _tuple_params(self, params):
    return params


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union_getitem)
Optional = _SpecialForm('Optional', _optional_getitem)
ClassVar = _SpecialForm('ClassVar', _single_getitem)
Final = _SpecialForm('Final', _single_getitem)
TypeGuard = _SpecialForm('TypeGuard', _single_getitem)
Required = _SpecialForm('Required', _single_getitem)
NotRequired = _SpecialForm('NotRequired', _single_getitem)
Unpack = _SpecialForm('Unpack', _single_getitem)
Concatenate = _SpecialForm('Concatenate', _literal_getitem)
Literal = _SpecialForm('Literal', _literal_getitem)
Annotated = _SpecialForm('Annotated', _annotated_getitem)


class TypeVar(_Final):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__constraints__ = constraints
        self.__bound__ = bound

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class TypeVarTuple(_Final):
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__


class ParamSpecArgs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"


class ParamSpecKwargs(_Final):
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"


class ParamSpec(_Final):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__bound__ = bound
        self.args = ParamSpecArgs(self)
        self.kwargs = ParamSpecKwargs(self)

    def __repr__(self):
        return '~' + self.__name__


AnyStr = TypeVar('AnyStr', str, str)


class Generic:
    """Abstract base class for generic types: class C(Generic[T]) works, and C[int] is an
    alias whose calls make C instances."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            return cls
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)


class Protocol(Generic):
    """Base class for protocol classes."""
    __slots__ = ()
    _is_protocol = True


def runtime_checkable(cls):
    cls._is_runtime_protocol = True
    return cls


def _alias(origin, name, nparams=-1, inst=True):
    return _SpecialGenericAlias(origin, name, nparams, inst)


List = _alias(list, 'List', 1, inst=False)
Dict = _alias(dict, 'Dict', 2, inst=False)
Set = _alias(set, 'Set', 1, inst=False)
FrozenSet = _alias(frozenset, 'FrozenSet', 1, inst=False)
Tuple = _alias(tuple, 'Tuple', -1, inst=False)
Type = _alias(type, 'Type', 1, inst=False)
Deque = _alias(_collections.deque, 'Deque', 1)
DefaultDict = _alias(_collections.defaultdict, 'DefaultDict', 2)
OrderedDict = _alias(_collections.OrderedDict, 'OrderedDict', 2)
Counter = _alias(_collections.Counter, 'Counter', 1)
ChainMap = _alias(_collections.ChainMap, 'ChainMap', 2)
Callable = _alias(_abc.Callable, 'Callable', 2)
Hashable = _alias(_abc.Hashable, 'Hashable', 0)
Sized = _alias(_abc.Sized, 'Sized', 0)
Awaitable = _alias(_abc.Awaitable, 'Awaitable', 1)
Coroutine = _alias(_abc.Coroutine, 'Coroutine', 3)
AsyncIterable = _alias(_abc.AsyncIterable, 'AsyncIterable', 1)
AsyncIterator = _alias(_abc.AsyncIterator, 'AsyncIterator', 1)
AsyncGenerator = _alias(_abc.AsyncGenerator, 'AsyncGenerator', 2)
Iterable = _alias(_abc.Iterable, 'Iterable', 1)
Iterator = _alias(_abc.Iterator, 'Iterator', 1)
Reversible = _alias(_abc.Reversible, 'Reversible', 1)
Container = _alias(_abc.Container, 'Container', 1)
Collection = _alias(_abc.Collection, 'Collection', 1)
AbstractSet = _alias(_abc.Set, 'AbstractSet', 1)
MutableSet = _alias(_abc.MutableSet, 'MutableSet', 1)
Mapping = _alias(_abc.Mapping, 'Mapping', 2)
MutableMapping = _alias(_abc.MutableMapping, 'MutableMapping', 2)
Sequence = _alias(_abc.Sequence, 'Sequence', 1)
MutableSequence = _alias(_abc.MutableSequence, 'MutableSequence', 1)
ByteString = _alias(_abc.ByteString, 'ByteString', 0)
MappingView = _alias(_abc.MappingView, 'MappingView', 1)
KeysView = _alias(_abc.KeysView, 'KeysView', 1)
ItemsView = _alias(_abc.ItemsView, 'ItemsView', 2)
ValuesView = _alias(_abc.ValuesView, 'ValuesView', 1)
Generator = _alias(_abc.Generator, 'Generator', 3)
ContextManager = _alias(object, 'ContextManager', 1)
AsyncContextManager = _alias(object, 'AsyncContextManager', 1)
Pattern = _alias(object, 'Pattern', 1)
Match = _alias(object, 'Match', 1)
IO = _alias(object, 'IO', 1)
TextIO = _alias(object, 'TextIO', 0)
BinaryIO = _alias(object, 'BinaryIO', 0)
Text = str


class SupportsInt(Protocol):
    __slots__ = ()


class SupportsFloat(Protocol):
    __slots__ = ()


class SupportsComplex(Protocol):
    __slots__ = ()


class SupportsBytes(Protocol):
    __slots__ = ()


class SupportsIndex(Protocol):
    __slots__ = ()


class SupportsAbs(Protocol):
    __slots__ = ()


class SupportsRound(Protocol):
    __slots__ = ()


class ForwardRef(_Final):
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        return isinstance(other, ForwardRef) and self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


_overload_registry = {}


def overload(func):
    key = getattr(func, '__qualname__', getattr(func, '__name__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @typing.overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @typing.overload-ed.")


def get_overloads(func):
    return list(_overload_registry.get(getattr(func, '__qualname__', None), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(**kwargs):
    def decorator(cls_or_fn):
        return cls_or_fn
    return decorator


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object (its __annotations__, merged along the MRO for classes;
    None becomes NoneType)."""
    import sys
    import builtins
    hints = {}
    sources = reversed(obj.__mro__) if isinstance(obj, type) else [obj]
    for source in sources:
        module = sys.modules.get(getattr(source, '__module__', None), None)
        namespace = globalns if globalns is not None else getattr(module, '__dict__', {})
        for name, value in getattr(source, '__annotations__', {}).items():
            if value is None:
                value = type(None)
            elif isinstance(value, str):
                value = _resolve_name(value, localns or {}, namespace, builtins)
            hints[name] = value
    return hints


def _resolve_name(text, localns, globalns, builtins):
    # string annotations naming a global or builtin (no general eval here)
    target = text.strip()
    for namespace in (localns, globalns):
        if target in namespace:
            return namespace[target]
    return getattr(builtins, target, ForwardRef(text))


def get_origin(tp):
    if isinstance(tp, _GenericAlias):
        return tp.__origin__
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    if isinstance(tp, _GenericAlias):
        args = tp.__args__
        if tp._name == 'Callable' and len(args) == 2 and isinstance(args[0], list):
            return (args[0], args[1])
        return args
    return ()


def is_typeddict(tp):
    return getattr(tp, '__total__', None) is not None and isinstance(tp, type) and issubclass(tp, dict)


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]


# ---- NamedTuple and TypedDict (class syntax through a metaclass)

class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(cls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _collections.namedtuple(typename, list(types),
                                         defaults=[ns[n] for n in default_names],
                                         module=ns.get('__module__', '__main__'))
        nm_tpl.__annotations__ = dict(types)
        for key in ns:
            if key in ('__module__', '__qualname__', '__annotations__', '_root', '__doc__'):
                continue
            if key in types:
                continue
            setattr(nm_tpl, key, ns[key])
        if ns.get('__doc__'):
            nm_tpl.__doc__ = ns['__doc__']
        return nm_tpl

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = kwargs.items()
        return _collections.namedtuple(typename, [n for n, t in fields])


class NamedTuple(metaclass=NamedTupleMeta):
    _root = True


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        if ns.get('_root', False):
            return super().__new__(cls, name, bases, ns)
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), {})
        annotations = {}
        for base in bases:
            annotations.update(getattr(base, '__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        tp_dict.__annotations__ = annotations
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        if cls.__dict__.get('_root', False) and args and isinstance(args[0], str):
            name, fields = args[0], (args[1] if len(args) > 1 else kwargs)
            return _TypedDictMeta.__new__(_TypedDictMeta, name, (), {'__annotations__': dict(fields)})
        return dict(*args, **kwargs)


class TypedDict(metaclass=_TypedDictMeta):
    _root = True
