// How Catch2 prints a JobId verdict in a failed check: "valid" or
// {reason, offset, code_point, utf8 problem}. Test code only.
#ifndef STTJ_TESTS_JOB_ID_ERROR_PRINTING_HPP
#define STTJ_TESTS_JOB_ID_ERROR_PRINTING_HPP

#include <sttj/job_id.hpp>

#include <cstdio>
#include <optional>
#include <string>

#include <catch2/catch.hpp>

namespace Catch {
template <>
struct StringMaker<std::optional<sttj::JobIdError>> {
    static std::string convert(const std::optional<sttj::JobIdError>& e) {
        if (!e) return "valid";
        char buf[160];
        std::snprintf(buf, sizeof buf, "{%s, offset %zu, code_point 0x%X, %s}",
                      std::string{sttj::to_string(e->reason)}.c_str(), e->offset, static_cast<unsigned>(e->code_point),
                      std::string{sttj::to_string(e->utf8_problem)}.c_str());
        return buf;
    }
};
}  // namespace Catch

#endif  // STTJ_TESTS_JOB_ID_ERROR_PRINTING_HPP
