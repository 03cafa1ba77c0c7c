import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code)
print("exiting with 3")
sys.exit(3)
