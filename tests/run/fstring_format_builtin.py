print(format(1234.5678, ",.2f"), format(255, "x"), format(255, "#06x"), format("s", ">3"))
print(format(3), format(2.5), format("t"), format(True), format(None), format(False, "d"))
print(format(0.000123, ".2e"), format(42, "b"), format(-42, "+08d"), format(0.25, ".0%"))
spec = ">10"
print(format("right", spec) + "|", format(12, spec) + "|", format(1.5, spec) + "|")
for spec in ["", "5", "<5", "x", ".1f"]:
    print(repr(format(7, spec)))
