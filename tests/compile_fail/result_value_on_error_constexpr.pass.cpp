// The positive twin of result_value_on_error_constexpr.fail.cpp: a value.
#include <sttj/result.hpp>
constexpr sttj::Result<int, int> ok{0};
static_assert(ok.value() == 0);
