import sys
count = getattr(sys, "_pypyts_test_counter", 0) + 1
sys._pypyts_test_counter = count
print("counter module run", count)
