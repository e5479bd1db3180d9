// JobId::literal is consteval: a bad id does not compile.
// expect-error: job_id_literal_is_not_a_valid_job_id
#include <sttj/sttj.hpp>
[[maybe_unused]] constexpr auto id = sttj::JobId::literal("a b!");
