// Result::transform to a type that is not trivially destructible says why.
// expect-error: must return a trivially destructible type
#include <string>
#include <sttj/result.hpp>
[[maybe_unused]] auto text =
    sttj::Result<int>{1}.transform([](int v) { return std::string(static_cast<std::size_t>(v), 'x'); });
