// The one TU of a STTJ_SEPARATE_COMPILATION program that compiles sttj's
// run-time code (config.hpp): a cost paid once per program, not per TU.
#define STTJ_SEPARATE_COMPILATION
#include <sttj/src.hpp>
