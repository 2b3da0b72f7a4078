// libFuzzer's driver, called from each fuzz target's own entry point (see LibFuzzer.swift in
// FuzzSupport for why the targets cannot use libFuzzer's `main`).
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*testOneInput)(const uint8_t *data, size_t size));
