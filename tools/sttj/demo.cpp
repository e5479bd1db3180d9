// sttj demo (and sttj with no arguments): a tour of the library on fixed
// samples - a request and its HTTP form, a response, an error, two JobId
// checks and what StopTextTranslationJob does to a job in each status.

#include <cstdint>
#include <cstdio>
#include <optional>
#include <string_view>

#include <sttj/protocol.hpp>
#include <sttj/sttj.hpp>

#include "cli.hpp"

namespace cli {
namespace {

using namespace std::string_view_literals;

// Samples, checked at compile time: the parsers are constexpr.
constexpr std::string_view sample_response =
    R"({"JobId":"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e","JobStatus":"STOP_REQUESTED"})";
constexpr std::string_view sample_error_body =
    R"({"__type":"com.amazonaws.translate#ResourceNotFoundException","message":"Job not found"})";
constexpr std::string_view sample_error_header =
    "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazon.coral.service/";
static_assert(sttj::parse_response(sample_response).has_value());
static_assert(sttj::parse_error(sample_error_body, sample_error_header).has_value());

void print_http_request(const sttj::HttpRequest& http) {
    print(stdout, "  ", http.method, " ", http.path, "\n");
    for (const sttj::HttpHeader& header : http.headers) print(stdout, "  ", header.name, ": ", header.value, "\n");
    print(stdout, "\n  ", http.body, "\n");
}

void print_sample_response() {
    print(stdout, "\nParsing a response:\n  ", sample_response, "\n  -> ");
    const auto response = sttj::parse_response(sample_response);
    if (!response) {
        print_parse_error(stdout, response.error());
        print(stdout, "\n");
        return;
    }
    print(stdout, sttj::to_json(*response), "\n");
    if (response->job_status) {
        print(stdout, "  JobStatus ", response->job_status->wire_name(), ": ");
        const std::optional<sttj::JobStatus> known = response->job_status->known();
        print(stdout, !known                      ? "unknown to this version of sttj, kept as text\n"
                      : sttj::is_terminal(*known) ? "terminal\n"
                                                  : "not terminal\n");
    }
}

void print_sample_error() {
    print(stdout, "\nParsing an error (the header's code wins over the body's __type):\n  ",
          sttj::wire::error_type_header, ": ", sample_error_header, "\n  ", sample_error_body, "\n");
    const auto error = sttj::parse_error(sample_error_body, sample_error_header);
    if (!error) {
        print(stdout, "  -> ");
        print_parse_error(stdout, error.error());
        print(stdout, "\n");
        return;
    }
    print(stdout, "  -> ", sttj::to_json(*error), "\n");
    print(stdout, "  code:    ", error->code.view(), "\n");
    print(stdout, "  message: ", error->message ? error->message->view() : "(none)"sv, "\n");
    const auto known = sttj::find_known_error(*error);
    if (!known) {
        print(stdout, "  not a known error code\n");
        return;
    }
    const sttj::ErrorInfo& info = sttj::error_info(*known);
    print(stdout, "  known:   ", info.modeled ? "modeled by the operation" : "AWS common error", ", HTTP ",
          decimal(static_cast<std::uint64_t>(info.http_status)), info.retryable ? ", retryable" : ", not retryable",
          info.throttling ? ", throttling\n" : ", not throttling\n");
}

void print_validation(std::string_view id) {
    print(stdout, "  \"", id, "\": ");
    const auto made = sttj::JobId::make(id);
    if (made) {
        print(stdout, "valid\n");
        return;
    }
    print(stdout, "invalid: ");
    print_job_id_error(stdout, made.error());
    print(stdout, "\n    (", made.error().message(), ")\n");
}

void print_stop_table() {
    print(stdout, "What StopTextTranslationJob does to a job, by status:\n");
    for (const sttj::JobStatus status : sttj::all_job_statuses) {
        print(stdout, "  ");
        print_padded(stdout, sttj::to_string(status), 20);
        print(stdout, " -> ");
        print_padded(stdout, sttj::to_string(sttj::status_after_stop(status)), 20);
        print(stdout, "  ", sttj::to_string(sttj::stop_effect(status)), "\n");
    }
}

}  // namespace

int run_demo(Args args) {
    if (reject_arguments(args)) return exit_usage;
    using namespace sttj::literals;
    const sttj::StopTextTranslationJobRequest request{"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e"_job_id};
    print(stdout, "sttj " STTJ_VERSION_STRING " demo\n\nA request:\n  ", sttj::to_json(request), "\n");
    print(stdout, "\nAs an HTTP request (unsigned):\n");
    print_http_request(sttj::make_http_request(request));
    print_sample_response();
    print_sample_error();

    print(stdout, "\nValidating JobIds (byte offsets, not character counts):\n");
    print_validation(
        "\xC3\xBC"
        "bersetzung-2024.01"sv);  // "übersetzung-2024.01"
    print_validation(
        "\xC3\xBC"
        "bersetzung#2024"sv);  // '#' is not allowed

    print(stdout, "\n");
    print_stop_table();
    print(stdout, "\nUnicode version: ", sttj::detail::unicode_version, "\n");
    return finish(exit_ok);
}

}  // namespace cli
