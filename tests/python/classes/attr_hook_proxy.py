# __getattr__ fallback, __getattribute__ override, __setattr__/__delattr__ logging
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_target', target)
        object.__setattr__(self, 'log', [])

    def __getattr__(self, name):
        self.log.append(('get', name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self.log.append(('set', name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self.log.append(('del', name))
        delattr(self._target, name)


class Thing:
    def __init__(self):
        self.a = 1

    def hello(self):
        return 'hello from ' + type(self).__name__


t = Thing()
p = Proxy(t)
print(p.a, p.hello())
p.b = 2
print(t.b, vars(t))
del p.a
print(hasattr(t, 'a'), p.log)
try:
    p.missing
except AttributeError as e:
    print('AttributeError', e)


class Counted:
    def __init__(self):
        self.hits = {}
        self.x = 5

    def __getattribute__(self, name):
        if name != 'hits':
            h = object.__getattribute__(self, 'hits')
            h[name] = h.get(name, 0) + 1
        if name == 'secret':
            raise AttributeError('no secrets here')
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f'<default {name}>'


c = Counted()
print(c.x, c.x, c.secret, c.other, c.hits)


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, 'v', v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field '{name}'")

    __delattr__ = __setattr__


f = Frozen(3)
print(f.v)
for op in [lambda: setattr(f, 'v', 4), lambda: delattr(f, 'v')]:
    try:
        op()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
f.w = 1
