# operator: functions, itemgetter/attrgetter/methodcaller for sorting and mapping
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(9, 4), operator.mul('ab', 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3), operator.invert(0))
print(operator.lt(1, 2), operator.eq('a', 'a'), operator.ne(1, 1), operator.not_([]), operator.truth([1]), operator.is_(None, None))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 4), operator.rshift(32, 2))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf('abc', 'c'), operator.getitem({'k': 1}, 'k'))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.concat([1], [2]), operator.index(7), operator.iadd([1], [2]), operator.length_hint([1, 2]))
rows = [('bob', 31, 'NY'), ('ann', 25, 'LA'), ('cid', 31, 'SF')]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)), list(map(itemgetter(0), rows)))
print(itemgetter(slice(1, None))('abcd'), itemgetter('x', 'y')({'x': 1, 'y': 2}))

class Person:
    def __init__(self, name, city):
        self.name = name
        self.address = type('A', (), {})()
        self.address.city = city

people = [Person('zed', 'Oslo'), Person('amy', 'Bergen')]
print([p.name for p in sorted(people, key=attrgetter('name'))], attrgetter('address.city')(people[0]), attrgetter('name', 'address.city')(people[1]))
print(list(map(methodcaller('upper'), ['a', 'b'])), methodcaller('split', ',', 1)('a,b,c'))
print(itemgetter(1), attrgetter('a', 'b'), methodcaller('f', 1, k=2))
