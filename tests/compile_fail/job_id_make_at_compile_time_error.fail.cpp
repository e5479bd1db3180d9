// Dereferencing a failed Result is not a constant expression.
// expect-error: value_
// expect-error: error_
#include <sttj/sttj.hpp>
[[maybe_unused]] constexpr auto r = *sttj::JobId::make("bad!");
