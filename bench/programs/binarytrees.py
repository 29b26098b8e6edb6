"""Binary trees: allocate and walk many short-lived trees beside a
long-lived one (the Benchmarks Game, sequential); measures allocation and
the collector.

Needs: classes, Optional fields (X | None) with narrowing, recursion,
f-strings.
"""

MAX_DEPTH = 14
MIN_DEPTH = 4


class Node:
    left: "Node | None"
    right: "Node | None"

    def __init__(self, left: "Node | None", right: "Node | None") -> None:
        self.left = left
        self.right = right


def make(depth: int) -> Node:
    if depth == 0:
        return Node(None, None)
    return Node(make(depth - 1), make(depth - 1))


def check(node: Node) -> int:
    left = node.left
    right = node.right
    if left is None or right is None:
        return 1
    return 1 + check(left) + check(right)


def main() -> None:
    max_depth = MAX_DEPTH
    stretch = max_depth + 1
    print(f"stretch tree of depth {stretch}\t check: {check(make(stretch))}")
    long_lived = make(max_depth)
    for depth in range(MIN_DEPTH, max_depth + 1, 2):
        iterations = 1 << (max_depth - depth + MIN_DEPTH)
        total = 0
        for _ in range(iterations):
            total += check(make(depth))
        print(f"{iterations}\t trees of depth {depth}\t check: {total}")
    print(f"long lived tree of depth {max_depth}\t check: {check(long_lived)}")


if __name__ == "__main__":
    main()
