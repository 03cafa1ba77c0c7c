"""Enumerations (CPython 3.11's enum basics: Enum, IntEnum, StrEnum, Flag, IntFlag, auto,
unique; member reprs, iteration, lookup by value and name, and their errors)."""

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag',
           'auto', 'unique', 'ReprEnum']


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""
    _counter = 0

    def __init__(self, value=None):
        self.value = value
        auto._counter += 1
        self._order = auto._counter

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


class _EnumDict(dict):
    """The class namespace while an enum's body runs: records member names in order."""

    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_dunder(key) or _is_sunder(key) or _is_descriptor(value) or callable(value) and not isinstance(value, auto):
            if key == '_generate_next_value_':
                self._generate_next_value = value
            dict.__setitem__(self, key, value)
            return
        if key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if key in self:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        if isinstance(value, auto):
            if value.value is None:
                gen = self._generate_next_value or _default_next_value
                value.value = gen(key, 1, len(self._member_names), self._last_values[:])
            value = value.value
        self._member_names.append(key)
        self._last_values.append(value)
        dict.__setitem__(self, key, value)


def _default_next_value(name, start, count, last_values):
    if not last_values:
        return start
    last = last_values[-1]
    try:
        return last + 1
    except TypeError:
        raise TypeError('unable to increment %r' % (last,)) from None


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        d = _EnumDict()
        for base in bases:
            gen = getattr(base, '_generate_next_value_', None)
            if gen is not None and base is not Enum:
                d._generate_next_value = gen
        return d

    def __new__(metacls, cls, bases, classdict, **kwds):
        member_names = classdict._member_names if isinstance(classdict, _EnumDict) else []
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError('%s: cannot extend enumeration %r' % (cls, base.__name__))
        values = {name: dict.__getitem__(classdict, name) for name in member_names}
        ns = {k: v for k, v in classdict.items() if k not in values}
        enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        enum_class._member_names_ = []
        enum_class._member_map_ = {}
        enum_class._value2member_map_ = {}
        member_type = _member_type(bases)
        enum_class._member_type_ = member_type
        if member_type is not object and '__repr__' not in ns:
            # a mixed-in data type's repr (int's, str's) must not hide the enum's
            flag_base = Flag is not None and issubclass(enum_class, Flag)
            type.__setattr__(enum_class, '__repr__', Flag.__repr__ if flag_base else Enum.__repr__)
        for name in member_names:
            value = values[name]
            args = value if isinstance(value, tuple) else (value,)
            if member_type is object:
                member = object.__new__(enum_class)
            else:
                member = member_type.__new__(enum_class, *args)
            new_init = enum_class.__dict__.get('__init__')
            if '__new__' in enum_class.__dict__ and member_type is object:
                member = enum_class.__new__(enum_class, *args)
            if not hasattr(member, '_value_'):
                member._value_ = value if member_type is object else member_type(*args)
            member._name_ = name
            member.__objclass__ = enum_class
            if new_init is not None or any('__init__' in b.__dict__ for b in enum_class.__mro__[1:]
                                           if isinstance(b, EnumType) and b not in (Enum, IntEnum, StrEnum, Flag, IntFlag)):
                member.__init__(*args)
            existing = None
            for other in enum_class._member_map_.values():
                if other._value_ == member._value_:
                    existing = other
                    break
            if existing is not None:
                member = existing  # an alias
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(member._value_, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        return enum_class

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1):
        if names is None:
            return cls.__new_member_lookup__(value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)

    def __new_member_lookup__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        missing = cls.__dict__.get('_missing_')
        result = None
        if missing is not None:
            result = missing.__get__(None, cls)(value)
        elif hasattr(cls, '_missing_'):
            result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        bases = (cls,) if type is None else (type, cls)
        classdict = EnumType.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            names = [(name, start + i) for i, name in enumerate(names)]
        if isinstance(names, dict):
            names = list(names.items())
        for name, value in names:
            classdict[name] = value
        return EnumType.__new__(EnumType, class_name, bases, classdict)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return True
        return member in cls._value2member_map_ or any(
            m._value_ == member for m in cls._member_map_.values())

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def __delattr__(cls, attr):
        if attr in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)


EnumMeta = EnumType


def _member_type(bases):
    for base in bases:
        for klass in base.__mro__:
            if klass is object:
                continue
            if isinstance(klass, EnumType):
                mt = klass.__dict__.get('_member_type_')
                if mt is not None and mt is not object:
                    return mt
                continue
            return klass
    return object


Flag = None


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def _generate_next_value_(name, start, count, last_values):
        return _default_next_value(name, start, count, last_values)

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    _value_repr_ = None

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value']


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __str__(self):
        return str.__str__(self)

    def __format__(self, format_spec):
        return str.__format__(self, format_spec)

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Support for flags"""

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values).bit_length()
        return 2 ** high

    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        pseudo = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls if m._value_ and m._value_ & value == m._value_]
        pseudo._name_ = '|'.join(names) if names else None
        return pseudo

    _missing_ = classmethod(_missing_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for m in self.__class__:
            if m._value_ and m._value_ & self._value_ == m._value_:
                yield m

    def __len__(self):
        return len(list(iter(self)))

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        total = 0
        for m in self.__class__:
            total |= m._value_
        return self.__class__(total & ~self._value_)


class IntFlag(int, ReprEnum, Flag):
    """Support for integer-based Flags"""

    def __str__(self):
        return int.__repr__(self)

    def __format__(self, format_spec):
        return int.__format__(self, format_spec)

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration
