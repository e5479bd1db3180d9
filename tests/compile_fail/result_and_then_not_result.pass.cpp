// The positive twin of result_and_then_not_result.fail.cpp: it returns a Result.
#include <sttj/result.hpp>
[[maybe_unused]] auto next = sttj::Result<int>{1}.and_then([](int v) { return sttj::Result<int>{v + 1}; });
