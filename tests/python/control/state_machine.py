transitions = {("idle", "start"): "running", ("running", "pause"): "paused", ("paused", "start"): "running", ("running", "stop"): "idle", ("paused", "stop"): "idle"}
state = "idle"
log = []
for ev in ["start", "pause", "pause", "start", "stop", "stop"]:
    nxt = transitions.get((state, ev))
    if nxt is None:
        log.append(f"{state}: ignore {ev}")
        continue
    log.append(f"{state} -{ev}-> {nxt}")
    state = nxt
print("\n".join(log))
print(state)
