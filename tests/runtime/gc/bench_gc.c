/*
 * Collector benchmarks: `bench_gc [quick]`.
 *   - allocation throughput for 16-, 32- and 64-byte objects that die at
 *     once (collections included), against glibc malloc+free;
 *   - binary trees (the benchmarks-game program, allocation-bound);
 *   - collection pause with 10 MiB live, in small nodes and in strings.
 * Built with the runtime's own memset (runtime-c/core/mem.c) when given,
 * as the real targets use it.
 */
#define _GNU_SOURCE
#include "test_support.h"

#include <sys/wait.h>
#include <unistd.h>

static double now(void)
{
    return plat_clock_monotonic() / 1e9;
}

static volatile uintptr_t sink;

static __attribute__((noinline)) void alloc_loop(size_t size, long n)
{
    for (long i = 0; i < n; i++)
        sink = (uintptr_t)new_leaf(size, i);
}

static __attribute__((noinline)) void malloc_loop(size_t size, long n)
{
    for (long i = 0; i < n; i++) {
        void *p = malloc(size);
        sink = (uintptr_t)p;
        free(p);
    }
}

/* Best of three runs: the machine is shared. */
static double best_time(void (*loop)(size_t, long), size_t size, long n)
{
    double best = 1e9;
    for (int run = 0; run < 3; run++) {
        double t = now();
        loop(size, n);
        t = now() - t;
        if (t < best)
            best = t;
    }
    return best;
}

static void throughput(long n)
{
    static const size_t sizes[] = {16, 32, 64};
    for (unsigned k = 0; k < 3; k++) {
        pyuk_gc_stats before = gc_stats();
        double t = best_time(alloc_loop, sizes[k], n);
        pyuk_gc_stats after = gc_stats();
        double tm = best_time(malloc_loop, sizes[k], n);
        printf("alloc %2zu B: %6.1f M objects/s (%.2f ns each; %.1f "
               "collections per run, %.2f ms each)   glibc malloc+free: "
               "%6.1f M/s\n",
               sizes[k], n / t / 1e6, t / n * 1e9,
               (after.collections - before.collections) / 3.0,
               (after.pause_total_ns - before.pause_total_ns) / 1e6 /
                   (double)(after.collections - before.collections),
               n / tm / 1e6);
    }
}

static node *bottom_up_tree(int depth)
{
    if (depth <= 0)
        return new_node(NULL, NULL, 0);
    node *left = bottom_up_tree(depth - 1);
    node *right = bottom_up_tree(depth - 1);
    return new_node(left, right, 0);
}

static long item_check(const node *n)
{
    return n->left ? 1 + item_check(n->left) + item_check(n->right) : 1;
}

static void binary_trees(int max_depth)
{
    pyuk_gc_stats before = gc_stats();
    double t = now();
    long check = item_check(bottom_up_tree(max_depth + 1));
    node *long_lived = bottom_up_tree(max_depth);
    for (int depth = 4; depth <= max_depth; depth += 2) {
        long iterations = 1L << (max_depth - depth + 4);
        for (long i = 0; i < iterations; i++)
            check += item_check(bottom_up_tree(depth));
    }
    check += item_check(long_lived);
    t = now() - t;
    pyuk_gc_stats after = gc_stats();
    printf("binary trees %d: %.3f s (check %ld), %.2f GiB allocated, %llu "
           "collections taking %.3f s, max pause %.2f ms, heap high-water "
           "%.1f MiB\n",
           max_depth, t, check,
           (after.bytes_allocated - before.bytes_allocated) / 1073741824.0,
           (unsigned long long)(after.collections - before.collections),
           (after.pause_total_ns - before.pause_total_ns) / 1e9,
           after.pause_max_ns / 1e6, after.heap_high_water / 1048576.0);
}

static pyuk_list *new_list(void)
{
    pyuk_list *list = (pyuk_list *)pyuk_alloc(&list_type, sizeof(pyuk_list));
    list->kind = PYUK_KIND_OBJ;
    return list;
}

static void list_append(pyuk_list *list, pyuk_word item)
{
    if (list->length == list->capacity) {
        pyuk_int capacity = list->capacity ? list->capacity * 2 : 4;
        pyuk_buffer *buf = pyuk_alloc_buffer((size_t)capacity, true);
        if (list->items)
            memcpy(buf->data, list->items,
                   (size_t)list->length * sizeof(pyuk_word));
        list->items = buf->data;
        list->capacity = capacity;
    }
    list->items[list->length++] = item;
}

static void measure_pause(const char *what)
{
    pyuk_gc_collect();
    uint64_t best = UINT64_MAX, total = 0;
    for (int i = 0; i < 10; i++) {
        pyuk_gc_collect();
        uint64_t p = gc_stats().pause_last_ns;
        total += p;
        if (p < best)
            best = p;
    }
    pyuk_gc_stats s = gc_stats();
    printf("pause, %s: live %.1f MiB in %llu objects: %.2f ms (mean of 10), "
           "best %.2f ms\n",
           what, s.live_bytes / 1048576.0, (unsigned long long)s.live_objects,
           total / 10 / 1e6, best / 1e6);
}

static void pause_small_nodes(void)
{
    /* ten balanced trees of 32767 32-byte nodes: 10 MiB */
    pyuk_buffer *trees = pyuk_alloc_buffer(10, true);
    test_global_a = &trees->ob;
    for (int i = 0; i < 10; i++)
        trees->data[i] = (pyuk_word)bottom_up_tree(14);
    measure_pause("32-byte tree nodes");
    test_global_a = NULL;
}

static void pause_strings(void)
{
    /* lists of 100 strings of 32..95 bytes, until 10 MiB are live */
    pyuk_list *outer = new_list();
    test_global_a = &outer->ob;
    for (int i = 0;; i++) {
        pyuk_list *inner = new_list();
        list_append(outer, (pyuk_word)inner);
        for (int j = 0; j < 100; j++) {
            size_t size = 32 + (size_t)((i * 7 + j * 13) % 64);
            list_append(inner, (pyuk_word)new_leaf(size, j));
        }
        if (i % 100 == 99) {
            pyuk_gc_collect();
            if (gc_stats().live_bytes >= (10u << 20))
                break;
        }
    }
    measure_pause("strings in lists");
    test_global_a = NULL;
}

/* Each benchmark runs in its own process, so stale stack words from one
 * cannot keep another's objects alive. */
static void run(const char *name, void (*bench)(bool quick), bool quick)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        pyuk_gc_init();
        bench(quick);
        fflush(stdout);
        _exit(0);
    }
    int status;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "benchmark %s failed\n", name);
        exit(1);
    }
}

static void bench_throughput(bool quick)
{
    throughput(quick ? 5000000 : 50000000);
}

static void bench_trees(bool quick)
{
    binary_trees(quick ? 14 : 18);
}

static void bench_pause_nodes(bool quick)
{
    (void)quick;
    pause_small_nodes();
}

static void bench_pause_strings(bool quick)
{
    (void)quick;
    pause_strings();
}

int main(int argc, char **argv)
{
    bool quick = argc > 1 && strcmp(argv[1], "quick") == 0;
    run("throughput", bench_throughput, quick);
    run("binary trees", bench_trees, quick);
    run("pause nodes", bench_pause_nodes, quick);
    run("pause strings", bench_pause_strings, quick);
    return 0;
}
