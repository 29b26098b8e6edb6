FLAG = True
if FLAG:
    def helper() -> int:
        return 1
else:
    def helper() -> int:
        return 2
print(helper())


# expect:
# conditional_def.py:3:5: error: a function defined inside an if, for, while or try statement at module level is not supported by pyuk: define it at the top level of the module (choose between functions with an if where it is called)
# conditional_def.py:6:5: error: a function defined inside an if, for, while or try statement at module level is not supported by pyuk: define it at the top level of the module (choose between functions with an if where it is called)
