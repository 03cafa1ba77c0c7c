"""A small text adventure: rooms, items, a command parser, and save/load of the game state.

It plays a scripted walkthrough by default (so it runs without a terminal), then wanders at
random for a while with a seeded generator. Usage:

    adventure.py [MOVES]     the walkthrough, then MOVES random moves (default 300)
    adventure.py -           read the commands from stdin instead, one per line
"""

import json
import random
import sys

DIRECTIONS = {"n": "north", "s": "south", "e": "east", "w": "west", "u": "up", "d": "down"}
OPPOSITE = {"north": "south", "south": "north", "east": "west", "west": "east", "up": "down", "down": "up"}

# The world as data: each room has a description, exits and the items lying there.
WORLD = {
    "hall": {
        "desc": "a draughty entrance hall with a cracked marble floor",
        "exits": {"north": "library", "east": "kitchen", "up": "landing"},
        "items": ["umbrella", "doormat"],
    },
    "library": {
        "desc": "a library; most of the shelves are empty",
        "exits": {"south": "hall", "east": "study"},
        "items": ["book", "candle"],
    },
    "study": {
        "desc": "a cramped study that smells of pipe smoke",
        "exits": {"west": "library"},
        "items": ["letter", "desk"],
        "dark": True,
    },
    "kitchen": {
        "desc": "a kitchen with a cold iron stove",
        "exits": {"west": "hall", "down": "cellar"},
        "items": ["knife", "matches", "bread"],
    },
    "cellar": {
        "desc": "a damp cellar; water drips somewhere in the dark",
        "exits": {"up": "kitchen", "north": "vault"},
        "items": ["barrel"],
        "locked": {"north": "key"},
    },
    "vault": {
        "desc": "a small vault, its walls lined with empty boxes",
        "exits": {"south": "cellar"},
        "items": ["crown"],
    },
    "landing": {
        "desc": "a landing at the top of a creaking staircase",
        "exits": {"down": "hall", "east": "bedroom"},
        "items": [],
    },
    "bedroom": {
        "desc": "a bedroom with a four-poster bed under a dust sheet",
        "exits": {"west": "landing"},
        "items": ["pillow", "key"],
    },
}

ITEMS = {
    "umbrella": ("a black umbrella with a bent rib", 2, True),
    "doormat": ("a doormat that says WELCOME", 3, True),
    "book": ("a book titled 'Ninety Ways to Hide a Key'", 2, True),
    "candle": ("a stub of a wax candle", 1, True),
    "letter": ("a letter: 'the crown is below, behind the locked door'", 1, True),
    "desk": ("a heavy oak desk", 50, False),
    "knife": ("a bread knife", 1, True),
    "matches": ("a box of matches", 1, True),
    "bread": ("a stale loaf of bread", 1, True),
    "barrel": ("a barrel of something that used to be wine", 40, False),
    "crown": ("a golden crown set with red stones", 4, True),
    "pillow": ("a feather pillow", 1, True),
    "key": ("a long iron key", 1, True),
}

TREASURES = {"crown": 50, "letter": 5, "book": 2}
MAX_CARRY = 10


class GameError(Exception):
    """A command that can't be carried out; the message is shown to the player."""


class ParseError(GameError):
    pass


class Item:
    __slots__ = ("name", "description", "weight", "portable")

    def __init__(self, name, description, weight, portable):
        self.name = name
        self.description = description
        self.weight = weight
        self.portable = portable

    def __repr__(self):
        return f"Item({self.name!r}, weight={self.weight})"


class Room:
    def __init__(self, name, desc, exits, items, dark=False, locked=None):
        self.name = name
        self.desc = desc
        self.exits = dict(exits)
        self.items = list(items)
        self.dark = dark
        self.locked = dict(locked or {})
        self.visits = 0

    def exit_names(self):
        return sorted(self.exits)

    def describe(self, lit=True):
        if self.dark and not lit:
            return "It is pitch dark. You might be eaten by something."
        lines = [f"You are in {self.desc}."]
        if self.items:
            lines.append("You see: " + ", ".join(sorted(self.items)) + ".")
        exits = ", ".join(f"{d}{' (locked)' if d in self.locked else ''}" for d in self.exit_names())
        lines.append(f"Exits: {exits}.")
        return "\n".join(lines)


class Command:
    """A parsed command: a verb and an optional object."""

    __slots__ = ("verb", "obj")

    def __init__(self, verb, obj=None):
        self.verb = verb
        self.obj = obj

    def __eq__(self, other):
        return isinstance(other, Command) and (self.verb, self.obj) == (other.verb, other.obj)

    def __repr__(self):
        return f"Command({self.verb!r}, {self.obj!r})"


class Parser:
    ARTICLES = frozenset({"the", "a", "an", "at", "to", "with", "on", "in"})
    SYNONYMS = {
        "get": "take", "grab": "take", "pick": "take", "l": "look", "x": "examine",
        "i": "inventory", "inv": "inventory", "walk": "go", "move": "go", "read": "examine",
        "light": "use", "put": "drop",
    }
    VERBS = frozenset({
        "go", "look", "take", "drop", "inventory", "examine", "unlock", "use", "save", "load",
        "score", "help", "quit", "eat",
    })

    def parse(self, line):
        words = [w for w in line.lower().replace(",", " ").split() if w not in self.ARTICLES]
        if not words:
            raise ParseError("Say something.")
        if words[0] == "pick" and len(words) > 1 and words[1] == "up":
            words = words[1:]
        verb, *rest = words
        if verb in DIRECTIONS or verb in OPPOSITE:
            return Command("go", DIRECTIONS.get(verb, verb))
        verb = self.SYNONYMS.get(verb, verb)
        if verb not in self.VERBS:
            raise ParseError(f"I don't know how to '{verb}'.")
        obj = " ".join(rest) if rest else None
        if verb == "go":
            if obj is None:
                raise ParseError("Go where?")
            obj = DIRECTIONS.get(obj, obj)
            if obj not in OPPOSITE:
                raise ParseError(f"'{obj}' is not a direction.")
        return Command(verb, obj)


class Turn:
    """A context manager around one command: counts it and turns a GameError into a message."""

    def __init__(self, game, line):
        self.game = game
        self.line = line

    def __enter__(self):
        self.game.moves += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, GameError):
            self.game.say(str(exc))
            self.game.errors += 1
            return True
        return False


class Game:
    def __init__(self, out=print):
        self.items = {name: Item(name, *spec) for name, spec in ITEMS.items()}
        self.rooms = {
            name: Room(name, spec["desc"], spec["exits"], spec["items"], spec.get("dark", False), spec.get("locked"))
            for name, spec in WORLD.items()
        }
        self.here = self.rooms["hall"]
        self.inventory = []
        self.moves = 0
        self.errors = 0
        self.candle_lit = False
        self.finished = False
        self.won = False
        self.saves = {}
        self.out = out
        self.parser = Parser()

    def say(self, text):
        for line in text.split("\n"):
            self.out(f"  {line}")

    # ---- state -------------------------------------------------------------------------
    def state(self):
        """Everything that changes during play, as plain data."""
        return {
            "here": self.here.name,
            "inventory": list(self.inventory),
            "rooms": {name: {"items": list(r.items), "locked": dict(r.locked), "visits": r.visits} for name, r in self.rooms.items()},
            "moves": self.moves,
            "candle_lit": self.candle_lit,
        }

    def restore(self, state):
        self.here = self.rooms[state["here"]]
        self.inventory = list(state["inventory"])
        for name, saved in state["rooms"].items():
            room = self.rooms[name]
            room.items = list(saved["items"])
            room.locked = dict(saved["locked"])
            room.visits = saved["visits"]
        self.moves = state["moves"]
        self.candle_lit = state["candle_lit"]

    @property
    def carried_weight(self):
        return sum(self.items[n].weight for n in self.inventory)

    @property
    def score(self):
        return sum(points for name, points in TREASURES.items() if name in self.inventory)

    def lit(self):
        return not self.here.dark or self.candle_lit and "candle" in self.inventory

    # ---- commands ----------------------------------------------------------------------
    def run(self, line):
        self.out(f"> {line}")
        with Turn(self, line):
            cmd = self.parser.parse(line)
            handler = getattr(self, "do_" + cmd.verb)
            handler(cmd.obj)

    def need(self, obj, what):
        if obj is None:
            raise GameError(f"{what.capitalize()} what?")
        return obj

    def do_help(self, obj):
        verbs = sorted(n[3:] for n in dir(self) if n.startswith("do_"))
        self.say("Commands: " + " ".join(verbs))

    def do_look(self, obj):
        if obj is not None:
            return self.do_examine(obj)
        self.say(self.here.describe(self.lit()))

    def do_go(self, direction):
        room = self.here
        if direction not in room.exits:
            raise GameError("You can't go that way.")
        if direction in room.locked:
            raise GameError(f"The door to the {direction} is locked.")
        self.here = self.rooms[room.exits[direction]]
        self.here.visits += 1
        if self.here.visits == 1:
            self.say(self.here.describe(self.lit()))
        else:
            self.say(f"You are back in the {self.here.name}.")
        if self.here.name == "hall" and "crown" in self.inventory and not self.won:
            self.won = True
            self.say(f"You carry the crown into the daylight. You have won, in {self.moves} moves!")

    def do_take(self, obj):
        name = self.need(obj, "take")
        if name == "all":
            taken = [n for n in sorted(self.here.items) if self.items[n].portable]
            if not taken:
                raise GameError("There is nothing here to take.")
            for n in taken:
                self.try_take(n)
            return
        self.try_take(name)

    def try_take(self, name):
        if not self.lit():
            raise GameError("You fumble around in the dark.")
        if name not in self.here.items:
            raise GameError(f"There is no {name} here.")
        item = self.items[name]
        if not item.portable:
            raise GameError(f"The {name} is far too heavy.")
        if self.carried_weight + item.weight > MAX_CARRY:
            raise GameError(f"You can't carry the {name} as well.")
        self.here.items.remove(name)
        self.inventory.append(name)
        self.say(f"Taken: {name}.")

    def do_drop(self, obj):
        name = self.need(obj, "drop")
        if name not in self.inventory:
            raise GameError(f"You don't have the {name}.")
        self.inventory.remove(name)
        self.here.items.append(name)
        if name == "candle":
            self.candle_lit = False
        self.say(f"Dropped: {name}.")

    def do_inventory(self, obj):
        if not self.inventory:
            self.say("You are empty-handed.")
            return
        for name in sorted(self.inventory):
            self.say(f"{name:<10} {self.items[name].weight:>3} lb")
        self.say(f"{'total':<10} {self.carried_weight:>3} lb of {MAX_CARRY}")

    def do_examine(self, obj):
        name = self.need(obj, "examine")
        if name not in self.inventory and (name not in self.here.items or not self.lit()):
            raise GameError(f"You see no {name} here.")
        self.say(self.items[name].description.capitalize() + ".")

    def do_unlock(self, direction):
        direction = DIRECTIONS.get(self.need(direction, "unlock"), direction)
        needed = self.here.locked.get(direction)
        if needed is None:
            raise GameError("There is nothing locked there.")
        if needed not in self.inventory:
            raise GameError(f"You need the {needed}.")
        del self.here.locked[direction]
        self.say(f"The {needed} turns. The door to the {direction} opens.")

    def do_use(self, obj):
        name = self.need(obj, "use")
        if name == "candle":
            if "candle" not in self.inventory:
                raise GameError("You have no candle.")
            if "matches" not in self.inventory:
                raise GameError("You have nothing to light it with.")
            self.candle_lit = True
            self.say("The candle flickers into life.")
        else:
            raise GameError(f"You can't see how to use the {name}.")

    def do_eat(self, obj):
        name = self.need(obj, "eat")
        if name != "bread" or name not in self.inventory:
            raise GameError("That doesn't look edible.")
        self.inventory.remove(name)
        self.say("You eat the bread. It was very stale.")

    def do_save(self, slot):
        # saved as JSON text, as a file would hold it: the state must be plain data
        slot = slot or "default"
        state = self.state()
        self.saves[slot] = json.dumps(state, sort_keys=True)
        self.say(f"Saved to slot '{slot}' ({len(state['inventory'])} items carried, {len(self.saves[slot])} bytes).")

    def do_load(self, slot):
        slot = slot or "default"
        try:
            state = json.loads(self.saves[slot])
        except KeyError:
            raise GameError(f"No saved game called '{slot}'.") from None
        self.restore(state)
        self.say(f"Loaded '{slot}'. You are in the {self.here.name}.")

    def do_score(self, obj):
        self.say(f"Score {self.score} in {self.moves} moves.")

    def do_quit(self, obj):
        self.finished = True
        self.say("Goodbye.")


WALKTHROUGH = """
look
take umbrella
n
get the book
take candle
x book
e
take letter
use candle
light the candle
take matches
dance
w
s
e
take matches
take all
inventory
drop umbrella
take bread
w
use candle
n
go east
look
take letter
read letter
w
s
e
d
n
unlock north
save before-key
u
w
u
e
take pillow
take key
inventory
w
d
e
d
unlock n
go north
take crown
eat bread
take crown
drop pillow
take crown
drop knife
take crown
score
save vault
load before-key
score
load nowhere
load vault
take barrel
go sideways
s
u
w
help
inventory
"""


def wander(game, moves, seed=2024):
    """Random play: a mix of moves and item handling, chosen by a seeded generator."""
    rng = random.Random(seed)
    verbs = ["go", "go", "go", "take", "drop", "look", "examine", "inventory"]
    for _ in range(moves):
        verb = rng.choice(verbs)
        if verb == "go":
            line = "go " + rng.choice(sorted(game.here.exits))
        elif verb == "take":
            line = "take " + (rng.choice(sorted(game.here.items)) if game.here.items else "nothing")
        elif verb == "drop":
            line = "drop " + (rng.choice(sorted(game.inventory)) if game.inventory else "nothing")
        elif verb == "examine":
            pool = sorted(game.here.items + game.inventory)
            line = "examine " + (rng.choice(pool) if pool else "floor")
        else:
            line = verb
        game.run(line)


def summary(game):
    state = game.state()
    print("--- state ---")
    print(f"room: {state['here']}, moves: {state['moves']}, errors: {game.errors}, score: {game.score}")
    for name, room in sorted(state["rooms"].items()):
        items = ",".join(sorted(room["items"])) or "-"
        print(f"  {name:<8} visits={room['visits']:<3} items={items}")
    print(f"  carrying: {sorted(state['inventory'])} ({game.carried_weight} lb)")


def main(argv):
    game = Game()
    if argv and argv[0] == "-":
        for line in sys.stdin:
            if line.strip():
                game.run(line.strip())
            if game.finished:
                break
    else:
        moves = int(argv[0]) if argv else 300
        for line in WALKTHROUGH.strip().splitlines():
            game.run(line)
        summary(game)
        wander(game, moves)
    summary(game)


if __name__ == "__main__":
    main(sys.argv[1:])
