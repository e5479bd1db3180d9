// The run-time fast paths of the wire format on exact-size heap buffers
// (exact_buffer.hpp): the canonical-shape parsers on every id of the JobId
// sweep (job_id_sweep.hpp) inside a request and a response, and the
// unescaped writer on ids of every byte length with every status, into
// output buffers of exactly the size it needs and of every smaller size.
// ASan reports any access past a buffer; the same inputs followed by a
// dangerous byte, and output buffers followed by guard bytes, catch one
// that changes an answer without ASan.
// The header comes first: this proves it is self-contained.
#include <sttj/sttj.hpp>

#include <cstddef>
#include <cstdio>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

#include "exact_buffer.hpp"
#include "job_id_reference.hpp"
#include "job_id_sweep.hpp"

using sttj::Error;
using sttj::ErrorCategory;
using sttj::JobStatus;
using sttj::StopTextTranslationJobRequest;
using sttj::StopTextTranslationJobResponse;
using sttj_test::ExactBytes;
using sttj_test::ExactOutput;

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool address_sanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool address_sanitizer = true;
#else
constexpr bool address_sanitizer = false;
#endif
#else
constexpr bool address_sanitizer = false;
#endif

std::string hex(std::string_view bytes) {
    std::string out;
    for (const char c : bytes) {
        char buf[4];
        std::snprintf(buf, sizeof buf, "%02X ", static_cast<unsigned char>(c));
        out += buf;
    }
    return out;
}

std::string describe(const Error& e) {
    return std::string(sttj::to_string(e.category)) + " at " + std::to_string(e.offset) + " (" +
           std::string(e.member) + "): " + std::string(e.message);
}

template <class T>
std::string describe(const sttj::Result<T>& r) {
    return r ? "a value" : describe(r.error());
}

// What parsing a canonical document whose id is `id` (at byte 10, after
// `{"JobId":"`) must give, from the reference: an ill-formed byte anywhere
// in the id is an Encoding error there (it is fatal, so it wins over a
// constraint problem before it); else the id's first problem is a
// Constraint error at that byte (at the opening quote for an empty id).
std::optional<Error> expected_error(std::string_view id) {
    constexpr std::size_t id_at = 10;
    if (const auto ill_formed = sttj_test::first_ill_formed(id)) {
        return Error{ErrorCategory::Encoding, id_at + *ill_formed, {}, "JobId"};
    }
    if (const auto problem = sttj_test::reference(id)) {
        const bool empty = problem->reason == sttj::JobIdReason::Empty;
        return Error{ErrorCategory::Constraint, empty ? id_at - 1 : id_at + problem->offset, {}, "JobId"};
    }
    return std::nullopt;
}

// "" if `got` is what expected_error says, with the document's value
// checked by `value_ok` on success; else what went wrong.
template <class T, class ValueOk>
std::string judge(const sttj::Result<T>& got, const std::optional<Error>& want, ValueOk value_ok) {
    if (!want) return got && value_ok(*got) ? "" : "want a value, got " + describe(got);
    if (got) return "want " + describe(*want) + ", got a value";
    const Error& e = got.error();
    if (e.category != want->category || e.offset != want->offset || e.member != want->member) {
        return "want " + describe(*want) + ", got " + describe(e);
    }
    return "";
}

// Parses `doc` alone in an exact-size buffer and then followed by each byte
// of dangerous_bytes_after_document (not under ASan, where the first pass
// already shows that nothing past the end is read); `check(view)` returns
// "" or a problem.
template <class Check>
std::string on_exact_buffers(std::string_view doc, Check check) {
    const ExactBytes exact{doc};
    if (std::string found = check(exact.view()); !found.empty()) return hex(doc) + "alone: " + found;
    if (address_sanitizer) return "";
    ExactBytes followed = ExactBytes::followed_by(doc, '\0');
    for (const char next : sttj_test::dangerous_bytes_after_document()) {
        followed.set_next(next);
        if (std::string found = check(followed.view()); !found.empty()) {
            return hex(doc) + "followed by " + hex({&next, 1}) + ": " + found;
        }
    }
    return "";
}

}  // namespace

TEST_CASE("canonical parse: every id of the JobId sweep in a request and a response", "[parse][fast_path]") {
    // The canonical documents take the fast path whenever the id is valid;
    // every answer must be the reference's and the general reader's. An id
    // read one byte too far meets the closing quote, and F0 90 82 + '"'
    // decodes as U+10022, a letter: so a fast path that over-reads accepts
    // the sweep's truncated Linear B lead, and this test sees it.
    std::size_t documents = 0;
    std::size_t accepted = 0;
    std::size_t mismatches = 0;
    std::string first;
    for (const std::string_view filler : sttj_test::sweep_fillers) {
        sttj_test::for_each_sweep_id(filler, 70, [&](const sttj_test::SweepId& id) {
            const std::optional<Error> want = expected_error(id.bytes);
            accepted += !want;
            // One status per id, taking turns, so each meets every kind of id.
            const JobStatus status = sttj::all_job_statuses[documents / 2 % sttj::all_job_statuses.size()];
            const std::string request = R"({"JobId":")" + id.bytes + R"("})";
            const std::string response =
                R"({"JobId":")" + id.bytes + R"(","JobStatus":")" + std::string(sttj::to_string(status)) + R"("})";
            std::string found = on_exact_buffers(request, [&](std::string_view doc) {
                const auto got = sttj::parse_request(doc);
                if (!(got == sttj::detail::parse_request_general(doc))) return std::string("not the general reader's answer");
                return judge(got, want, [&](const StopTextTranslationJobRequest& r) { return r.job_id.view() == id.bytes; });
            });
            if (found.empty()) {
                found = on_exact_buffers(response, [&](std::string_view doc) {
                    const auto got = sttj::parse_response(doc);
                    if (!(got == sttj::detail::parse_response_general(doc))) return std::string("not the general reader's answer");
                    return judge(got, want, [&](const StopTextTranslationJobResponse& r) {
                        return r.job_id && r.job_id->view() == id.bytes && r.job_status == status;
                    });
                });
            }
            documents += 2;
            if (!found.empty() && ++mismatches <= 5) first += found + "\n";
        });
    }
    INFO(first);
    CHECK(mismatches == 0);
    CHECK(documents == 2 * 2 * std::size(sttj_test::sweep_sequences) * (70 * 71 / 2));
    CHECK(accepted > 0);
}

TEST_CASE("canonical parse: documents cut short or run on, on exact buffers", "[parse][fast_path]") {
    // Every prefix of a canonical request and response, and each followed
    // by one more byte, in exact-size buffers: the fast path must never read
    // outside the document, and must leave everything but the whole
    // document to the general reader.
    const std::string id = "\xF0\x9D\x90\x80" "abc-123" "\xD0\x96";
    const std::string documents[] = {
        R"({"JobId":")" + id + R"("})",
        R"({"JobId":")" + id + R"(","JobStatus":"COMPLETED_WITH_ERROR"})",
        R"({"JobId":")" + id + R"(","JobStatus":"FAILED"})",
    };
    for (const std::string& doc : documents) {
        for (std::size_t size = 0; size <= doc.size(); ++size) {
            const std::string cut = doc.substr(0, size);
            INFO(hex(cut));
            const ExactBytes exact{cut};
            const auto request = sttj::parse_request(exact.view());
            const auto response = sttj::parse_response(exact.view());
            CHECK(request == sttj::detail::parse_request_general(exact.view()));
            CHECK(response == sttj::detail::parse_response_general(exact.view()));
            // Only the whole document parses (a request skips JobStatus as an
            // unknown member; an empty response has no members).
            CHECK(request.has_value() == (size == doc.size()));
            CHECK(response.has_value() == (size == doc.size() || size == 0));
            for (const char next : sttj_test::dangerous_bytes_after_document()) {
                const ExactBytes followed = ExactBytes::followed_by(cut, next);
                CHECK(sttj::parse_request(followed.view()) == request);
                CHECK(sttj::parse_response(followed.view()) == response);
            }
        }
    }
}

TEST_CASE("canonical parse: every byte at every position of canonical documents", "[parse][fast_path]") {
    // A canonical document with one byte replaced by each of the 256 values:
    // whatever the fast path accepts, the general reader must accept with the
    // same value, and whatever it leaves to the general reader gets that
    // reader's answer. So a frame, status or id check that the fast path
    // loosened shows here (a space for the status's opening quote, say).
    const std::string ids[] = {"a", "0123456789abcdef0123456789abcdef", "\xC3\xA9t\xC3\xA9 1"};
    std::size_t documents = 0;
    std::size_t mismatches = 0;
    std::string first;
    for (const std::string& id : ids) {
        std::vector<std::string> canonical = {R"({"JobId":")" + id + R"("})"};
        for (const JobStatus status : sttj::all_job_statuses) {
            canonical.push_back(R"({"JobId":")" + id + R"(","JobStatus":")" + std::string(sttj::to_string(status)) +
                                R"("})");
        }
        for (const std::string& doc : canonical) {
            for (std::size_t pos = 0; pos < doc.size(); ++pos) {
                for (int byte = 0; byte < 256; ++byte) {
                    std::string flipped = doc;
                    flipped[pos] = static_cast<char>(byte);
                    const ExactBytes exact{flipped};
                    ++documents;
                    const bool same = sttj::parse_request(exact.view()) == sttj::detail::parse_request_general(exact.view()) &&
                                      sttj::parse_response(exact.view()) == sttj::detail::parse_response_general(exact.view());
                    if (!same && ++mismatches <= 5) first += hex(flipped) + "\n";
                }
            }
        }
    }
    INFO(first);
    CHECK(mismatches == 0);
    CHECK(documents > 100000);
}

namespace {

// A valid id of exactly `bytes` bytes (1..128): U+1D400 as often as fits in
// bytes - 1, then one scalar of the remaining 1..4 bytes, so at most 32
// scalars, and every block and word boundary of the copies falls somewhere.
std::string id_of_size(std::size_t bytes) {
    const std::string last_of_length[] = {"", "k", "\xC3\xA9", "\xE4\xB8\xAD", "\xF0\x90\x82\x80"};
    std::string id;
    const std::size_t tail = bytes % 4 == 0 ? 4 : bytes % 4;
    for (std::size_t i = 0; i < (bytes - tail) / 4; ++i) id += "\xF0\x9D\x90\x80";
    return id + last_of_length[tail];
}

// Writes `value` with write_json into an output buffer of `size` bytes
// followed by `guard` bytes; returns "" if the result is `want` (the JSON,
// or a Limit error at `size` when it does not fit) and the guard and
// everything past the written bytes are untouched.
template <class T>
std::string write_and_judge(const T& value, const std::string& want, std::size_t size, std::size_t guard) {
    ExactOutput out{size, guard};
    const auto got = sttj::write_json(value, std::span<char>{out.data(), size});
    if (!out.guard_intact()) return "wrote past the buffer";
    if (size < want.size()) {
        if (got || got.error().category != ErrorCategory::Limit || got.error().offset != size) {
            return "want a Limit error at " + std::to_string(size) + ", got " + (got ? "a size" : describe(got.error()));
        }
        return "";
    }
    if (!got || *got != want.size()) return "want " + std::to_string(want.size()) + " bytes, got " + describe(got);
    if (out.view(want.size()) != want) return "wrote " + hex(out.view(want.size()));
    return "";
}

// write_json of `value` is `want` into a buffer of exactly its size and
// fails cleanly into each smaller one, without ASan (guard bytes) and with
// it (no guard); to_json and the general writer agree.
template <class T>
std::string writer_disagreement(const T& value, const std::string& want) {
    if (sttj::to_json(value) != want) return "to_json wrote " + sttj::to_json(value);
    ExactOutput general{want.size()};
    const auto written = sttj::detail::write_json_general(value, sttj::detail::OutputBuffer{general.data(), want.size()});
    if (!written || general.view(*written) != want) return "the general writer disagrees";
    for (std::size_t size = 0; size <= want.size(); ++size) {
        for (const std::size_t guard : {std::size_t{0}, std::size_t{16}}) {
            if (std::string found = write_and_judge(value, want, size, guard); !found.empty()) {
                return "buffer of " + std::to_string(size) + " (+" + std::to_string(guard) + "): " + found;
            }
        }
    }
    return "";
}

}  // namespace

TEST_CASE("writer: ids of every byte length with every status, into exact buffers", "[serialize][fast_path]") {
    std::size_t checked = 0;
    std::size_t mismatches = 0;
    std::string first;
    const auto note = [&](const std::string& found, const std::string& want) {
        ++checked;
        if (!found.empty() && ++mismatches <= 5) first += want + ": " + found + "\n";
    };
    for (std::size_t bytes = 1; bytes <= sttj::job_id_max_bytes; ++bytes) {
        const std::string text = id_of_size(bytes);
        REQUIRE(text.size() == bytes);
        const ExactBytes exact{text};
        const auto id = sttj::JobId::make(exact.view());
        REQUIRE(id.has_value());
        const std::string want_request = R"({"JobId":")" + text + R"("})";
        note(writer_disagreement(StopTextTranslationJobRequest{*id}, want_request), want_request);
        note(writer_disagreement(StopTextTranslationJobResponse{*id, std::nullopt}, want_request), want_request);
        for (const JobStatus status : sttj::all_job_statuses) {
            const std::string want = R"({"JobId":")" + text + R"(","JobStatus":")" +
                                     std::string(sttj::to_string(status)) + R"("})";
            note(writer_disagreement(StopTextTranslationJobResponse{*id, status}, want), want);
        }
    }
    // No id: each status alone, and the empty response.
    for (const JobStatus status : sttj::all_job_statuses) {
        const std::string want = R"({"JobStatus":")" + std::string(sttj::to_string(status)) + R"("})";
        note(writer_disagreement(StopTextTranslationJobResponse{std::nullopt, status}, want), want);
    }
    note(writer_disagreement(StopTextTranslationJobResponse{}, "{}"), "{}");
    INFO(first);
    CHECK(mismatches == 0);
    CHECK(checked == 128 * (2 + 7) + 7 + 1);
}
