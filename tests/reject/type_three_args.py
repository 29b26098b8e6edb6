Point = type("Point", (), {"x": 0})
print(Point)


# expect:
# type_three_args.py:1:9: error: type() with three arguments is not supported by pyuk: define the class with a class statement
