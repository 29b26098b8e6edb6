"""Richards: Martin Richards' operating-system simulation (tasks, packets
and a scheduler), after the classic Python version in pyperformance.

Needs: classes with single inheritance and overriding, Optional fields
with narrowing, module-level instances, list[Packet | None], exceptions
(raise), f-strings.
"""

I_IDLE = 1
I_WORK = 2
I_HANDLERA = 3
I_HANDLERB = 4
I_DEVA = 5
I_DEVB = 6

K_DEV = 1000
K_WORK = 1001

BUFSIZE = 4
TASKTABSIZE = 10
ITERATIONS = 50


class Packet:
    link: "Packet | None"
    ident: int
    kind: int
    datum: int
    data: list[int]

    def __init__(self, link: "Packet | None", ident: int, kind: int) -> None:
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst: "Packet | None") -> "Packet":
        self.link = None
        if lst is None:
            return self
        p = lst
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return lst


class DeviceTaskRec:
    pending: Packet | None

    def __init__(self) -> None:
        self.pending = None


class IdleTaskRec:
    control: int
    count: int

    def __init__(self) -> None:
        self.control = 1
        self.count = 10000


class HandlerTaskRec:
    work_in: Packet | None
    device_in: Packet | None

    def __init__(self) -> None:
        self.work_in = None
        self.device_in = None

    def work_in_add(self, p: Packet) -> Packet:
        self.work_in = p.append_to(self.work_in)
        return self.work_in

    def device_in_add(self, p: Packet) -> Packet:
        self.device_in = p.append_to(self.device_in)
        return self.device_in


class WorkerTaskRec:
    destination: int
    count: int

    def __init__(self) -> None:
        self.destination = I_HANDLERA
        self.count = 0


class TaskState:
    packet_pending: bool
    task_waiting: bool
    task_holding: bool

    def __init__(self) -> None:
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def packet_pending_state(self) -> "TaskState":
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting(self) -> "TaskState":
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def running(self) -> "TaskState":
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting_with_packet(self) -> "TaskState":
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_task_holding_or_waiting(self) -> bool:
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self) -> bool:
        return self.packet_pending and self.task_waiting and not self.task_holding


class TaskWorkArea:
    task_tab: "list[Task | None]"
    task_list: "Task | None"
    hold_count: int
    qpkt_count: int

    def __init__(self) -> None:
        self.task_tab = [None] * TASKTABSIZE
        self.task_list = None
        self.hold_count = 0
        self.qpkt_count = 0


class Task(TaskState):
    link: "Task | None"
    ident: int
    priority: int
    input: Packet | None
    area: TaskWorkArea

    def __init__(self, area: TaskWorkArea, ident: int, priority: int, work: Packet | None,
                 state: TaskState) -> None:
        super().__init__()
        self.area = area
        self.link = area.task_list
        self.ident = ident
        self.priority = priority
        self.input = work
        self.packet_pending = state.packet_pending
        self.task_waiting = state.task_waiting
        self.task_holding = state.task_holding
        area.task_list = self
        area.task_tab[ident] = self

    def fn(self, pkt: Packet | None) -> "Task | None":
        raise NotImplementedError

    def add_packet(self, p: Packet, old: "Task") -> "Task":
        if self.input is None:
            self.input = p
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            p.append_to(self.input)
        return old

    def run_task(self) -> "Task | None":
        msg: Packet | None = None
        if self.is_waiting_with_packet():
            msg = self.input
            if msg is not None:
                self.input = msg.link
            if self.input is None:
                self.running()
            else:
                self.packet_pending_state()
        return self.fn(msg)

    def wait_task(self) -> "Task":
        self.task_waiting = True
        return self

    def hold(self) -> "Task | None":
        self.area.hold_count += 1
        self.task_holding = True
        return self.link

    def release(self, ident: int) -> "Task":
        t = self.find_tcb(ident)
        t.task_holding = False
        if t.priority > self.priority:
            return t
        return self

    def qpkt(self, pkt: Packet) -> "Task":
        t = self.find_tcb(pkt.ident)
        self.area.qpkt_count += 1
        pkt.link = None
        pkt.ident = self.ident
        return t.add_packet(pkt, self)

    def find_tcb(self, ident: int) -> "Task":
        t = self.area.task_tab[ident]
        if t is None:
            raise ValueError(f"bad task id {ident}")
        return t


class DeviceTask(Task):
    rec: DeviceTaskRec

    def __init__(self, area: TaskWorkArea, ident: int, priority: int, work: Packet | None,
                 state: TaskState, rec: DeviceTaskRec) -> None:
        super().__init__(area, ident, priority, work, state)
        self.rec = rec

    def fn(self, pkt: Packet | None) -> Task | None:
        d = self.rec
        if pkt is None:
            pending = d.pending
            if pending is None:
                return self.wait_task()
            d.pending = None
            return self.qpkt(pending)
        d.pending = pkt
        return self.hold()


class HandlerTask(Task):
    rec: HandlerTaskRec

    def __init__(self, area: TaskWorkArea, ident: int, priority: int, work: Packet | None,
                 state: TaskState, rec: HandlerTaskRec) -> None:
        super().__init__(area, ident, priority, work, state)
        self.rec = rec

    def fn(self, pkt: Packet | None) -> Task | None:
        h = self.rec
        if pkt is not None:
            if pkt.kind == K_WORK:
                h.work_in_add(pkt)
            else:
                h.device_in_add(pkt)
        work = h.work_in
        if work is None:
            return self.wait_task()
        count = work.datum
        if count >= BUFSIZE:
            h.work_in = work.link
            return self.qpkt(work)
        dev = h.device_in
        if dev is None:
            return self.wait_task()
        h.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.qpkt(dev)


class IdleTask(Task):
    rec: IdleTaskRec

    def __init__(self, area: TaskWorkArea, ident: int, state: TaskState,
                 rec: IdleTaskRec) -> None:
        super().__init__(area, ident, 0, None, state)
        self.rec = rec

    def fn(self, pkt: Packet | None) -> Task | None:
        i = self.rec
        i.count -= 1
        if i.count == 0:
            return self.hold()
        if i.control & 1 == 0:
            i.control //= 2
            return self.release(I_DEVA)
        i.control = i.control // 2 ^ 0xD008
        return self.release(I_DEVB)


A = ord("A")


class WorkTask(Task):
    rec: WorkerTaskRec

    def __init__(self, area: TaskWorkArea, ident: int, priority: int, work: Packet | None,
                 state: TaskState, rec: WorkerTaskRec) -> None:
        super().__init__(area, ident, priority, work, state)
        self.rec = rec

    def fn(self, pkt: Packet | None) -> Task | None:
        w = self.rec
        if pkt is None:
            return self.wait_task()
        if w.destination == I_HANDLERA:
            dest = I_HANDLERB
        else:
            dest = I_HANDLERA
        w.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            w.count += 1
            if w.count > 26:
                w.count = 1
            pkt.data[i] = A + w.count - 1
        return self.qpkt(pkt)


def schedule(area: TaskWorkArea) -> None:
    t = area.task_list
    while t is not None:
        if t.is_task_holding_or_waiting():
            t = t.link
        else:
            t = t.run_task()


def run_once() -> TaskWorkArea:
    area = TaskWorkArea()
    IdleTask(area, I_IDLE, TaskState().running(), IdleTaskRec())
    wkq = Packet(None, 0, K_WORK)
    wkq = Packet(wkq, 0, K_WORK)
    WorkTask(area, I_WORK, 1000, wkq, TaskState().waiting_with_packet(), WorkerTaskRec())
    wkq = Packet(None, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    wkq = Packet(wkq, I_DEVA, K_DEV)
    HandlerTask(area, I_HANDLERA, 2000, wkq, TaskState().waiting_with_packet(),
                HandlerTaskRec())
    wkq = Packet(None, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    wkq = Packet(wkq, I_DEVB, K_DEV)
    HandlerTask(area, I_HANDLERB, 3000, wkq, TaskState().waiting_with_packet(),
                HandlerTaskRec())
    DeviceTask(area, I_DEVA, 4000, None, TaskState().waiting(), DeviceTaskRec())
    DeviceTask(area, I_DEVB, 5000, None, TaskState().waiting(), DeviceTaskRec())
    schedule(area)
    return area


def main() -> None:
    ok = 0
    holds = 0
    qpkts = 0
    for _ in range(ITERATIONS):
        area = run_once()
        holds += area.hold_count
        qpkts += area.qpkt_count
        if area.hold_count == 9297 and area.qpkt_count == 23246:
            ok += 1
    print(f"richards: {ok}/{ITERATIONS} runs correct, {holds} holds, {qpkts} packets queued")


if __name__ == "__main__":
    main()
