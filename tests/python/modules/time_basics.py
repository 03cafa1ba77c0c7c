# time: clocks move forward; sleep waits at least as long as asked
import time
t0 = time.monotonic()
p0 = time.perf_counter()
time.sleep(0.02)
print(time.monotonic() - t0 >= 0.019, time.perf_counter() - p0 >= 0.019)
print(type(time.time()).__name__, time.time() > 1.7e9, type(time.time_ns()).__name__)
print(type(time.perf_counter_ns()).__name__, time.process_time() >= 0)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
try:
    time.sleep("x")
except TypeError as e:
    print(e)
from time import perf_counter
print(callable(perf_counter))
