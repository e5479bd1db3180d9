// Result::value() on an error does not compile in constant evaluation.
// expect-error: result_value_called_on_an_error
#include <sttj/result.hpp>
constexpr sttj::Result<int, int> failed{sttj::Unexpected{3}};
static_assert(failed.value() == 0);
