/*
 * The xenstore client: the xsd_sockmsg wire protocol over the 1 KiB
 * request and response rings of the store page.
 */
#include <pyuk/platform.h>
#include <xen/io/xs_wire.h>
#include "xen.h"
#include "events.h"
#include "xenstore.h"

#define ENOENT 2
#define EIO 5
#define EACCES 13
#define EEXIST 17
#define ENODEV 19
#define EINVAL 22
#define ETIMEDOUT 110
#define REQUEST_TIMEOUT_NS 5000000000ull

static struct xenstore_domain_interface *ring;
static evtchn_port_t port;
static uint32_t next_id;
static uint64_t give_up_at;       /* deadline of the current exchange */
static char payload[XENSTORE_PAYLOAD_MAX + 1];

/* Watch events read while waiting for a reply: "path\0token\0" records. */
static char queued[2048];
static size_t queued_len;

static void on_store_event(evtchn_port_t p, void *arg)
{
    (void)p;
    (void)arg;                  /* plat_yield returns true; nothing else */
}

int xenstore_init(void)
{
    if (ring)
        return 0;
    uint64_t pfn, evtchn;
    if (xen_is_dom0 || xen_hvm_get_param(HVM_PARAM_STORE_PFN, &pfn) ||
        xen_hvm_get_param(HVM_PARAM_STORE_EVTCHN, &evtchn) || !pfn)
        return -ENODEV;
    port = (evtchn_port_t)evtchn;
    ring = (struct xenstore_domain_interface *)(uintptr_t)(pfn * PAGE_SIZE);
    xen_evtchn_set_handler(port, on_store_event, 0);
    xen_evtchn_unmask(port);
    return 0;
}

/* Blocks until xenstored signals or the exchange's deadline passes. */
static int wait_store(void)
{
    if (plat_clock_monotonic() >= give_up_at)
        return -ETIMEDOUT;
    xen_evtchn_poll(port, give_up_at);
    return 0;
}

static int ring_put(const void *data, size_t len)
{
    const char *p = data;
    while (len) {
        xen_evtchn_clear(port);
        XENSTORE_RING_IDX cons = ring->req_cons, prod = ring->req_prod;
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
        size_t space = XENSTORE_RING_SIZE - (prod - cons);
        if (!space) {
            if (wait_store())
                return -ETIMEDOUT;
            continue;
        }
        size_t n = len < space ? len : space;
        for (size_t i = 0; i < n; i++)
            ring->req[MASK_XENSTORE_IDX(prod + i)] = p[i];
        __atomic_thread_fence(__ATOMIC_RELEASE);
        ring->req_prod = prod + n;
        xen_evtchn_send(port);
        p += n;
        len -= n;
    }
    return 0;
}

static int ring_get(void *data, size_t len)
{
    char *p = data;
    while (len) {
        xen_evtchn_clear(port);
        XENSTORE_RING_IDX cons = ring->rsp_cons, prod = ring->rsp_prod;
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
        size_t avail = prod - cons;
        if (!avail) {
            if (wait_store())
                return -ETIMEDOUT;
            continue;
        }
        size_t n = len < avail ? len : avail;
        for (size_t i = 0; i < n; i++)
            p[i] = ring->rsp[MASK_XENSTORE_IDX(cons + i)];
        __atomic_thread_fence(__ATOMIC_RELEASE);
        ring->rsp_cons = cons + n;
        xen_evtchn_send(port);
        p += n;
        len -= n;
    }
    return 0;
}

static bool responses_waiting(void)
{
    return ring->rsp_prod != ring->rsp_cons;
}

static int error_code(const char *name)
{
    static const struct { char name[8]; int code; } known[] = {
        {"ENOENT", ENOENT}, {"EACCES", EACCES}, {"EEXIST", EEXIST},
        {"EINVAL", EINVAL},
    };
    for (size_t i = 0; i < sizeof known / sizeof known[0]; i++) {
        size_t j = 0;
        while (known[i].name[j] && known[i].name[j] == name[j])
            j++;
        if (!known[i].name[j] && !name[j])
            return -known[i].code;
    }
    return -EIO;
}

static void queue_watch_event(size_t len)
{
    if (queued_len + len <= sizeof queued) {     /* else dropped */
        for (size_t i = 0; i < len; i++)
            queued[queued_len + i] = payload[i];
        queued_len += len;
    }
}

/* Reads one message into `payload`; returns its type, or -errno. */
static int read_message(struct xsd_sockmsg *h)
{
    int rc = ring_get(h, sizeof *h);
    if (rc)
        return rc;
    if (h->len > XENSTORE_PAYLOAD_MAX)
        return -EIO;
    rc = ring_get(payload, h->len);
    if (rc)
        return rc;
    payload[h->len] = 0;
    return (int)h->type;
}

/* One request made of up to three strings (each sent with its NUL when
 * `nul` says so); the reply is left in `payload`, its length returned. */
static int request(uint32_t type, const char *a, const char *b, bool b_nul)
{
    if (xenstore_init())
        return -ENODEV;
    size_t la = 0, lb = 0;
    while (a[la])
        la++;
    la++;
    if (b)
        while (b[lb])
            lb++;
    lb += b && b_nul;
    struct xsd_sockmsg h = {.type = type, .req_id = ++next_id, .tx_id = 0,
                            .len = (uint32_t)(la + lb)};
    give_up_at = plat_clock_monotonic() + REQUEST_TIMEOUT_NS;
    int rc = ring_put(&h, sizeof h);
    if (!rc)
        rc = ring_put(a, la);
    if (!rc && lb)
        rc = ring_put(b, lb);
    while (!rc) {
        rc = read_message(&h);
        if (rc == XS_WATCH_EVENT) {
            queue_watch_event(h.len);
            rc = 0;
            continue;
        }
        if (rc == XS_ERROR)
            return error_code(payload);
        if (rc >= 0)
            return (int)h.len;
    }
    return rc;
}

static int copy_out(int len, char *buf, size_t size)
{
    if (len < 0 || !size)
        return len;
    size_t n = (size_t)len < size - 1 ? (size_t)len : size - 1;
    for (size_t i = 0; i < n; i++)
        buf[i] = payload[i];
    buf[n] = 0;
    return len;
}

int xenstore_read(const char *path, char *buf, size_t size)
{
    return copy_out(request(XS_READ, path, 0, false), buf, size);
}

int xenstore_write(const char *path, const char *value)
{
    int rc = request(XS_WRITE, path, value, false);
    return rc < 0 ? rc : 0;
}

int xenstore_rm(const char *path)
{
    int rc = request(XS_RM, path, 0, false);
    return rc < 0 ? rc : 0;
}

int xenstore_directory(const char *path, char *buf, size_t size)
{
    int len = request(XS_DIRECTORY, path, 0, false);
    if (len < 0)
        return len;
    size_t n = (size_t)len < size ? (size_t)len : size;
    for (size_t i = 0; i < n; i++)
        buf[i] = payload[i];
    return len;
}

int xenstore_watch(const char *path, const char *token)
{
    int rc = request(XS_WATCH, path, token, true);
    return rc < 0 ? rc : 0;
}

int xenstore_unwatch(const char *path, const char *token)
{
    int rc = request(XS_UNWATCH, path, token, true);
    return rc < 0 ? rc : 0;
}

static void copy_string(char *out, size_t size, const char *s)
{
    size_t i = 0;
    for (; s[i] && i + 1 < size; i++)
        out[i] = s[i];
    if (size)
        out[i] = 0;
}

int xenstore_next_watch(char *path, size_t path_size, char *token,
                        size_t token_size, uint64_t deadline)
{
    if (xenstore_init())
        return -ENODEV;
    while (!queued_len) {
        give_up_at = deadline;
        if (!responses_waiting() && wait_store())
            return -ETIMEDOUT;
        if (!responses_waiting())
            continue;
        give_up_at = plat_clock_monotonic() + REQUEST_TIMEOUT_NS;
        struct xsd_sockmsg h;
        int rc = read_message(&h);
        if (rc < 0)
            return rc;
        if (rc == XS_WATCH_EVENT)
            queue_watch_event(h.len);
    }
    /* Take the first record: path NUL token NUL. */
    size_t lp = 0, lt;
    while (lp < queued_len && queued[lp])
        lp++;
    lt = lp + 1;
    while (lt < queued_len && queued[lt])
        lt++;
    copy_string(path, path_size, queued);
    copy_string(token, token_size, queued + lp + 1);
    size_t used = lt + 1 < queued_len ? lt + 1 : queued_len;
    for (size_t i = used; i < queued_len; i++)
        queued[i - used] = queued[i];
    queued_len -= used;
    return (int)lp;
}

void xenstore_write_exit_status(int status)
{
    char digits[12], value[12];
    size_t n = 0, k = 0;
    unsigned v = (unsigned)status;
    do {
        digits[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        value[k++] = digits[--n];
    value[k] = 0;
    xenstore_write("data/exit-status", value);
}
