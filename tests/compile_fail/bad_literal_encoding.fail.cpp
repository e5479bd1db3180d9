// A literal that is not well-formed UTF-8 (overlong C0 80) does not compile.
// expect-error: job_id_literal_is_not_a_valid_job_id
#include <sttj/sttj.hpp>
using namespace sttj::literals;
[[maybe_unused]] constexpr auto id = "a\xC0\x80"_job_id;
