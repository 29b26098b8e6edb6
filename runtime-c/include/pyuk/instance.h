/*
 * Instances of compiled classes (see docs/classes.md).
 *
 * The compiler emits one constant pyuk_type per class:
 *   - plain classes and dataclasses: family PYUK_T_INSTANCE, fixed 64-bit
 *     slots after the header, traced by pyuk_trace_fixed with `ptrmap`;
 *   - exception classes: the same, but the slots follow struct
 *     pyuk_exception (flags PYUK_TYPE_EXCEPTION);
 *   - typing.NamedTuple classes: family PYUK_T_TUPLE, a pyuk_tuple whose
 *     type gives the item kinds;
 *   - enum.IntEnum classes: family PYUK_T_INT, base pyuk_type_int; the
 *     members are static pyuk_box_int objects of that type.
 *
 * `special` is flattened: a class's table holds its own hooks and those it
 * inherits, so the runtime never walks `base` to find one.
 *
 * `vtable[0]` points at the class's pyuk_class_info (or is NULL), and
 * `vtable[1 + i]` is virtual method slot i.
 */
#ifndef PYUK_INSTANCE_H
#define PYUK_INSTANCE_H

#include <pyuk/runtime.h>

/* One field for the generated __repr__/__eq__/__hash__/order of dataclasses
 * and named tuples: its name and the word index after the header (the item
 * index for named tuples). */
typedef struct pyuk_field_info {
    const char *name;
    uint32_t slot;
    uint32_t kind;   /* pyuk_kind in the low byte, PYUK_FIELD_NO_* above */
} pyuk_field_info;

/* field(repr=False), field(compare=False) (compiler: ir/classes.py) */
#define PYUK_FIELD_NO_REPR (1u << 8)
#define PYUK_FIELD_NO_COMPARE (2u << 8)
#define PYUK_FIELD_KIND(f) ((pyuk_int)((f)->kind & 0xffu))

/* A method reachable through a protocol-typed value: `selector` numbers
 * the protocol member program-wide; tables are sorted by selector. */
typedef struct pyuk_protocol_entry {
    uint64_t selector;
    const void *function;
} pyuk_protocol_entry;

typedef struct pyuk_class_info {
    const pyuk_protocol_entry *protocol;
    uint64_t nprotocol;
    const pyuk_field_info *fields;   /* dataclass / named tuple fields */
    uint64_t nfields;
    const pyuk_box_int *const *members;  /* IntEnum members, in order */
    uint64_t nmembers;
    const char *const *member_names;
} pyuk_class_info;

static inline const pyuk_class_info *pyuk_class_info_of(const pyuk_type *type)
{
    return type->vtable ? (const pyuk_class_info *)type->vtable[0] : NULL;
}

/* The function implementing protocol member `selector` for obj's class
 * (the compiler proved one exists). */
const void *pyuk_protocol_lookup(pyuk_object *obj, uint64_t selector);

/* ---- dataclasses (core/dataclass.c) ---- */

/* repr: "Name(x=1, y='a')" over the class info's fields. */
struct pyuk_str *pyuk_dataclass_repr(pyuk_object *self);
/* ==: same class and equal fields (identity first) */
bool pyuk_dataclass_eq(pyuk_object *self, pyuk_object *other);
/* <, <=, >, >= of order=True: fields compared as a tuple; TypeError when
 * the classes differ (op: PYUK_LT... in object.h) */
bool pyuk_dataclass_compare(pyuk_object *self, pyuk_object *other, pyuk_int op);
bool pyuk_dataclass_lt(pyuk_object *self, pyuk_object *other);
/* hash of frozen dataclasses: hash of the tuple of fields */
pyuk_int pyuk_dataclass_hash(pyuk_object *self);

/* hash() of an instance whose class defines __eq__ but no __hash__ (and of
 * non-frozen dataclasses): TypeError "unhashable type: 'Name'". */
pyuk_int pyuk_instance_unhashable(pyuk_object *self);

/* ---- named tuples (core/namedtuple.c) ---- */

/* "Name(x=1, y=2)" */
struct pyuk_str *pyuk_namedtuple_repr(pyuk_object *self);

/* ---- IntEnum (core/enum.c) ---- */

/* "<Color.RED: 1>" */
struct pyuk_str *pyuk_enum_repr(pyuk_object *self);
/* str(): the int's text (3.11's IntEnum.__str__ is int.__repr__) */
struct pyuk_str *pyuk_enum_str(pyuk_object *self);
/* str() of an enum.Enum member: "Class.NAME" */
struct pyuk_str *pyuk_enum_str_name(pyuk_object *self);
/* Color(value): the member, or ValueError "5 is not a valid Color" */
pyuk_object *pyuk_enum_from_value(const pyuk_type *type, pyuk_int value);
/* member.name */
struct pyuk_str *pyuk_enum_name(pyuk_object *member);
/* the i-th member in definition order (for loops over the class) */
pyuk_object *pyuk_enum_member_at(const pyuk_type *type, pyuk_int i);

/* ---- misc ---- */

/* a == b for instances whose classes compiled code cannot know: CPython's
 * rule (a subclass's reflected __eq__ first), then the generic ==. */
bool pyuk_instance_eq(pyuk_object *a, pyuk_object *b);

/* type(x).__name__ */
struct pyuk_str *pyuk_type_name_str(const pyuk_type *type);

/* len() result check: ValueError "__len__() should return >= 0" */
void pyuk_raise_negative_len(void);

/* What `return NotImplemented` comes to when nothing else answers:
 * TypeError "'<' not supported between instances of 'A' and 'B'" (op as
 * in object.h), and "unsupported operand type(s) for +: 'A' and 'B'". */
void pyuk_raise_compare_type_error(pyuk_object *a, pyuk_object *b, pyuk_int op);
void pyuk_raise_operand_type_error(struct pyuk_str *op, pyuk_object *a, pyuk_object *b);

#endif
