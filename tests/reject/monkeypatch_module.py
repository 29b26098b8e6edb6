import _settings


def main() -> None:
    _settings.level = 3
    _settings.level += 1
    print(_settings.level)


main()


# expect:
# monkeypatch_module.py:5:5: error: assigning an attribute of module "_settings" is not supported by pyuk: call a function of that module that sets it with a global statement
# monkeypatch_module.py:6:5: error: assigning an attribute of module "_settings" is not supported by pyuk: call a function of that module that sets it with a global statement
