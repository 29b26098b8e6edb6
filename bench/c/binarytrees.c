/* binarytrees.py in C (gcc -O2): malloc and free, one node at a time. */
#include <stdio.h>
#include <stdlib.h>

#define MAX_DEPTH 14
#define MIN_DEPTH 4

typedef struct node { struct node *left, *right; } node;

static node *make(int depth)
{
    node *n = malloc(sizeof *n);
    if (depth == 0) {
        n->left = n->right = NULL;
    } else {
        n->left = make(depth - 1);
        n->right = make(depth - 1);
    }
    return n;
}

static long check(const node *n)
{
    if (n->left == NULL || n->right == NULL)
        return 1;
    return 1 + check(n->left) + check(n->right);
}

static void release(node *n)
{
    if (n->left != NULL) {
        release(n->left);
        release(n->right);
    }
    free(n);
}

int main(void)
{
    int max_depth = MAX_DEPTH, stretch = max_depth + 1;
    node *t = make(stretch);
    printf("stretch tree of depth %d\t check: %ld\n", stretch, check(t));
    release(t);
    node *long_lived = make(max_depth);
    for (int depth = MIN_DEPTH; depth <= max_depth; depth += 2) {
        long iterations = 1L << (max_depth - depth + MIN_DEPTH), total = 0;
        for (long i = 0; i < iterations; i++) {
            t = make(depth);
            total += check(t);
            release(t);
        }
        printf("%ld\t trees of depth %d\t check: %ld\n", iterations, depth, total);
    }
    printf("long lived tree of depth %d\t check: %ld\n", max_depth, check(long_lived));
    return 0;
}
