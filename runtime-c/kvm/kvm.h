/* Pieces of the kvm platform that call each other. */
#ifndef PYUK_KVM_H
#define PYUK_KVM_H

#include "../x86_64/x86_64.h"

void serial_init(void);
void pic_init(void);
void pic_eoi(unsigned irq);
#define PIT_HZ 1193182u
void pit_oneshot(uint16_t ticks);
uint64_t pit_measure_tsc_hz(void);
uint64_t rtc_read_epoch_seconds(void);

#endif
