# __cause__, __context__, __suppress_context__ as attributes, and what `raise from` sets
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise LookupError(f'bad key {s!r}') from e


def implicit():
    try:
        {}['missing']
    except KeyError:
        raise TypeError('while handling')


def suppressed():
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('clean') from None


for fn, arg in [(parse, 'x'), (implicit, None), (suppressed, None)]:
    try:
        fn(arg) if arg else fn()
    except Exception as e:
        print(type(e).__name__, e)
        print('  cause:', repr(e.__cause__))
        print('  context:', repr(e.__context__))
        print('  suppress:', e.__suppress_context__)

e = ValueError('v')
print(e.__cause__, e.__context__, e.__suppress_context__)
e.__cause__ = KeyError('k')
print(repr(e.__cause__), e.__suppress_context__)
try:
    e.__cause__ = 'nope'
except TypeError as err:
    print('TypeError', err)


def nested():
    try:
        try:
            raise OSError('disk')
        except OSError as inner:
            raise ValueError('parse') from inner
    except ValueError:
        raise KeyError('top')


try:
    nested()
except KeyError as k:
    ctx = k.__context__
    print(repr(k), repr(ctx), repr(ctx.__cause__), ctx.__cause__.__context__)


def chain_out():
    try:
        parse('zz')
    except LookupError as e:
        raise SystemError('final') from e


chain_out()
