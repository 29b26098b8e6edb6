import wire_errors


def main() -> None:
    try:
        wire_errors.decode([1, 300])
    except wire_errors.WireError as e:
        print("caught", e, e.offset)
    wire_errors.decode([1, 2, 999])


main()
