flags = [True, False, True]
flags[1] = True
print(flags, flags.count(True), sum([1, 2, 3]))
xs = [0.1, 0.2, 0.3]
print(sum(xs), xs[0] + xs[1], max(xs), min(xs))
print([x / 3 for x in range(4)])
print([1e16, 1e-7, 123456789.0, 1e308 * 10, -0.0])
