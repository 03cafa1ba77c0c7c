def gen(xs):
    total = yield
    yield from xs
    return total

async def fetch(session, urls):
    async with session:
        async for u in urls:
            await session.get(u)
    return [await g for g in urls]
