def stream():
    try:
        yield "chunk"
    finally:
        print("stream closed")
s = stream()
print(next(s))
{}["boom"]
