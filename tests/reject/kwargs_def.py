def configure(name: str, **options: int) -> None:
    print(name, len(options))


configure("x", a=1)


# expect:
# kwargs_def.py:1:26: error: a "**options" parameter is not supported by pyuk: take keyword parameters with defaults, or a dict
