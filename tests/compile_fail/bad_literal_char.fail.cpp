// A literal with a character outside the JobId set does not compile.
// expect-error: job_id_literal_is_not_a_valid_job_id
#include <sttj/sttj.hpp>
using namespace sttj::literals;
[[maybe_unused]] constexpr auto id = "abc!"_job_id;
