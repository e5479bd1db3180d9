// The one TU of the `separate` consumer (tests/consumers/run.py) that
// compiles sttj's run-time code: the program defines
// STTJ_SEPARATE_COMPILATION in every TU (include/sttj/config.hpp).
#include <sttj/src.hpp>
