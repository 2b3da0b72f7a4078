// Only the header matters: the driver itself is in libFuzzer, linked by -sanitize=fuzzer.
#include "CLibFuzzer.h"
