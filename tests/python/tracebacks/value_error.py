print(int("10"))
int("ten")
