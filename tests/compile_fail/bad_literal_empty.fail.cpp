// An empty literal does not compile (a JobId has at least 1 character).
// expect-error: job_id_literal_is_not_a_valid_job_id
#include <sttj/sttj.hpp>
using namespace sttj::literals;
[[maybe_unused]] constexpr auto id = ""_job_id;
