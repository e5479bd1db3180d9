// A literal of 33 characters does not compile (a JobId has at most 32).
// expect-error: job_id_literal_is_not_a_valid_job_id
#include <sttj/sttj.hpp>
using namespace sttj::literals;
[[maybe_unused]] constexpr auto id = "abcdefghijklmnopqrstuvwxyz0123456"_job_id;
