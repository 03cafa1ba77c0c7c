# a folder earlier on sys.path shadows a standard-library module, as in CPython
import sys
sys.path.insert(0, sys.path[0] + "/flat")
import heapq
print(heapq.SHADOW)
import flatmod
print(flatmod.NAME)
