# typing: the names annotated code imports, their reprs, generics, NamedTuple, get_type_hints
from typing import List, Dict, Optional, Union, Any, Callable, Tuple, Iterator, TypeVar, Generic, NamedTuple, Set, Literal, cast, get_type_hints, get_origin, get_args, NewType
T = TypeVar('T')
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str], Any, Callable[[int, str], bool], Tuple[int, ...], T, Literal['a', 1])
print(Optional[Union[int, str]], Union[int], get_origin(List[int]), get_args(Dict[str, int]), get_args(int))
def f(x: List[int], y: Optional[str] = None) -> Dict[str, int]:
    return {y or 'k': sum(x)}
print(f([1, 2]), f.__annotations__['x'], cast(int, '3'))
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int](); s.push(1); s.push(2); print(s.pop(), s.items)
class Emp(NamedTuple):
    name: str
    id: int = 3
    def label(self) -> str:
        return f'{self.name}#{self.id}'
e = Emp('ann'); print(e, e.label(), e._replace(id=5), Emp._fields, isinstance(e, tuple))
class A:
    x: int
    y: 'str'
print(get_type_hints(A))
UserId = NewType('UserId', int); print(UserId(5), UserId)
try: List()
except TypeError as e: print('TypeError', e)
