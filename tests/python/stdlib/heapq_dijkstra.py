# a real use of heapq: Dijkstra's shortest paths and a running median
import heapq

graph = {
    'A': [('B', 4), ('C', 2)], 'B': [('C', 5), ('D', 10)], 'C': [('E', 3)],
    'D': [('F', 11)], 'E': [('D', 4)], 'F': [],
}

def dijkstra(source):
    dist = {source: 0}
    prev = {}
    queue = [(0, source)]
    while queue:
        d, node = heapq.heappop(queue)
        if d > dist.get(node, float('inf')):
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nd < dist.get(nxt, float('inf')):
                dist[nxt] = nd
                prev[nxt] = node
                heapq.heappush(queue, (nd, nxt))
    return dist, prev

dist, prev = dijkstra('A')
print(sorted(dist.items()))
path, node = [], 'F'
while node != 'A':
    path.append(node)
    node = prev[node]
print(['A'] + path[::-1])

low, high = [], []
medians = []
for x in [5, 15, 1, 3, 2, 8, 7, 9, 10, 6]:
    heapq.heappush(low, -heapq.heappushpop(high, x))
    if len(low) > len(high):
        heapq.heappush(high, -heapq.heappop(low))
    medians.append(high[0] if len(high) > len(low) else (high[0] - low[0]) / 2)
print(medians)
