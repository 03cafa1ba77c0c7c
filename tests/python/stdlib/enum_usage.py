# enum in a program: a state machine with Enum members as dict keys, iteration and comparisons
from enum import Enum, IntEnum, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()
    FAILED = auto()

TRANSITIONS = {
    State.IDLE: {State.RUNNING},
    State.RUNNING: {State.DONE, State.FAILED},
    State.DONE: set(),
    State.FAILED: {State.IDLE},
}

def advance(state, target):
    if target not in TRANSITIONS[state]:
        raise ValueError(f'cannot go from {state.name} to {target.name}')
    return target

s = State.IDLE
for t in [State.RUNNING, State.FAILED, State.IDLE, State.RUNNING, State.DONE]:
    s = advance(s, t)
    print(s, s.value)
try:
    advance(State.DONE, State.IDLE)
except ValueError as e:
    print('ValueError', e)
print([m.name for m in State], State['DONE'], State(2), len(State), State.DONE in State)

class Priority(IntEnum):
    LOW = 1
    HIGH = 3
    MEDIUM = 2

tasks = [('a', Priority.LOW), ('b', Priority.HIGH), ('c', Priority.MEDIUM)]
print(sorted(tasks, key=lambda t: t[1]), Priority.HIGH > Priority.LOW, Priority.MEDIUM * 10, Priority(3).name)
print(list(Priority), max(Priority), [p.value for p in Priority])
