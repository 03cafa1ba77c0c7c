# a module of the project's own standard library (lib/keyword.py)
import keyword
from keyword import iskeyword, kwlist
print(len(kwlist), kwlist[:5], keyword.softkwlist)
print([w for w in ["if", "match", "print", "None", "async", "_"] if iskeyword(w)])
print([w for w in ["if", "match", "print", "_", "case"] if keyword.issoftkeyword(w)])
print(keyword.__name__, keyword.__all__)
