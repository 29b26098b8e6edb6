def make(kind: int) -> Exception:
    if kind == 0:
        return ValueError("value", kind)
    if kind == 1:
        return KeyError("key")
    return RuntimeError()


errors: list[Exception] = [make(k) for k in range(3)]
for err in errors:
    print(type(err).__name__, repr(err), str(err), len(err.args))
caught: list[str] = []
for err in errors:
    try:
        raise err
    except LookupError as e:
        caught.append("lookup " + repr(e))
    except Exception as e:
        caught.append("other " + repr(e))
print(caught)
pending: Exception | None = None
try:
    raise IndexError("remember me")
except IndexError as e:
    pending = e
if pending is not None:
    print("stored:", repr(pending), pending.args)
    raise pending
