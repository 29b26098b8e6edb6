import sys

try:
    sys.exit(None)
except SystemExit:
    print("None code")
try:
    sys.exit(False)
except SystemExit:
    print("False code")
print("exiting with True")
sys.exit(True)
