SHADOW = "user heapq module"
