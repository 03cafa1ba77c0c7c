# an annotated program: typing names used in signatures, variables and a generic container
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Sequence, Set, Tuple, TypeVar, Union

T = TypeVar('T')
Number = Union[int, float]

def mean(values: Sequence[Number]) -> float:
    return sum(values) / len(values)

def first(items: Iterable[T], default: Optional[T] = None) -> Optional[T]:
    for item in items:
        return item
    return default

def apply(fn: Callable[[int], int], xs: List[int]) -> List[int]:
    return [fn(x) for x in xs]

def pairs(d: Dict[str, int]) -> Iterator[Tuple[str, int]]:
    yield from sorted(d.items())

seen: Set[str] = set()
config: Dict[str, Any] = {'debug': True, 'level': 3}
print(mean([1, 2, 3, 4]), first([]), first('abc'), first([], default=0), apply(lambda x: x * x, [1, 2, 3]))
print(list(pairs({'b': 2, 'a': 1})), config, seen, mean.__annotations__['return'])
print(apply.__annotations__['fn'], first.__annotations__['default'], Number)
