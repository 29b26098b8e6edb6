def total(*numbers: int) -> int:
    result = 0
    for i in range(len(numbers)):
        result += numbers[i]
    return result


print(total(1, 2, 3))


# expect:
# star_args_def.py:1:11: error: a "*numbers" parameter is not supported by pyuk: take a list or a tuple
