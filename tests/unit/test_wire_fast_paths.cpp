// The run-time fast paths of the wire format on exact-size heap buffers
// (exact_buffer.hpp): the parsers on every id of the JobId sweep
// (job_id_sweep.hpp) inside a request and a response, in the compact layout
// and escaped in botocore's, and on documents of every layout cut short and
// with every byte replaced; and the
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

#include "../support/exact_buffer.hpp"
#include "../support/job_id_reference.hpp"
#include "../support/job_id_sweep.hpp"

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
    return std::string(sttj::to_string(e.category)) + " at " + std::to_string(e.offset) + " (" + std::string(e.member) +
           "): " + std::string(e.message);
}

template <class T>
std::string describe(const sttj::Result<T>& r) {
    return r ? "a value" : describe(r.error());
}

// What parsing a canonical document whose id is `id` (at byte `id_at`: 10
// after `{"JobId":"`, 11 after `{"JobId": "`) must give, from the
// reference: an ill-formed byte anywhere in the id is an Encoding error
// there (it is fatal, so it wins over a constraint problem before it); else
// the id's first problem is a Constraint error at that byte (at the opening
// quote for an empty id).
std::optional<Error> expected_error(std::string_view id, std::size_t id_at) {
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

// The same for a document whose id is escaped, where offsets differ from
// the canonical document's: `got` must be the general reader's answer
// `general` and agree with `want` on value or error.
template <class T, class ValueOk>
std::string judge_escaped(const sttj::Result<T>& got, const sttj::Result<T>& general, const std::optional<Error>& want,
                          ValueOk value_ok) {
    if (!(got == general)) return "not the general reader's answer";
    if (got.has_value() == want.has_value()) return want ? "want an error" : "want a value";
    if (got && !value_ok(*got)) return "wrong value";
    return "";
}

// `id` as Python's json.dumps writes it (botocore's layout): every
// well-formed non-ASCII scalar as \uXXXX (astral ones as a surrogate pair),
// '"', '\\' and controls escaped, ill-formed bytes left as they are.
std::string escaped_like_json_dumps(std::string_view id) {
    std::string out;
    char buf[16];
    const auto unit = [&](unsigned u) {
        std::snprintf(buf, sizeof buf, "\\u%04x", u);
        out += buf;
    };
    for (std::size_t pos = 0; pos < id.size();) {
        const auto byte = static_cast<unsigned char>(id[pos]);
        if (byte < 0x80) {
            if (byte == '"' || byte == '\\') {
                out += '\\';
                out += static_cast<char>(byte);
            } else if (byte < 0x20) {
                unit(byte);
            } else {
                out += static_cast<char>(byte);
            }
            ++pos;
            continue;
        }
        const auto step = sttj::detail::decode_utf8(id, pos);
        if (step.problem != sttj::detail::Utf8Problem::None) {
            out += id[pos++];
            continue;
        }
        const auto cp = static_cast<unsigned>(step.code_point);
        if (cp < 0x10000) {
            unit(cp);
        } else {
            unit(0xD800 + ((cp - 0x10000) >> 10));
            unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
        }
        pos += step.length;
    }
    return out;
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

TEST_CASE("parse fast path: every id of the JobId sweep in a request and a response", "[parse][fast_path]") {
    // The documents take the fast path whenever the id is valid; every
    // answer must be the reference's and the general reader's. An id
    // read one byte too far meets the closing quote, and F0 90 82 + '"'
    // decodes as U+10022, a letter: so a fast path that over-reads accepts
    // the sweep's truncated Linear B lead, and this test sees it.
    std::size_t documents = 0;
    std::size_t accepted = 0;
    std::size_t mismatches = 0;
    std::string first;
    for (const std::string_view filler : sttj_test::sweep_fillers) {
        sttj_test::for_each_sweep_id(filler, 70, [&](const sttj_test::SweepId& id) {
            accepted += !expected_error(id.bytes, 10);
            // One status per id, taking turns, so each meets every kind of id.
            const JobStatus status = sttj::all_job_statuses[documents / 10 % sttj::all_job_statuses.size()];
            const std::string name(sttj::to_string(status));
            std::string found;
            // The compact canonical layout, the spaced one (json.dumps's
            // separators, the id written as it is), the pretty-printed one
            // (JSON.stringify(v, null, 2)'s), and one indented with a tab,
            // which the pretty frame declines and the any-layout reader
            // reads: a short id there ends less than 16 bytes before the
            // end of the document.
            struct Layout {
                std::string_view open, member_separator, close;
            };
            for (const Layout layout : {Layout{R"({"JobId":")", R"(","JobStatus":")", R"("})"},
                                        Layout{R"({"JobId": ")", R"(", "JobStatus": ")", R"("})"},
                                        Layout{"{\n  \"JobId\": \"", "\",\n  \"JobStatus\": \"", "\"\n}"},
                                        Layout{"{\n\t\"JobId\": \"", "\",\n\t\"JobStatus\": \"", "\"\n}"}}) {
                const std::optional<Error> want = expected_error(id.bytes, layout.open.size());
                const std::string request = std::string(layout.open) + id.bytes + std::string(layout.close);
                const std::string response = std::string(layout.open) + id.bytes +
                                             std::string(layout.member_separator) + name + std::string(layout.close);
                if (found.empty()) {
                    found = on_exact_buffers(request, [&](std::string_view doc) {
                        const auto got = sttj::parse_request(doc);
                        if (!(got == sttj::detail::parse_request_general(doc)))
                            return std::string("not the general reader's answer");
                        return judge(got, want, [&](const StopTextTranslationJobRequest& r) {
                            return r.job_id.view() == id.bytes;
                        });
                    });
                }
                if (found.empty()) {
                    found = on_exact_buffers(response, [&](std::string_view doc) {
                        const auto got = sttj::parse_response(doc);
                        if (!(got == sttj::detail::parse_response_general(doc)))
                            return std::string("not the general reader's answer");
                        return judge(got, want, [&](const StopTextTranslationJobResponse& r) {
                            return r.job_id && r.job_id->view() == id.bytes && r.job_status == status;
                        });
                    });
                }
            }
            const std::optional<Error> want = expected_error(id.bytes, 10);
            // botocore's layout, members reordered: the id escaped, so it is
            // decoded before it is checked (offsets differ from the compact
            // document's: the general reader's answer is the reference).
            const std::string escaped = R"({"JobStatus": ")" + std::string(sttj::to_string(status)) +
                                        R"(", "JobId": ")" + escaped_like_json_dumps(id.bytes) + R"("})";
            if (found.empty()) {
                found = on_exact_buffers(escaped, [&](std::string_view doc) {
                    return judge_escaped(sttj::parse_response(doc), sttj::detail::parse_response_general(doc), want,
                                         [&](const StopTextTranslationJobResponse& r) {
                                             return r.job_id && r.job_id->view() == id.bytes && r.job_status == status;
                                         });
                });
            }
            // A request exactly as botocore sends it: the spaced frame, and
            // an id with escapes, which that frame's fast path declines.
            const std::string botocore = R"({"JobId": ")" + escaped_like_json_dumps(id.bytes) + R"("})";
            if (found.empty()) {
                found = on_exact_buffers(botocore, [&](std::string_view doc) {
                    return judge_escaped(
                        sttj::parse_request(doc), sttj::detail::parse_request_general(doc), want,
                        [&](const StopTextTranslationJobRequest& r) { return r.job_id.view() == id.bytes; });
                });
            }
            documents += 10;
            if (!found.empty() && ++mismatches <= 5) first += found + "\n";
        });
    }
    INFO(first);
    CHECK(mismatches == 0);
    CHECK(documents == 10 * 2 * std::size(sttj_test::sweep_sequences) * (70 * 71 / 2));
    CHECK(accepted > 0);
}

namespace {

// Valid documents in every layout the fast paths read: compact, spaced
// (json.dumps's ", " and ": "), botocore's (spaced, non-ASCII escaped),
// pretty-printed, members reordered, and unknown members of every JSON
// type, escapes of every kind in an unknown string. Each has the id below
// and, as a response, a status or none.
const std::string layout_id =
    "\xF0\x9D\x90\x80"
    "abc-123"
    "\xD0\x96";
const std::vector<std::string>& layout_documents() {
    static const std::vector<std::string> documents = {
        R"({"JobId":")" + layout_id + R"("})",
        R"({"JobId":")" + layout_id + R"(","JobStatus":"COMPLETED_WITH_ERROR"})",
        R"({"JobId":")" + layout_id + R"(","JobStatus":"FAILED"})",
        R"({"JobId": "\ud835\udc00abc-123\u0416", "JobStatus": "FAILED"})",
        R"({"JobId": ")" + layout_id + R"("})",
        R"({"JobId":"\ud835\udc00abc-123)"
        "\xD0\x96"
        R"("})",  // escaped, then raw UTF-8
        R"({"JobId": ")" + layout_id + R"(", "JobStatus": "COMPLETED_WITH_ERROR"})",
        R"({"JobId": ")" + layout_id + R"(", "JobStatus": "FAILED"})",
        "{\n  \"JobId\": \"" + layout_id + "\",\n  \"JobStatus\": \"FAILED\"\n}\n",
        // Pretty-printed with an indent of 2 (JSON.stringify's; jq's, which
        // ends with a newline, is the one above), 4 (json.dumps(v,
        // indent=4)'s), 1 and 8, the most the pretty frame reads; with 9, a
        // tab, or another indent on the second line, which it declines.
        "{\n  \"JobId\": \"" + layout_id + "\"\n}",
        "{\n    \"JobId\": \"" + layout_id + "\",\n    \"JobStatus\": \"COMPLETED_WITH_ERROR\"\n}",
        "{\n \"JobId\": \"" + layout_id + "\",\n \"JobStatus\": \"FAILED\"\n}",
        "{\n        \"JobId\": \"" + layout_id + "\",\n        \"JobStatus\": \"STOPPED\"\n}",
        "{\n         \"JobId\": \"" + layout_id + "\",\n         \"JobStatus\": \"STOPPED\"\n}",
        "{\n\t\"JobId\": \"" + layout_id + "\"\n}",
        "{\n  \"JobId\": \"" + layout_id + "\",\n   \"JobStatus\": \"FAILED\"\n}",
        R"({"JobStatus":"FAILED","RequestId":"1b2c3d4e-5f60-4718-9a0b-1c2d3e4f5a6b","JobId":")" + layout_id + R"("})",
        R"({"x":"\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00\u2028","JobId":")" + layout_id + R"("})",
        R"({"n":-12.5e+3,"t":true,"f":false,"z":null,"a":[1,[2],{}],"o":{"k":[]},"JobId":")" + layout_id + R"("})",
        R"({"\u00e9":0,"\u00e9t\u00e9":"","JobId":")" + layout_id + R"(", "JobStatus" : null})",
        " \t\r\n{ \"JobId\" : \"" + layout_id + "\" } \t\r\n",
    };
    return documents;
}

}  // namespace

TEST_CASE("parse fast path: documents cut short or run on, on exact buffers", "[parse][fast_path]") {
    // Every prefix of a document of each layout, and each followed by one
    // more byte, in exact-size buffers: the fast path must never read outside
    // the document, and must leave everything but the whole document to the
    // general reader.
    const auto& documents = layout_documents();
    for (const std::string& doc : documents) {
        for (std::size_t size = 0; size <= doc.size(); ++size) {
            const std::string cut = doc.substr(0, size);
            INFO(hex(cut));
            const ExactBytes exact{cut};
            const auto request = sttj::parse_request(exact.view());
            const auto response = sttj::parse_response(exact.view());
            CHECK(request == sttj::detail::parse_request_general(exact.view()));
            CHECK(response == sttj::detail::parse_response_general(exact.view()));
            // Only the whole document parses, give or take trailing
            // whitespace (a request skips JobStatus as an unknown member; an
            // empty or blank response has no members).
            const bool whole = doc.find_first_not_of(" \t\r\n", size) == std::string::npos;
            const bool blank = cut.find_first_not_of(" \t\r\n") == std::string::npos;
            CHECK(request.has_value() == whole);
            CHECK(response.has_value() == (whole || blank));
            if (whole) {
                CHECK(request->job_id.view() == layout_id);
                CHECK(response->job_id->view() == layout_id);
            }
            for (const char next : sttj_test::dangerous_bytes_after_document()) {
                const ExactBytes followed = ExactBytes::followed_by(cut, next);
                CHECK(sttj::parse_request(followed.view()) == request);
                CHECK(sttj::parse_response(followed.view()) == response);
            }
        }
    }
}

TEST_CASE("parse fast path: status names cut short, run on or misspelled", "[parse][fast_path]") {
    // Every proper prefix of each status name, each name with one more
    // byte, and each name with its last byte changed, in a response of
    // each canonical layout, the pretty-printed one, and a pretty-printed
    // one closed without a newline (the any-layout fast path): only the
    // seven names parse (COMPLETED is a prefix of COMPLETED_WITH_ERROR),
    // and each as itself.
    struct Frame {
        std::string_view up_to_status, close;
    };
    const Frame frames[] = {{R"({"JobId":"a","JobStatus":")", R"("})"},
                            {R"({"JobId": "a", "JobStatus": ")", R"("})"},
                            {"{\n  \"JobId\": \"a\",\n  \"JobStatus\": \"", "\"\n}"},
                            {"{\n  \"JobId\": \"a\",\n  \"JobStatus\": \"", R"("})"}};
    for (const JobStatus status : sttj::all_job_statuses) {
        const std::string name(sttj::to_string(status));
        std::vector<std::string> texts;
        for (std::size_t size = 0; size <= name.size(); ++size) texts.push_back(name.substr(0, size));
        texts.push_back(name + "S");
        texts.push_back(name + "_");
        texts.push_back(name.substr(0, name.size() - 1) + "X");
        for (const std::string& text : texts) {
            for (const Frame frame : frames) {
                const std::string doc = std::string(frame.up_to_status) + text + std::string(frame.close);
                INFO(doc);
                const ExactBytes exact{doc};
                const std::optional<JobStatus> known = sttj::job_status_from_string(text);
                const auto open = sttj::parse_response(exact.view());
                CHECK(open == sttj::detail::parse_response_general(exact.view()));
                REQUIRE(open.has_value());
                CHECK(open->job_status->wire_name() == text);
                CHECK(open->job_status->known() == known);
                const auto got = sttj::parse_response_strict(exact.view());
                CHECK(got ==
                      sttj::detail::parse_response_general(exact.view(), sttj::detail::StatusRule::RejectUnknown));
                CHECK(got.has_value() == known.has_value());
                if (got) {
                    CHECK(got->job_status == known);
                } else {
                    CHECK(got.error().category == ErrorCategory::Constraint);
                    CHECK(got.error().offset == frame.up_to_status.size() - 1);  // the opening quote
                }
            }
        }
    }
}

TEST_CASE("parse fast path: every byte at every position of documents", "[parse][fast_path]") {
    // A document with one byte replaced by each of the 256 values:
    // whatever the fast path accepts, the general reader must accept with the
    // same value, and whatever it leaves to the general reader gets that
    // reader's answer. So a frame, status or id check that the fast path
    // loosened shows here (a space for the status's opening quote, say).
    const std::string ids[] = {"a", "0123456789abcdef0123456789abcdef", "\xC3\xA9t\xC3\xA9 1"};
    std::size_t documents = 0;
    std::size_t mismatches = 0;
    std::string first;
    for (const std::string& id : ids) {
        std::vector<std::string> canonical = {R"({"JobId":")" + id + R"("})", R"({"JobId": ")" + id + R"("})",
                                              "{\n  \"JobId\": \"" + id + "\"\n}"};
        for (const JobStatus status : sttj::all_job_statuses) {
            const std::string name(sttj::to_string(status));
            canonical.push_back(R"({"JobId":")" + id + R"(","JobStatus":")" + name + R"("})");
            canonical.push_back(R"({"JobId": ")" + id + R"(", "JobStatus": ")" + name + R"("})");
            canonical.push_back("{\n  \"JobId\": \"" + id + "\",\n  \"JobStatus\": \"" + name + "\"\n}");
        }
        if (id == ids[0]) canonical.insert(canonical.end(), layout_documents().begin(), layout_documents().end());
        for (const std::string& doc : canonical) {
            for (std::size_t pos = 0; pos < doc.size(); ++pos) {
                for (int byte = 0; byte < 256; ++byte) {
                    std::string flipped = doc;
                    flipped[pos] = static_cast<char>(byte);
                    const ExactBytes exact{flipped};
                    ++documents;
                    const bool same =
                        sttj::parse_request(exact.view()) == sttj::detail::parse_request_general(exact.view()) &&
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
            return "want a Limit error at " + std::to_string(size) + ", got " +
                   (got ? "a size" : describe(got.error()));
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
    const auto written =
        sttj::detail::write_json_general(value, sttj::detail::OutputBuffer{general.data(), want.size()});
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
            const std::string want =
                R"({"JobId":")" + text + R"(","JobStatus":")" + std::string(sttj::to_string(status)) + R"("})";
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
