/* Object types and helpers shared by the collector's tests and benchmark. */
#ifndef GC_TEST_SUPPORT_H
#define GC_TEST_SUPPORT_H

#include "test_platform.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (!(cond)) {                                                       \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, \
                    #cond);                                                  \
            exit(1);                                                         \
        }                                                                    \
    } while (0)

/* A fixed instance with two references and a number: ptrmap 0b011. */
typedef struct node {
    pyuk_object ob;
    struct node *left;
    struct node *right;
    int64_t value;
} node;

/* Bytes with no references, like a str. */
typedef struct leaf {
    pyuk_object ob;
    int64_t value;
    unsigned char bytes[];
} leaf;

extern const pyuk_type node_type, leaf_type, list_type;

static inline node *new_node(node *left, node *right, int64_t value)
{
    node *n = (node *)pyuk_alloc(&node_type, sizeof(node));
    n->left = left;
    n->right = right;
    n->value = value;
    return n;
}

static inline leaf *new_leaf(size_t size, int64_t value)
{
    leaf *l = (leaf *)pyuk_alloc(&leaf_type, size);
    l->value = value;
    return l;
}

static inline pyuk_gc_stats gc_stats(void)
{
    pyuk_gc_stats s;
    pyuk_gc_get_stats(&s);
    return s;
}

#endif
