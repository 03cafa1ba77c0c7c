# subclasses of list, dict, int, str and Exception keep the builtin behaviour they don't override
class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


s = Stack([1, 2]).push(3).push(4)
print(s, s.peek(), len(s), type(s).__name__, isinstance(s, list), s[1:3], type(s[1:3]).__name__)
print(sorted(Stack([3, 1, 2])), s + [5], type(s + [5]).__name__)


class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = value = len(key)
        return value


dd = DefaultDict(a=1)
print(dd['abc'], dd['a'], dd, 'abc' in dd, dd.get('zz'), 'zz' in dd)


class LowerDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())


ld = LowerDict()
ld['Key'] = 1
print(ld['KEY'], ld, list(ld.keys()))


class Money(int):
    def __new__(cls, cents):
        return super().__new__(cls, round(cents))

    def __repr__(self):
        return f'${self // 100}.{self % 100:02d}'

    def __add__(self, other):
        return Money(int(self) + int(other))


m = Money(1999.6) + Money(1)
print(m, repr(m), int(m), m * 2, type(m * 2).__name__, m > 100, hash(m) == hash(2001))


class Tag(str):
    def __new__(cls, text, level=1):
        obj = super().__new__(cls, text.upper())
        obj.level = level
        return obj

    def shout(self):
        return self + '!' * self.level


t = Tag('hi', 3)
print(t, t.shout(), t.level, t.lower(), type(t.lower()).__name__, len(t), t == 'HI', f'{t:>5}')


class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(f'[{code}] {msg}')
        self.code = code


try:
    raise AppError(404, 'not found')
except AppError as e:
    print(e, e.code, e.args, repr(e), isinstance(e, Exception))


class Quiet(KeyError):
    def __str__(self):
        return 'quiet:' + super().__str__()


print(str(Quiet('k')), repr(Quiet('k')))
raise AppError(500, 'server')
