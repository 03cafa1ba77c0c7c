try:
    int("seven")
except ValueError:
    print("handling")
    None.upper()
