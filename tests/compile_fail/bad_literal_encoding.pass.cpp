// The positive twin of bad_literal_encoding.fail.cpp: well-formed UTF-8 of the same length (U+00E9).
#include <sttj/sttj.hpp>
using namespace sttj::literals;
[[maybe_unused]] constexpr auto id = "a\xC3\xA9"_job_id;
