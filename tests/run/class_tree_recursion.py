# A binary search tree of nodes: recursive insertion, traversal and
# height through methods on Optional children.
from typing import Optional


class Tree:
    def __init__(self, key: int) -> None:
        self.key = key
        self.left: Optional[Tree] = None
        self.right: Optional[Tree] = None

    def insert(self, key: int) -> None:
        if key < self.key:
            if self.left is None:
                self.left = Tree(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = Tree(key)
            else:
                self.right.insert(key)

    def inorder(self, out: list[int]) -> None:
        if self.left is not None:
            self.left.inorder(out)
        out.append(self.key)
        if self.right is not None:
            self.right.inorder(out)

    def height(self) -> int:
        lh = self.left.height() if self.left is not None else 0
        rh = self.right.height() if self.right is not None else 0
        return 1 + max(lh, rh)


root = Tree(50)
seed = 7
for _ in range(500):
    seed = (seed * 1103515245 + 12345) % 2147483648
    root.insert(seed % 1000)
keys: list[int] = []
root.inorder(keys)
print(len(keys), keys[:8], keys[-3:], keys == sorted(keys), root.height())
