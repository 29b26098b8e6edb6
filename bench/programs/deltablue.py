"""DeltaBlue: an incremental dataflow constraint solver (Maloney and
Freeman-Benson), after the Python version in pyperformance: a chain of
equality constraints and a projection through scale constraints, planned
and executed again and again.

Needs: classes with single inheritance, overriding and super(), abstract
methods that raise NotImplementedError, Optional fields, list[T] with
append/pop(0)/remove, module-level state with `global`, f-strings.
"""

CHAIN_LENGTH = 100
ROUNDS = 500


class Strength:
    def __init__(self, strength: int, name: str) -> None:
        self.strength = strength
        self.name = name

    def next_weaker(self) -> "Strength":
        return STRENGTHS[self.strength + 1]


REQUIRED = Strength(0, "required")
STRONG_PREFERRED = Strength(1, "strongPreferred")
PREFERRED = Strength(2, "preferred")
STRONG_DEFAULT = Strength(3, "strongDefault")
NORMAL = Strength(4, "normal")
WEAK_DEFAULT = Strength(5, "weakDefault")
WEAKEST = Strength(6, "weakest")
STRENGTHS = [REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT,
             WEAKEST, WEAKEST]


def stronger(s1: Strength, s2: Strength) -> bool:
    return s1.strength < s2.strength


def weaker(s1: Strength, s2: Strength) -> bool:
    return s1.strength > s2.strength


def weakest_of(s1: Strength, s2: Strength) -> Strength:
    if weaker(s1, s2):
        return s1
    return s2


NONE = 0
FORWARD = 1
BACKWARD = -1


class Variable:
    def __init__(self, name: str, value: int) -> None:
        self.name = name
        self.value = value
        self.constraints: list[Constraint] = []
        self.determined_by: Constraint | None = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def add_constraint(self, c: "Constraint") -> None:
        self.constraints.append(c)

    def remove_constraint(self, c: "Constraint") -> None:
        self.constraints.remove(c)
        if self.determined_by is c:
            self.determined_by = None


class Constraint:
    def __init__(self, strength: Strength) -> None:
        self.strength = strength

    def add_to_graph(self) -> None:
        raise NotImplementedError

    def remove_from_graph(self) -> None:
        raise NotImplementedError

    def choose_method(self, mark: int) -> None:
        raise NotImplementedError

    def is_satisfied(self) -> bool:
        raise NotImplementedError

    def mark_inputs(self, mark: int) -> None:
        raise NotImplementedError

    def output(self) -> Variable:
        raise NotImplementedError

    def recalculate(self) -> None:
        raise NotImplementedError

    def mark_unsatisfied(self) -> None:
        raise NotImplementedError

    def inputs_known(self, mark: int) -> bool:
        raise NotImplementedError

    def execute(self) -> None:
        raise NotImplementedError

    def is_input(self) -> bool:
        return False

    def add_constraint(self) -> None:
        self.add_to_graph()
        planner.incremental_add(self)

    def satisfy(self, mark: int) -> "Constraint | None":
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                print("Could not satisfy a required constraint!")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not planner.add_propagate(self, mark):
            print("Cycle encountered")
        out.mark = mark
        return overridden

    def destroy_constraint(self) -> None:
        if self.is_satisfied():
            planner.incremental_remove(self)
        else:
            self.remove_from_graph()


class UnaryConstraint(Constraint):
    def __init__(self, v: Variable, strength: Strength) -> None:
        super().__init__(strength)
        self.my_output = v
        self.satisfied = False
        self.add_constraint()

    def add_to_graph(self) -> None:
        self.my_output.add_constraint(self)
        self.satisfied = False

    def choose_method(self, mark: int) -> None:
        self.satisfied = (self.my_output.mark != mark
                          and stronger(self.strength, self.my_output.walk_strength))

    def is_satisfied(self) -> bool:
        return self.satisfied

    def mark_inputs(self, mark: int) -> None:
        pass

    def output(self) -> Variable:
        return self.my_output

    def recalculate(self) -> None:
        self.my_output.walk_strength = self.strength
        self.my_output.stay = not self.is_input()
        if self.my_output.stay:
            self.execute()

    def mark_unsatisfied(self) -> None:
        self.satisfied = False

    def inputs_known(self, mark: int) -> bool:
        return True

    def remove_from_graph(self) -> None:
        self.my_output.remove_constraint(self)
        self.satisfied = False


class StayConstraint(UnaryConstraint):
    def execute(self) -> None:
        pass


class EditConstraint(UnaryConstraint):
    def is_input(self) -> bool:
        return True

    def execute(self) -> None:
        pass


class BinaryConstraint(Constraint):
    def __init__(self, v1: Variable, v2: Variable, strength: Strength) -> None:
        super().__init__(strength)
        self.v1 = v1
        self.v2 = v2
        self.direction = NONE

    def choose_method(self, mark: int) -> None:
        if self.v1.mark == mark:
            if self.v2.mark != mark and stronger(self.strength, self.v2.walk_strength):
                self.direction = FORWARD
            else:
                self.direction = NONE
        if self.v2.mark == mark:
            if self.v1.mark != mark and stronger(self.strength, self.v1.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
        if weaker(self.v1.walk_strength, self.v2.walk_strength):
            if stronger(self.strength, self.v1.walk_strength):
                self.direction = BACKWARD
            else:
                self.direction = NONE
        elif stronger(self.strength, self.v2.walk_strength):
            self.direction = FORWARD
        else:
            self.direction = BACKWARD

    def add_to_graph(self) -> None:
        self.v1.add_constraint(self)
        self.v2.add_constraint(self)
        self.direction = NONE

    def is_satisfied(self) -> bool:
        return self.direction != NONE

    def mark_inputs(self, mark: int) -> None:
        self.input().mark = mark

    def input(self) -> Variable:
        if self.direction == FORWARD:
            return self.v1
        return self.v2

    def output(self) -> Variable:
        if self.direction == FORWARD:
            return self.v2
        return self.v1

    def recalculate(self) -> None:
        ihn = self.input()
        out = self.output()
        out.walk_strength = weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self) -> None:
        self.direction = NONE

    def inputs_known(self, mark: int) -> bool:
        i = self.input()
        return i.mark == mark or i.stay or i.determined_by is None

    def remove_from_graph(self) -> None:
        self.v1.remove_constraint(self)
        self.v2.remove_constraint(self)
        self.direction = NONE


class ScaleConstraint(BinaryConstraint):
    def __init__(self, src: Variable, scale: Variable, offset: Variable, dest: Variable,
                 strength: Strength) -> None:
        super().__init__(src, dest, strength)
        self.scale = scale
        self.offset = offset
        self.add_constraint()

    def add_to_graph(self) -> None:
        super().add_to_graph()
        self.scale.add_constraint(self)
        self.offset.add_constraint(self)

    def remove_from_graph(self) -> None:
        super().remove_from_graph()
        self.scale.remove_constraint(self)
        self.offset.remove_constraint(self)

    def mark_inputs(self, mark: int) -> None:
        super().mark_inputs(mark)
        self.scale.mark = mark
        self.offset.mark = mark

    def execute(self) -> None:
        if self.direction == FORWARD:
            self.v2.value = self.v1.value * self.scale.value + self.offset.value
        else:
            self.v1.value = (self.v2.value - self.offset.value) // self.scale.value

    def recalculate(self) -> None:
        ihn = self.input()
        out = self.output()
        out.walk_strength = weakest_of(self.strength, ihn.walk_strength)
        out.stay = ihn.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class EqualityConstraint(BinaryConstraint):
    def __init__(self, v1: Variable, v2: Variable, strength: Strength) -> None:
        super().__init__(v1, v2, strength)
        self.add_constraint()

    def execute(self) -> None:
        self.output().value = self.input().value


class Plan:
    def __init__(self) -> None:
        self.v: list[Constraint] = []

    def add_constraint(self, c: Constraint) -> None:
        self.v.append(c)

    def execute(self) -> None:
        for c in self.v:
            c.execute()


class Planner:
    def __init__(self) -> None:
        self.current_mark = 0

    def incremental_add(self, c: Constraint) -> None:
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c: Constraint) -> None:
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        repeat = True
        while repeat:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            strength = strength.next_weaker()
            repeat = strength is not WEAKEST

    def new_mark(self) -> int:
        self.current_mark += 1
        return self.current_mark

    def make_plan(self, sources: list[Constraint]) -> Plan:
        mark = self.new_mark()
        plan = Plan()
        todo = sources
        while len(todo) > 0:
            c = todo.pop(0)
            if c.output().mark != mark and c.inputs_known(mark):
                plan.add_constraint(c)
                c.output().mark = mark
                self.add_constraints_consuming_to(c.output(), todo)
        return plan

    def extract_plan_from_constraints(self, constraints: list[Constraint]) -> Plan:
        sources: list[Constraint] = []
        for c in constraints:
            if c.is_input() and c.is_satisfied():
                sources.append(c)
        return self.make_plan(sources)

    def add_propagate(self, c: Constraint, mark: int) -> bool:
        todo = [c]
        while len(todo) > 0:
            d = todo.pop(0)
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.add_constraints_consuming_to(d.output(), todo)
        return True

    def remove_propagate_from(self, out: Variable) -> list[Constraint]:
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied: list[Constraint] = []
        todo = [out]
        while len(todo) > 0:
            v = todo.pop(0)
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for c in v.constraints:
                if c is not determining and c.is_satisfied():
                    c.recalculate()
                    todo.append(c.output())
        return unsatisfied

    def add_constraints_consuming_to(self, v: Variable, coll: list[Constraint]) -> None:
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                coll.append(c)


planner = Planner()


def chain_test(n: int) -> int:
    """A chain of n + 1 variables tied by equality constraints, driven from
    the first; returns the sum of the last variable's values."""
    global planner
    planner = Planner()
    variables: list[Variable] = []
    for i in range(n + 1):
        v = Variable(f"v{i}", 0)
        if i > 0:
            EqualityConstraint(variables[i - 1], v, REQUIRED)
        variables.append(v)
    first = variables[0]
    last = variables[n]
    StayConstraint(last, STRONG_DEFAULT)
    edit = EditConstraint(first, PREFERRED)
    plan = planner.extract_plan_from_constraints([edit])
    total = 0
    for i in range(100):
        first.value = i
        plan.execute()
        if last.value != i:
            print("Chain test failed.")
        total += last.value
    return total


def change(v: Variable, new_value: int) -> None:
    edit = EditConstraint(v, PREFERRED)
    plan = planner.extract_plan_from_constraints([edit])
    for _ in range(10):
        v.value = new_value
        plan.execute()
    edit.destroy_constraint()


def projection_test(n: int) -> int:
    """n pairs of variables tied by dst = src * scale + offset; returns a
    checksum of the destinations after changing scale and offset."""
    global planner
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    dests: list[Variable] = []
    src = scale
    dst = offset
    for i in range(n):
        src = Variable(f"src{i}", i)
        dst = Variable(f"dst{i}", i)
        dests.append(dst)
        StayConstraint(src, NORMAL)
        ScaleConstraint(src, scale, offset, dst, REQUIRED)
    change(src, 17)
    if dst.value != 1170:
        print("Projection 1 failed")
    change(dst, 1050)
    if src.value != 5:
        print("Projection 2 failed")
    change(scale, 5)
    for i in range(n - 1):
        if dests[i].value != i * 5 + 1000:
            print("Projection 3 failed")
    change(offset, 2000)
    total = 0
    for i in range(n - 1):
        if dests[i].value != i * 5 + 2000:
            print("Projection 4 failed")
        total += dests[i].value
    return total


def main() -> None:
    chain = 0
    projection = 0
    for _ in range(ROUNDS):
        chain += chain_test(CHAIN_LENGTH)
        projection += projection_test(CHAIN_LENGTH)
    print(f"deltablue: {ROUNDS} rounds of {CHAIN_LENGTH}, chain {chain}, projection {projection}")


if __name__ == "__main__":
    main()
