/* The CMOS real-time clock, read as seconds since the Unix epoch. */
#include "kvm.h"

#define CMOS_INDEX 0x70
#define CMOS_DATA 0x71

static uint8_t cmos(uint8_t reg)
{
    outb(CMOS_INDEX, reg);
    return inb(CMOS_DATA);
}

static unsigned from_bcd(uint8_t v, bool bcd)
{
    return bcd ? (v >> 4) * 10u + (v & 15) : v;
}

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

uint64_t rtc_read_epoch_seconds(void)
{
    uint8_t t[6], again[6];
    do {            /* read until two snapshots agree, outside an update */
        while (cmos(0x0a) & 0x80)
            cpu_relax();
        for (int i = 0; i < 6; i++)
            t[i] = cmos((const uint8_t[]){0, 2, 4, 7, 8, 9}[i]);
        for (int i = 0; i < 6; i++)
            again[i] = cmos((const uint8_t[]){0, 2, 4, 7, 8, 9}[i]);
    } while (t[0] != again[0] || t[1] != again[1] || t[2] != again[2] ||
             t[3] != again[3] || t[4] != again[4] || t[5] != again[5]);
    uint8_t b = cmos(0x0b);
    bool bcd = !(b & 0x04), h12 = !(b & 0x02);
    unsigned sec = from_bcd(t[0], bcd), min = from_bcd(t[1], bcd);
    unsigned hour = from_bcd(t[2] & 0x7f, bcd);
    if (h12 && (t[2] & 0x80))
        hour = (hour % 12) + 12;
    else if (h12 && hour == 12)
        hour = 0;
    unsigned day = from_bcd(t[3], bcd), mon = from_bcd(t[4], bcd);
    unsigned year = 2000 + from_bcd(t[5], bcd);
    if (mon < 1 || mon > 12 || day < 1)
        return 0;
    int64_t days = days_from_civil(year, mon, day);
    return (uint64_t)(days * 86400 + hour * 3600 + min * 60 + sec);
}
