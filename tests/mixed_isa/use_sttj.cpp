// One TU of the mixed-flags program (run.py builds it twice, once for
// baseline x86-64 and once with more instruction sets, under two entry
// names): it runs the whole run-time API over the inputs and writes one line
// per input of what it got, for main.cpp to compare.
#include <sttj/http_server.hpp>
#include <sttj/sttj.hpp>
#include <sttj/testing/fuzzing.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#ifndef STTJ_MIXED_ENTRY
#error "build with -DSTTJ_MIXED_ENTRY=<name>"
#endif

namespace {

std::string describe(const sttj::Error& e) {
    return std::string(sttj::to_string(e.category)) + "@" + std::to_string(e.offset);
}

template <class T>
std::string outcome(const sttj::Result<T>& r) {
    return r ? sttj::to_json(*r) : describe(r.error());
}

}  // namespace

std::string STTJ_MIXED_ENTRY(std::string_view input) {
    std::string out;
    out += sttj::is_valid_job_id(input) ? "valid " : "invalid ";
    if (const auto error = sttj::find_job_id_error(input)) {
        out += std::string(sttj::to_string(error->reason)) + "@" + std::to_string(error->offset) + " ";
    }
    if (const auto id = sttj::JobId::make(input)) {
        out += sttj::to_json(sttj::StopTextTranslationJobResponse{*id, sttj::JobStatus::StopRequested}) + " ";
        out += sttj::make_http_request(sttj::StopTextTranslationJobRequest{*id}).body + " ";
    }
    out += outcome(sttj::parse_request(input)) + " ";
    out += outcome(sttj::parse_response(input)) + " ";
    out += outcome(sttj::parse_response_lenient(input)) + " ";
    out += outcome(sttj::parse_error(input, "")) + " ";
    sttj::fuzzing::Source source{input};
    out += sttj::to_json(source.response());
    return out;
}
