def start() -> None:
    global started
    started = True


start()


# expect:
# global_undefined.py:3:5: error: Name "started" is not defined; did you mean "sorted"?  [name-defined]
