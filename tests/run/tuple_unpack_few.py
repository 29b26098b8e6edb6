lst = [1]
a, b = lst
