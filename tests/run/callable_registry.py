"""A command registry: commands are functions looked up by name."""
from collections.abc import Callable

Command = Callable[[list[str]], int]
commands: dict[str, Command] = {}
history: list[str] = []


def register(name: str, command: Command) -> None:
    commands[name] = command


def cmd_echo(args: list[str]) -> int:
    print(" ".join(args))
    return 0


def cmd_sum(args: list[str]) -> int:
    try:
        print(sum(int(a) for a in args))
    except ValueError as e:
        print("sum:", e)
        return 2
    return 0


def run(line: str) -> int:
    name, _, rest = line.partition(" ")
    args = rest.split()
    history.append(name)
    command = commands.get(name)
    if command is None:
        print(f"unknown command {name!r}")
        return 127
    return command(args)


def main() -> None:
    register("echo", cmd_echo)
    register("sum", cmd_sum)
    register("count", lambda args: len(args))
    prefix = ">>"

    def shout(args: list[str]) -> int:
        print(prefix, " ".join(a.upper() for a in args))
        return len(args)

    register("shout", shout)
    for line in ["echo hello world", "sum 1 2 3", "sum 1 x", "count a b c", "shout hi",
                 "nope", "echo"]:
        status = run(line)
        print(f"[{status}]")
    print(history, sorted(commands))


main()
