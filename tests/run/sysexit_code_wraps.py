import sys

print("the process keeps the low 8 bits of the status")
sys.exit(258)
