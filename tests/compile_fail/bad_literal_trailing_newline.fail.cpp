// A literal with a trailing newline does not compile (ECMA-262 $ does not match before it).
// expect-error: job_id_literal_is_not_a_valid_job_id
#include <sttj/sttj.hpp>
using namespace sttj::literals;
[[maybe_unused]] constexpr auto id = "abc\n"_job_id;
