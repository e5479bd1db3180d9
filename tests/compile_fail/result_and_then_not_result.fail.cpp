// Result::and_then with a callable that does not return a Result says why.
// expect-error: the callable must return a sttj::Result
#include <sttj/result.hpp>
[[maybe_unused]] auto next = sttj::Result<int>{1}.and_then([](int v) { return v + 1; });
