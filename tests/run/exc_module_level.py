count = 0
try:
    count = 10 // count
except ZeroDivisionError as err:
    print("module level caught")
    count = -1
finally:
    print("module level finally")
print(count)
try:
    raise TimeoutError("slow")
except OSError:
    print("TimeoutError is an OSError")
