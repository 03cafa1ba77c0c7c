# richards: an operating-system-like scheduler passing packets between prioritized tasks (method calls, attributes, linked lists).
# tier: 2
# size: 36
# checksum: 812160 324972 4060260
# test-size: 1
# test-checksum: 22560 9027 112785
import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
TASK_COUNT = 6
WORK, DEVICE = "work", "device"
BUFFER_SIZE = 4


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFFER_SIZE

    def append_to(self, queue):
        # Appends this packet to the end of queue (a linked list, or None); returns the new head.
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = queue is not None
        self.held = False
        self.link = scheduler.tasks
        scheduler.tasks = self
        scheduler.by_id[ident] = self

    def runnable(self):
        return not self.held and (not self.waiting or self.queue is not None)

    def take_packet(self):
        packet = self.queue
        if packet is not None:
            self.queue = packet.link
        self.waiting = False
        return packet

    def receive(self, packet, sender):
        # A packet arrives: this task runs next if it outranks the sender.
        if self.queue is None:
            self.queue = packet
            self.waiting = False
            if self.priority > sender.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return sender

    def run(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        Task.__init__(self, scheduler, ident, priority, None)
        self.seed = 1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.scheduler.hold_self(self)
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.scheduler.release(DEVICE_A, self)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.scheduler.release(DEVICE_B, self)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, packet):
        if packet is None:
            return self.scheduler.wait(self)
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.owner = self.destination
        packet.datum = 0
        for i in range(BUFFER_SIZE):
            self.letter = self.letter + 1 if self.letter < 25 else 0
            packet.data[i] = self.letter
        return self.scheduler.send(packet, self)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == WORK:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        work = self.work
        if work is not None:
            if work.datum >= BUFFER_SIZE:
                self.work = work.link
                return self.scheduler.send(work, self)
            device = self.devices
            if device is not None:
                self.devices = device.link
                device.datum = work.data[work.datum]
                work.datum += 1
                return self.scheduler.send(device, self)
        return self.scheduler.wait(self)


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority):
        Task.__init__(self, scheduler, ident, priority, None)
        self.pending = None

    def run(self, packet):
        if packet is None:
            pending = self.pending
            if pending is None:
                return self.scheduler.wait(self)
            self.pending = None
            return self.scheduler.send(pending, self)
        self.pending = packet
        self.scheduler.device_output += packet.datum
        return self.scheduler.hold_self(self)


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.by_id = [None] * TASK_COUNT
        self.current = None
        self.sends = 0
        self.holds = 0
        self.device_output = 0

    def release(self, ident, sender):
        task = self.by_id[ident]
        task.held = False
        return task if task.priority > sender.priority else sender

    def hold_self(self, task):
        self.holds += 1
        task.held = True
        return task.link

    def wait(self, task):
        task.waiting = True
        return task

    def send(self, packet, sender):
        self.sends += 1
        target = self.by_id[packet.owner]
        packet.link = None
        packet.owner = sender.ident
        return target.receive(packet, sender)

    def schedule(self):
        task = self.tasks
        while task is not None:
            if task.runnable():
                packet = task.take_packet() if task.waiting or task.queue is not None else None
                task = task.run(packet)
            else:
                task = task.link


def run_once(idle_count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, idle_count)
    queue = Packet(None, WORKER, WORK)
    queue = Packet(queue, WORKER, WORK)
    WorkerTask(s, WORKER, 1000, queue)
    queue = Packet(None, DEVICE_A, DEVICE)
    queue = Packet(queue, DEVICE_A, DEVICE)
    queue = Packet(queue, DEVICE_A, DEVICE)
    HandlerTask(s, HANDLER_A, 2000, queue)
    queue = Packet(None, DEVICE_B, DEVICE)
    queue = Packet(queue, DEVICE_B, DEVICE)
    queue = Packet(queue, DEVICE_B, DEVICE)
    HandlerTask(s, HANDLER_B, 3000, queue)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.schedule()
    return s.sends, s.holds, s.device_output


def main():
    iterations = int(sys.argv[1])
    totals = [0, 0, 0]
    for _ in range(iterations):
        sends, holds, output = run_once(10000)
        totals[0] += sends
        totals[1] += holds
        totals[2] += output
    print(f"{totals[0]} {totals[1]} {totals[2]}")


main()
