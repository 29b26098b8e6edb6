class Stack(list[int]):
    def top(self) -> int:
        return self[-1]


s = Stack()
s.append(1)
print(s.top())


# expect:
# class_list_subclass.py:1:1: error: deriving from "builtins.list" is not supported by pyuk
