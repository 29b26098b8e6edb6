def classify(n: int) -> str:
    try:
        if n == 0:
            raise KeyError("zero")
        if n == 1:
            raise ValueError("one")
        raise TypeError("other")
    except KeyError as err:
        return "key " + repr(err)
    except ValueError as err:
        return "value " + repr(err)
    except Exception as err:
        return "other " + repr(err)


for n in range(3):
    print(classify(n))
