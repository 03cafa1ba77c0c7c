# with statements with several items: enter/exit order, suppression by __exit__, and exits
# that see the exception of an inner manager
log = []


class M:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        log.append('enter ' + self.name)
        return self.name.upper()

    def __exit__(self, et, ev, tb):
        log.append(f'exit {self.name} {et.__name__ if et else None} {ev}')
        return self.suppress


with M('a') as a, M('b') as b, M('c') as c:
    log.append(a + b + c)
print(log)
log.clear()

with M('outer', suppress=True), M('inner'):
    raise KeyError('boom')
print(log)
log.clear()

with M('x', suppress=True) as x:
    with M('y'):
        1 / 0
    log.append('not reached')
print(log, x)
log.clear()


def f():
    with M('r1'), M('r2'):
        return 'returned'


print(f(), log)
log.clear()


class Failing:
    def __enter__(self):
        raise RuntimeError('enter failed')

    def __exit__(self, *a):
        log.append('never')


try:
    with M('first'), Failing(), M('third'):
        pass
except RuntimeError as e:
    print('RuntimeError', e, log)
log.clear()

for i in range(3):
    with M(f'loop{i}', suppress=True):
        if i == 1:
            continue
        if i == 2:
            raise ValueError(i)
print(log)
with M('last'), M('one'):
    raise ValueError('uncaught after exits')
