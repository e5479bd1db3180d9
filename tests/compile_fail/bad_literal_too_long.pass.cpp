// The positive twin of bad_literal_too_long.fail.cpp: 32 characters.
#include <sttj/sttj.hpp>
using namespace sttj::literals;
[[maybe_unused]] constexpr auto id = "abcdefghijklmnopqrstuvwxyz012345"_job_id;
