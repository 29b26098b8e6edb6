def search(values: list[int], target: int) -> str:
    i = 0
    try:
        while i < len(values):
            try:
                if values[i] == target:
                    break
            finally:
                i += 1
        else:
            return "not found after " + str(i)
        return "found before " + str(i)
    finally:
        print("search done:", target)


print(search([1, 2, 3], 2))
print(search([1, 2, 3], 9))
