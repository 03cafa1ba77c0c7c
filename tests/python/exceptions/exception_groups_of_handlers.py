# except clauses: tuples, ordering, bare raise, exception attributes, finally with return
class AppError(Exception):
    pass


class NotFound(AppError, LookupError):
    def __init__(self, what):
        super().__init__(what)
        self.what = what


def fetch(key):
    table = {'a': 1}
    if key == 'boom':
        raise RuntimeError('exploded')
    if key not in table:
        raise NotFound(key)
    return table[key]


for key in ['a', 'zz', 'boom']:
    try:
        print('got', fetch(key))
    except (KeyError, NotFound) as e:
        print('missing', e.what, isinstance(e, LookupError), type(e).__mro__[1].__name__)
    except Exception as e:
        print('other', type(e).__name__, e.args)
    else:
        print('no error for', key)
    finally:
        print('done', key)


def reraiser():
    try:
        fetch('q')
    except AppError:
        print('logging and re-raising')
        raise


try:
    reraiser()
except LookupError as e:
    print('outer caught', repr(e))


def finally_return():
    try:
        raise ValueError('lost')
    finally:
        return 'finally wins'


print(finally_return())


def counter():
    n = 0
    for i in range(5):
        try:
            if i % 2:
                continue
            n += 1
        finally:
            n += 10
    return n


print(counter())
e = NotFound('x')
print(e.args, str(e), repr(e), e.__class__.__name__, issubclass(NotFound, (KeyError, AppError)))
try:
    raise NotFound
except NotFound as err:
    print('class raised', type(err).__name__)
except TypeError as err:
    print('TypeError', err)
fetch('missing-key')
