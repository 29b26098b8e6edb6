# A binary-heap priority queue of task objects ordered by __lt__ (priority,
# then arrival order), with the same results as sorting.


class Task:
    counter = 0

    def __init__(self, priority: int, name: str) -> None:
        self.priority = priority
        self.name = name
        Task.counter += 1
        self.order = Task.counter

    def __lt__(self, other: "Task") -> bool:
        if self.priority != other.priority:
            return self.priority < other.priority
        return self.order < other.order

    def __repr__(self) -> str:
        return f"Task({self.priority}, {self.name!r})"


class Heap:
    def __init__(self) -> None:
        self.items: list[Task] = []

    def __len__(self) -> int:
        return len(self.items)

    def push(self, t: Task) -> None:
        items = self.items
        items.append(t)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if items[i] < items[parent]:
                items[i], items[parent] = items[parent], items[i]
                i = parent
            else:
                break

    def pop(self) -> Task:
        items = self.items
        top = items[0]
        last = items.pop()
        if items:
            items[0] = last
            i = 0
            n = len(items)
            while True:
                left, right, smallest = 2 * i + 1, 2 * i + 2, i
                if left < n and items[left] < items[smallest]:
                    smallest = left
                if right < n and items[right] < items[smallest]:
                    smallest = right
                if smallest == i:
                    break
                items[i], items[smallest] = items[smallest], items[i]
                i = smallest
        return top


h = Heap()
tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "code"), Task(1, "coffee"),
         Task(5, "ship"), Task(2, "test")]
for t in tasks:
    h.push(t)
print(len(h), h.items[0])
out = []
while h:
    out.append(h.pop())
print(out)
print(out == sorted(tasks), min(tasks), max(tasks))
seed = 1
big = Heap()
for i in range(3000):
    seed = (seed * 48271) % 2147483647
    big.push(Task(seed % 100, "t"))
prev = -1
ok = True
while len(big) > 0:
    t = big.pop()
    ok = ok and t.priority >= prev
    prev = t.priority
print(ok, prev, Task.counter)
