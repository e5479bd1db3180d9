// sttj itself, with full validation everywhere: the parsers validate the
// JobId's characters and the JobStatus; for invalid ids sttj_error also
// computes the reason and offset (the regex peers only say no).
#include <array>
#include <cstring>

#include "common.hpp"

namespace bench {
namespace {

Register sttj_cases{[] {
    // Valid ids: a yes/no verdict, like the peers.
    add("validate_hex32/sttj",
        [&ids = hex32_ids()](std::size_t i) { benchmark::DoNotOptimize(sttj::is_valid_job_id(ids[i])); });
    add("validate_unicode/sttj",
        [&ids = unicode_ids()](std::size_t i) { benchmark::DoNotOptimize(sttj::is_valid_job_id(ids[i])); });
    // Invalid ids: the same "no" as the peers, and (sttj_error) the full
    // error: reason, byte offset, code point, UTF-8 problem.
    add("validate_invalid/sttj",
        [&ids = invalid_ids()](std::size_t i) { benchmark::DoNotOptimize(sttj::is_valid_job_id(ids[i])); });
    add("validate_invalid/sttj_error",
        [&ids = invalid_ids()](std::size_t i) { benchmark::DoNotOptimize(sttj::find_job_id_error(ids[i])); });

    // The parsers, used as the peers are: the JobId copied out into a
    // PlainJobId, the status read.
    add_parsers(
        "sttj",
        [](const std::vector<std::string>& docs) {
            return [&docs](std::size_t i) -> std::optional<PlainRequest> {
                const auto request = sttj::parse_request(docs[i]);
                if (!request) return std::nullopt;
                PlainRequest out;
                out.job_id.assign(request->job_id.view());
                return out;
            };
        },
        [](const std::vector<std::string>& docs) {
            return [&docs](std::size_t i) -> std::optional<PlainResponse> {
                const auto response = sttj::parse_response(docs[i]);
                if (!response) return std::nullopt;
                PlainResponse out;
                if (response->job_id) {
                    out.job_id.emplace();
                    out.job_id->assign(response->job_id->view());
                }
                if (response->job_status) out.job_status = response->job_status->known();
                return out;
            };
        });

    // A parsed id copied out as callers write it, memcpy inline: no peer,
    // and no parse; it shows what JobId's layout costs its callers.
    add("copy_job_id/sttj", [&in = parse_requests()](std::size_t i) {
        char out[sttj::job_id_max_bytes];
        std::memcpy(out, in[i].job_id.data(), in[i].job_id.size());
        benchmark::DoNotOptimize(out);
        benchmark::ClobberMemory();
    });

    // write_json into the caller's buffer (no allocation).
    add("serialize_request/sttj",
        [&in = requests(),
         buffer = std::array<char, sttj::max_json_size<sttj::StopTextTranslationJobRequest>>{}](std::size_t i) mutable {
            auto written = sttj::write_json(in[i], buffer);
            benchmark::DoNotOptimize(written);
            benchmark::DoNotOptimize(buffer.data());
            benchmark::ClobberMemory();
        });
    add("serialize_response/sttj",
        [&in = responses(), buffer = std::array<char, sttj::max_json_size<sttj::StopTextTranslationJobResponse>>{}](
            std::size_t i) mutable {
            auto written = sttj::write_json(in[i], buffer);
            benchmark::DoNotOptimize(written);
            benchmark::DoNotOptimize(buffer.data());
            benchmark::ClobberMemory();
        });
    // to_json: a new std::string per call (one allocation: the JSON is longer
    // than the small-string buffer).
    add("serialize_request/sttj_string", [&in = requests()](std::size_t i) {
        std::string json = sttj::to_json(in[i]);
        benchmark::DoNotOptimize(json.data());
        benchmark::ClobberMemory();
    });
    add("serialize_response/sttj_string", [&in = responses()](std::size_t i) {
        std::string json = sttj::to_json(in[i]);
        benchmark::DoNotOptimize(json.data());
        benchmark::ClobberMemory();
    });
}};

}  // namespace
}  // namespace bench
