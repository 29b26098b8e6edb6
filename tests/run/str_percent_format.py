name = "Ann"
age = 31
score = 97.456
print("%s is %d years old" % (name, age))
print("%5s|%-5s|%05d|%+.2f|%x|%#X|%o|%#o|%e|%g|%c|%c|%%|%r|%a" % (
    "ab", "cd", 42, 3.14159, 255, 255, 8, 8, 12345.678, 0.0001, 65, "z", "é", "é"))
print("%05s|%.1s|%-6.2f|% d|%+d|%5.1e|%i|%u" % ("ab", "xyz", 2.5, 5, -5, 123.0, 7, 8))
nums = [1, 2]
print("%d" % 3.9, "%s" % None, "%s" % nums, "%.0f" % 2.5, "%10.4s|" % "abcdef")
print("score: %.1f%%" % score, "%s" % name, "%r" % name, "%-8s|" % name, "%8.3f|" % score)
print("%3d|%-3d|%03d|%+03d|% 4d" % (5, 5, 5, 5, 5), "%x %X %o" % (-255, 3054, -8))
print("%.3e %.2E %G %F" % (0.000123456, 98765.4321, 1e-10, 1.5))
row = ("widget", 3, 4.5)
print("%-10s %3d %6.2f" % row)
