/*
 * The runtime ABI shared by compiled code and the C runtime core.
 *
 * The LLVM back end (compiler/pyuk/codegen) emits constants and inline code
 * against these layouts, so every struct here is part of the ABI: change one
 * and change compiler/pyuk/codegen/abi.py with it.
 *
 * Values: int is a signed 64-bit integer, float a double, bool an i1 in
 * registers; everything else is a pointer to a heap object that starts with
 * a pyuk_object header.  None is the NULL pointer.  Containers store
 * uniform 64-bit words (pyuk_word) whose meaning is given by a pyuk_kind, so
 * list[int] and list[float] hold unboxed numbers.
 */
#ifndef PYUK_RUNTIME_H
#define PYUK_RUNTIME_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef int64_t pyuk_int;
typedef double pyuk_float;
typedef uint64_t pyuk_word;

/* How a container word is to be read. */
typedef enum pyuk_kind {
    PYUK_KIND_INT = 0,   /* int64 */
    PYUK_KIND_FLOAT = 1, /* double bits */
    PYUK_KIND_BOOL = 2,  /* 0 or 1 */
    PYUK_KIND_OBJ = 3,   /* pyuk_object*, NULL is None */
} pyuk_kind;

typedef struct pyuk_object {
    const struct pyuk_type *type;
} pyuk_object;

typedef void (*pyuk_visit_fn)(pyuk_object *ref);
typedef void (*pyuk_trace_fn)(pyuk_object *obj, pyuk_visit_fn visit);

/* Builtin type families, for dispatch in the runtime and for isinstance. */
typedef enum pyuk_type_family {
    PYUK_T_NONE = 0,
    PYUK_T_INT,
    PYUK_T_FLOAT,
    PYUK_T_BOOL,
    PYUK_T_STR,
    PYUK_T_BYTES,
    PYUK_T_BYTEARRAY,
    PYUK_T_LIST,
    PYUK_T_TUPLE,
    PYUK_T_DICT,
    PYUK_T_SET,
    PYUK_T_RANGE,
    PYUK_T_BUFFER,      /* internal storage (list items, dict tables) */
    PYUK_T_INSTANCE,    /* user class instance (exceptions included) */
    PYUK_T_FUNCTION,    /* closure / bound method */
    PYUK_T_ITERATOR,
    PYUK_T_DEQUE,       /* collections.deque (core/deque.c) */
} pyuk_type_family;

/* Hooks that runtime-generic code (repr, ==, hash, sort) calls on user
 * classes; NULL means CPython's default behaviour for that method. */
typedef struct pyuk_special_methods {
    struct pyuk_str *(*repr)(pyuk_object *self);
    struct pyuk_str *(*str)(pyuk_object *self);
    bool (*eq)(pyuk_object *self, pyuk_object *other);
    pyuk_int (*hash)(pyuk_object *self);
    bool (*lt)(pyuk_object *self, pyuk_object *other);
} pyuk_special_methods;

/* One per builtin type and per compiled class (emitted as a constant). */
typedef struct pyuk_type {
    const char *name;            /* type(x).__name__ */
    const char *module;          /* defining module; NULL for builtins */
    uint32_t family;             /* pyuk_type_family */
    uint32_t flags;              /* PYUK_TYPE_* */
    const struct pyuk_type *base;  /* isinstance walks this chain */
    uint32_t size;               /* bytes of a fixed-size instance */
    uint32_t nitem_kinds;        /* tuples: entries in item_kinds */
    pyuk_trace_fn trace;         /* NULL: holds no pointers */
    const uint64_t *ptrmap;      /* fixed instances: bit i = slot i is a ref */
    const uint8_t *item_kinds;   /* tuples: kind of each item (1 = all) */
    const pyuk_special_methods *special;
    const void *const *vtable;   /* compiled methods, in class order */
} pyuk_type;

enum {
    PYUK_TYPE_EXCEPTION = 1u << 0, /* derives from BaseException */
};

/* ---- fixed layouts used inline by compiled code ---- */

typedef struct pyuk_box_int   { pyuk_object ob; pyuk_int value; } pyuk_box_int;
typedef struct pyuk_box_float { pyuk_object ob; pyuk_float value; } pyuk_box_float;
typedef struct pyuk_box_bool  { pyuk_object ob; pyuk_int value; } pyuk_box_bool;

/* str: UTF-8 text, NUL-terminated; ASCII iff length == size.  hash is -1
 * until computed, so string constants live in writable data. */
typedef struct pyuk_str {
    pyuk_object ob;
    pyuk_int hash;
    pyuk_int length;   /* code points */
    pyuk_int size;     /* bytes of data, not counting the NUL */
    char data[];
} pyuk_str;

/* bytes: same layout as str (length == size). */
typedef pyuk_str pyuk_bytes;

/* Storage for a variable number of words (list items, ...).  Containers
 * point at data[]; the header sits just before it. */
typedef struct pyuk_buffer {
    pyuk_object ob;    /* pyuk_type_buffer_raw or pyuk_type_buffer_refs */
    pyuk_int capacity; /* words */
    pyuk_word data[];
} pyuk_buffer;

typedef struct pyuk_list {
    pyuk_object ob;
    pyuk_int length;
    pyuk_int capacity;
    pyuk_word *items;  /* data[] of a pyuk_buffer, or NULL when capacity 0 */
    pyuk_int kind;     /* pyuk_kind of the items */
} pyuk_list;

typedef struct pyuk_tuple {
    pyuk_object ob;    /* type gives item kinds */
    pyuk_int length;
    pyuk_word items[];
} pyuk_tuple;

/* ---- boxes ---- */
extern const pyuk_box_bool pyuk_true, pyuk_false;
pyuk_object *pyuk_int_to_object(pyuk_int value);
pyuk_object *pyuk_float_to_object(pyuk_float value);
pyuk_object *pyuk_bool_to_object(bool value);
/* float(x) of a boxed int, float or bool (a value typed float | int). */
pyuk_float pyuk_number_to_float(pyuk_object *number);

/* ---- builtin type descriptors ---- */
extern const pyuk_type pyuk_type_int, pyuk_type_float, pyuk_type_bool,
    pyuk_type_str, pyuk_type_bytes, pyuk_type_list, pyuk_type_buffer_raw,
    pyuk_type_buffer_refs;

/* ---- exceptions ---- */

/* One traceback line; `count` consecutive identical frames share an entry,
 * which keeps deep recursion cheap and prints like CPython's
 * "[Previous line repeated N more times]". */
typedef struct pyuk_traceback_entry {
    const struct pyuk_code_location *where;
    pyuk_int line;
    pyuk_int count;
} pyuk_traceback_entry;

/* Every exception instance starts with this (user exception classes add
 * their fields after it). */
typedef struct pyuk_exception {
    pyuk_object ob;
    pyuk_object *args;                /* tuple of constructor arguments */
    struct pyuk_exception *cause;     /* raise ... from cause */
    struct pyuk_exception *context;   /* exception being handled when raised */
    pyuk_int suppress_context;
    pyuk_object *traceback;           /* raw pyuk_buffer of entries */
    pyuk_int traceback_length;        /* entries in use */
} pyuk_exception;

/* Builtin exception classes (runtime-c/core/exception_types.c). */
#define PYUK_BUILTIN_EXCEPTIONS(X) \
    X(BaseException) X(Exception) X(SystemExit) X(ArithmeticError) \
    X(OverflowError) X(ZeroDivisionError) X(LookupError) X(IndexError) \
    X(KeyError) X(ValueError) X(TypeError) X(RuntimeError) \
    X(RecursionError) X(NotImplementedError) X(NameError) \
    X(AssertionError) X(StopIteration) X(MemoryError) X(AttributeError) \
    X(UnicodeError) X(UnicodeDecodeError) X(UnicodeEncodeError) \
    X(KeyboardInterrupt) X(GeneratorExit) X(FloatingPointError) \
    X(BufferError) X(EOFError) X(UnboundLocalError) X(UnicodeTranslateError) \
    X(StopAsyncIteration) X(ImportError) X(ModuleNotFoundError) \
    X(OSError) X(ConnectionError) X(BrokenPipeError) \
    X(ConnectionAbortedError) X(ConnectionRefusedError) \
    X(ConnectionResetError) X(TimeoutError) X(BlockingIOError) \
    X(InterruptedError) X(FileNotFoundError) X(FileExistsError) \
    X(PermissionError) X(ChildProcessError) X(IsADirectoryError) \
    X(NotADirectoryError) X(ProcessLookupError) X(SyntaxError) \
    X(IndentationError) X(TabError)
#define PYUK_DECLARE_EXCEPTION(name) extern const pyuk_type pyuk_type_##name;
PYUK_BUILTIN_EXCEPTIONS(PYUK_DECLARE_EXCEPTION)
#undef PYUK_DECLARE_EXCEPTION

/*
 * A raising operation stores the exception here and returns normally with
 * an unspecified result; compiled code tests it after every call that can
 * raise and branches to its handler or returns.  Zero cost when nothing is
 * raised beyond one load and one predictable branch. */
extern pyuk_object *pyuk_current_exception;

/* The exception being handled (CPython's sys.exc_info()): compiled code
 * sets it while an except clause, or a finally entered by an exception,
 * runs, and restores the previous one when that code is left.  Raising
 * sets the new exception's __context__ from it.  A GC root. */
extern pyuk_object *pyuk_handled_exception;

/* Where a compiled function lives, for tracebacks. */
typedef struct pyuk_code_location {
    const char *function;  /* "main", "<module>", "Class.method" */
    const char *file;      /* path as given to the compiler */
} pyuk_code_location;

/* Records one traceback frame while an exception propagates out of a
 * function (innermost first). */
void pyuk_traceback_add(const pyuk_code_location *where, pyuk_int line);

/* Moves the frame recorded last to `where` (a comprehension's own frame,
 * inside the function that recorded it). */
void pyuk_traceback_rename_last(const pyuk_code_location *where);

/* ---- memory ---- */

/* Allocates a zeroed object of `size` bytes with its header set. */
pyuk_object *pyuk_alloc(const pyuk_type *type, size_t size);

/* Module-level reference slots, emitted by the compiler as a NULL-terminated
 * array; the collector treats what they hold as roots. */
extern pyuk_object **const pyuk_program_roots[];

/* ---- program ---- */

/* Compiled module code, emitted by the compiler: runs the main module (and
 * the modules it imports) top to bottom. */
void pyuk_program_run(void);

/* Name of the main source file, emitted by the compiler. */
extern const char pyuk_program_file[];

#endif
