# a linked list class using most container dunders together
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def __len__(self):
        return self.size
    def __iter__(self):
        n = self.head
        while n is not None:
            yield n.value
            n = n.next
    def __getitem__(self, i):
        if isinstance(i, slice):
            return LinkedList(list(self)[i])
        if i < 0:
            i += len(self)
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("LinkedList index out of range")
    def __contains__(self, v):
        return any(x == v for x in self)
    def __eq__(self, o):
        return isinstance(o, LinkedList) and list(self) == list(o)
    def __add__(self, o):
        return LinkedList(list(self) + list(o))
    def __reversed__(self):
        return iter(list(self)[::-1])
    def __repr__(self):
        return "LL(" + " -> ".join(map(repr, self)) + ")"
    def __bool__(self):
        return self.head is not None
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), ll[0], ll[-1], ll[1:3], 2 in ll, 9 in ll, bool(ll), bool(LinkedList()))
print(ll + LinkedList("ab"), ll == LinkedList(range(4)), list(reversed(ll)), sorted(ll, reverse=True))
total = 0
for i in range(len(ll)):
    total += ll[i]
print(total)
ll[10]
