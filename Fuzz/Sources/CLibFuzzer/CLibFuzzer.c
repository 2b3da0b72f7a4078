// Only the header matters: the driver itself is in libFuzzer (its no-main library, which
// scripts/fuzz links by hand: Fuzz/README.md says why).
#include "CLibFuzzer.h"
