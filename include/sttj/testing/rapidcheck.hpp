#ifndef STTJ_TESTING_RAPIDCHECK_HPP
#define STTJ_TESTING_RAPIDCHECK_HPP

// RapidCheck support (optional: needs RapidCheck, so the umbrella header
// does not include it). Two halves:
//  - rc::Arbitrary for sttj::JobId, JobStatus, StopTextTranslationJobRequest,
//    StopTextTranslationJobResponse and ErrorResponse: valid values only,
//    drawn from the whole Unicode 15.0 JobId alphabet, shrinking toward short
//    ASCII ids;
//  - generators of *invalid* input in sttj::gen: ids that break each JobId
//    rule, and documents each parser must reject, each with the error sttj
//    gives for it.
// Use them to property-test your own code against both:
//
//   #include <sttj/testing/rapidcheck.hpp>
//   rc::check("the client sends any valid request", [](const sttj::StopTextTranslationJobRequest& request) {
//       RC_ASSERT(my_client_accepts(request));
//   });
//   rc::check("the client refuses any invalid id", [] {
//       const sttj::gen::InvalidJobId bad = *sttj::gen::invalid_job_id();
//       RC_ASSERT(!my_client_accepts_id(bad.text));
//   });
//
// The rc::Arbitrary specializations live in RapidCheck's namespace, so
// unlike the rest of sttj they cannot be tagged by instruction set
// (detail/isa.hpp): build the TUs of one test program that include this
// header with the same -m/-march flags.

#include <rapidcheck.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "../detail/isa.hpp"
#include "../detail/job_id_chars.hpp"
#include "../detail/json_reader.hpp"
#include "../detail/utf8.hpp"
#include "../error.hpp"
#include "../error_response.hpp"
#include "../job_id.hpp"
#include "../job_status.hpp"
#include "../model.hpp"
#include "../serialize.hpp"
#include "fuzzing.hpp"

namespace sttj::gen::inline STTJ_DETAIL_ISA {

/// A string that is not a JobId, with the first problem find_job_id_error()
/// reports for it.
struct InvalidJobId {
    std::string text;
    JobIdReason reason;
    std::size_t offset;  ///< byte offset of that problem in `text`
};

/// A document a parser must reject, with the category of the error sttj gives.
struct MalformedDocument {
    std::string body;
    std::string error_type_header;  ///< the X-Amzn-Errortype value (parse_error only)
    ErrorCategory category;
};

namespace detail {

inline void append_utf8(std::string& out, char32_t scalar) {
    char bytes[4] = {};
    out.append(bytes, sttj::detail::encode_utf8(scalar, bytes));
}

inline std::string utf8(const std::vector<char32_t>& scalars) {
    std::string out;
    for (const char32_t c : scalars) append_utf8(out, c);
    return out;
}

// The first `max_bytes` bytes of `scalars` encoded, cut at a scalar boundary.
inline std::string utf8_at_most(const std::vector<char32_t>& scalars, std::size_t max_bytes) {
    std::string out;
    for (const char32_t c : scalars) {
        char bytes[4] = {};
        const std::size_t length = sttj::detail::encode_utf8(c, bytes);
        if (out.size() + length > max_bytes) break;
        out.append(bytes, length);
    }
    return out;
}

inline bool well_formed(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        const auto step = sttj::detail::decode_utf8(text, pos);
        if (step.problem != sttj::Utf8Problem::None) return false;
        pos += step.length;
    }
    return true;
}

// A JSON string literal: '"', '\' and controls escaped; other bytes as they
// are, ill-formed ones included (so a test can send them).
inline std::string json_string(std::string_view text) {
    std::string out = "\"";
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            constexpr std::string_view hex = "0123456789abcdef";
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        } else {
            out += c;
        }
    }
    return out + "\"";
}

// One ill-formed UTF-8 sequence; `at_end` if it must end the text (a
// truncated sequence is only truncated at the end).
struct IllFormed {
    std::string bytes;
    bool at_end;
};

[[nodiscard]] inline rc::Gen<unsigned char> byte_in(unsigned low, unsigned high) {
    return rc::gen::map(rc::gen::inRange<unsigned>(low, high + 1),
                        [](unsigned b) { return static_cast<unsigned char>(b); });
}

inline std::string bytes_of(std::initializer_list<unsigned char> list) {
    std::string out;
    for (const unsigned char b : list) out += static_cast<char>(b);
    return out;
}

// Every Utf8Problem, each from its own generator.
[[nodiscard]] inline rc::Gen<IllFormed> ill_formed_sequence() {
    using rc::gen::apply;
    const auto cont = byte_in(0x80, 0xBF);
    // A byte that cannot continue a sequence: ASCII or a lead byte.
    const auto not_cont = rc::gen::oneOf(byte_in(0x00, 0x7F), byte_in(0xC0, 0xFF));
    // A lead byte with the continuation byte that is valid right after it.
    using Pair = std::pair<unsigned char, unsigned char>;
    const auto pair = [](unsigned char a, unsigned char b) { return Pair{a, b}; };
    const auto lead_and_second =
        rc::gen::oneOf(apply(pair, byte_in(0xC2, 0xDF), cont), apply(pair, byte_in(0xE0, 0xE0), byte_in(0xA0, 0xBF)),
                       apply(pair, byte_in(0xE1, 0xEC), cont), apply(pair, byte_in(0xED, 0xED), byte_in(0x80, 0x9F)),
                       apply(pair, byte_in(0xEE, 0xEF), cont), apply(pair, byte_in(0xF0, 0xF0), byte_in(0x90, 0xBF)),
                       apply(pair, byte_in(0xF1, 0xF3), cont), apply(pair, byte_in(0xF4, 0xF4), byte_in(0x80, 0x8F)));
    // Bytes a sequence starting with `lead` needs.
    const auto needed = [](unsigned char lead) -> std::size_t { return lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; };
    return rc::gen::oneOf(
        // InvalidByte: C0, C1, F5..FF.
        apply(
            [](unsigned char b) {
                return IllFormed{bytes_of({b}), false};
            },
            rc::gen::oneOf(byte_in(0xC0, 0xC1), byte_in(0xF5, 0xFF))),
        // StrayContinuation.
        apply(
            [](unsigned char b) {
                return IllFormed{bytes_of({b}), false};
            },
            cont),
        // Truncated: a lead alone, or lead + second of a 3/4-byte sequence (+ third), at the end.
        apply(
            [needed](Pair p, unsigned char third, bool keep_second, bool keep_third) {
                const std::size_t need = needed(p.first);
                if (need == 2 || !keep_second) return IllFormed{bytes_of({p.first}), true};
                if (need == 3 || !keep_third) return IllFormed{bytes_of({p.first, p.second}), true};
                return IllFormed{bytes_of({p.first, p.second, third}), true};
            },
            lead_and_second, cont, rc::gen::arbitrary<bool>(), rc::gen::arbitrary<bool>()),
        // BadContinuation: cut short by a byte that is not 80..BF, after the lead or the second byte.
        apply(
            [needed](Pair p, unsigned char bad, bool after_second) {
                if (!after_second || needed(p.first) == 2) return IllFormed{bytes_of({p.first, bad}), false};
                return IllFormed{bytes_of({p.first, p.second, bad}), false};
            },
            lead_and_second, not_cont, rc::gen::arbitrary<bool>()),
        // Overlong: E0 80..9F, F0 80..8F.
        apply(
            [](unsigned char b, unsigned char c) {
                return IllFormed{bytes_of({0xE0, b, c}), false};
            },
            byte_in(0x80, 0x9F), cont),
        apply(
            [](unsigned char b, unsigned char c) {
                return IllFormed{bytes_of({0xF0, b, c, c}), false};
            },
            byte_in(0x80, 0x8F), cont),
        // Surrogate: ED A0..BF.
        apply(
            [](unsigned char b, unsigned char c) {
                return IllFormed{bytes_of({0xED, b, c}), false};
            },
            byte_in(0xA0, 0xBF), cont),
        // TooLarge: F4 90..BF.
        apply(
            [](unsigned char b, unsigned char c) {
                return IllFormed{bytes_of({0xF4, b, c, c}), false};
            },
            byte_in(0x90, 0xBF), cont));
}

// min_scalars to max_scalars scalars from `scalar_gen`, encoded; shrinks
// toward fewer and smaller scalars.
[[nodiscard]] inline rc::Gen<std::string> allowed_text(std::size_t min_scalars, std::size_t max_scalars,
                                                       rc::Gen<char32_t> scalar_gen) {
    return rc::gen::map(rc::gen::mapcat(rc::gen::inRange(min_scalars, max_scalars + 1),
                                        [scalar_gen](std::size_t n) {
                                            return rc::gen::container<std::vector<char32_t>>(n, scalar_gen);
                                        }),
                        [](const std::vector<char32_t>& scalars) { return utf8(scalars); });
}

}  // namespace detail

/// A scalar value allowed in a JobId: ASCII three times in four, else any of
/// the 137,963 (Unicode 15.0). Shrinks toward 'a'.
[[nodiscard]] inline rc::Gen<char32_t> job_id_scalar() {
    const auto index = rc::gen::weightedOneOf<std::size_t>({
        {3, rc::gen::inRange<std::size_t>(0, fuzzing::job_id_ascii_alphabet_size)},
        {1, rc::gen::inRange<std::size_t>(0, fuzzing::job_id_alphabet_size)},
    });
    return rc::gen::map(index, [](std::size_t i) { return fuzzing::job_id_alphabet_at(i); });
}

/// Any Unicode scalar value (surrogates excluded). Shrinks toward U+0000.
[[nodiscard]] inline rc::Gen<char32_t> any_scalar() {
    return rc::gen::map(rc::gen::inRange<std::uint32_t>(0, 0x110000 - 0x800),
                        [](std::uint32_t v) -> char32_t { return v >= 0xD800 ? v + 0x800 : v; });
}

}  // namespace sttj::gen::inline STTJ_DETAIL_ISA

namespace rc {

/// Valid JobIds: 1 to 32 scalars from the whole Unicode 15.0 alphabet
/// (ASCII three times in four); shrinks toward "a".
template <>
struct Arbitrary<sttj::JobId> {
    static Gen<sttj::JobId> arbitrary() {
        return gen::map(sttj::gen::detail::allowed_text(1, sttj::job_id_max_scalars, sttj::gen::job_id_scalar()),
                        [](const std::string& text) {
                            const auto made = sttj::JobId::make(text);
                            if (!made) throw GenerationFailure("sttj: generated an invalid JobId");
                            return *made;
                        });
    }
};

/// Any of the seven statuses; shrinks toward SUBMITTED.
template <>
struct Arbitrary<sttj::JobStatus> {
    static Gen<sttj::JobStatus> arbitrary() {
        return gen::map(gen::inRange<std::size_t>(0, sttj::all_job_statuses.size()),
                        [](std::size_t i) { return sttj::all_job_statuses[i]; });
    }
};

/// A known status nine times in ten, else unknown text: 0 to 64 bytes of
/// any scalars (a status a later service version could send).
template <>
struct Arbitrary<sttj::OpenJobStatus> {
    static Gen<sttj::OpenJobStatus> arbitrary() {
        using Scalars = std::vector<char32_t>;
        const auto unknown = gen::map(gen::container<Scalars>(sttj::gen::any_scalar()), [](const Scalars& v) {
            const auto status =
                sttj::OpenJobStatus::from_wire(sttj::gen::detail::utf8_at_most(v, sttj::job_status_text_capacity));
            if (!status) throw GenerationFailure("sttj: generated a JobStatus text from_wire refuses");
            return *status;
        });
        return gen::weightedOneOf<sttj::OpenJobStatus>(
            {{9, gen::cast<sttj::OpenJobStatus>(gen::arbitrary<sttj::JobStatus>())}, {1, unknown}});
    }
};

template <>
struct Arbitrary<sttj::StopTextTranslationJobRequest> {
    static Gen<sttj::StopTextTranslationJobRequest> arbitrary() {
        return gen::map(gen::arbitrary<sttj::JobId>(),
                        [](const sttj::JobId& id) { return sttj::StopTextTranslationJobRequest{id}; });
    }
};

/// Each member present or absent; shrinks toward the empty response.
template <>
struct Arbitrary<sttj::StopTextTranslationJobResponse> {
    static Gen<sttj::StopTextTranslationJobResponse> arbitrary() {
        return gen::apply(
            [](bool has_id, const sttj::JobId& id, bool has_status, const sttj::OpenJobStatus& status) {
                sttj::StopTextTranslationJobResponse response;
                if (has_id) response.job_id = id;
                if (has_status) response.job_status = status;
                return response;
            },
            gen::arbitrary<bool>(), gen::arbitrary<sttj::JobId>(), gen::arbitrary<bool>(),
            gen::arbitrary<sttj::OpenJobStatus>());
    }
};

/// As parse_error() returns them: a code that is one of the known ones or 1
/// to 256 bytes of scalars without ':' or '#'; no message, or up to 1024 bytes
/// of scalars (sometimes right at that bound); message_truncated false.
template <>
struct Arbitrary<sttj::ErrorResponse> {
    static Gen<sttj::ErrorResponse> arbitrary() {
        using Scalars = std::vector<char32_t>;
        const auto code_scalar = gen::map(
            gen::weightedOneOf<char32_t>({{3, gen::inRange<char32_t>(U'A', U'Z' + 1)}, {1, sttj::gen::any_scalar()}}),
            [](char32_t c) { return c == U':' || c == U'#' ? U'_' : c; });
        const auto free_code = gen::map(gen::nonEmpty(gen::container<Scalars>(code_scalar)), [](const Scalars& v) {
            return sttj::gen::detail::utf8_at_most(v, sttj::error_code_capacity);
        });
        std::vector<std::string> known;
        for (const auto& info : sttj::known_errors) known.emplace_back(info.code);
        const auto code = gen::oneOf(gen::elementOf(known), free_code);
        const auto message_scalars = gen::weightedOneOf<Scalars>({
            {4, gen::container<Scalars>(sttj::gen::any_scalar())},
            {1, gen::mapcat(gen::inRange<std::size_t>(250, 1100),
                            [](std::size_t n) { return gen::container<Scalars>(n, sttj::gen::any_scalar()); })},
        });
        return gen::apply(
            [](const std::string& c, bool has_message, const Scalars& m) {
                sttj::ErrorResponse response;
                response.code = *sttj::InlineString<sttj::error_code_capacity>::from(c);
                if (has_message) {
                    response.message = sttj::InlineString<sttj::error_message_capacity>::from(
                        sttj::gen::detail::utf8_at_most(m, sttj::error_message_capacity));
                }
                return response;
            },
            code, gen::arbitrary<bool>(), message_scalars);
    }
};

}  // namespace rc

namespace sttj::gen::inline STTJ_DETAIL_ISA {

/// A scalar value not allowed in a JobId: well-known troublemakers (controls,
/// '!', '#', a combining mark, an emoji, a format character, private use,
/// unassigned) or any other.
[[nodiscard]] inline rc::Gen<char32_t> disallowed_job_id_scalar() {
    return rc::gen::weightedOneOf<char32_t>({
        {1, rc::gen::element<char32_t>(U'!', U'#', U'~', U'\n', U'\0', U'\x7F', U'\x85', U'\u0301', U'\u200B',
                                       U'\uE000', U'\u0378', U'\uFFFE', U'\U0001F600', U'\U0010FFFF')},
        {2, rc::gen::suchThat(any_scalar(), [](char32_t c) { return !sttj::detail::is_job_id_scalar(c); })},
    });
}

/// "": JobIdReason::Empty.
[[nodiscard]] inline rc::Gen<InvalidJobId> empty_job_id() {
    return rc::gen::just(InvalidJobId{"", JobIdReason::Empty, 0});
}

/// 33 to 96 allowed scalars: JobIdReason::TooLong, at the 33rd.
[[nodiscard]] inline rc::Gen<InvalidJobId> too_long_job_id() {
    return rc::gen::apply(
        [](const std::string& head, const std::string& tail) {
            return InvalidJobId{head + tail, JobIdReason::TooLong, head.size()};
        },
        detail::allowed_text(32, 32, job_id_scalar()), detail::allowed_text(1, 64, job_id_scalar()));
}

/// Up to 32 allowed scalars, an ill-formed UTF-8 sequence (every
/// detail::Utf8Problem occurs), then any bytes: JobIdReason::Encoding.
[[nodiscard]] inline rc::Gen<InvalidJobId> ill_formed_job_id() {
    return rc::gen::apply(
        [](const std::string& head, const detail::IllFormed& bad, const std::string& tail) {
            return InvalidJobId{head + bad.bytes + (bad.at_end ? std::string{} : tail), JobIdReason::Encoding,
                                head.size()};
        },
        detail::allowed_text(0, 32, job_id_scalar()), detail::ill_formed_sequence(), rc::gen::arbitrary<std::string>());
}

/// Up to 31 allowed scalars, a disallowed one, then any bytes:
/// JobIdReason::Character.
[[nodiscard]] inline rc::Gen<InvalidJobId> job_id_with_bad_character() {
    return rc::gen::apply(
        [](const std::string& head, char32_t bad, const std::string& tail) {
            std::string text = head;
            detail::append_utf8(text, bad);
            return InvalidJobId{text + tail, JobIdReason::Character, head.size()};
        },
        detail::allowed_text(0, 31, job_id_scalar()), disallowed_job_id_scalar(), rc::gen::arbitrary<std::string>());
}

/// Invalid ids whose first problem is `reason`.
[[nodiscard]] inline rc::Gen<InvalidJobId> invalid_job_id(JobIdReason reason) {
    switch (reason) {
        case JobIdReason::Empty: return empty_job_id();
        case JobIdReason::TooLong: return too_long_job_id();
        case JobIdReason::Encoding: return ill_formed_job_id();
        case JobIdReason::Character: return job_id_with_bad_character();
    }
    return empty_job_id();
}

/// Invalid ids of every JobIdReason.
[[nodiscard]] inline rc::Gen<InvalidJobId> invalid_job_id() {
    return rc::gen::oneOf(empty_job_id(), too_long_job_id(), ill_formed_job_id(), job_id_with_bad_character());
}

namespace detail {

// A JSON member holding an invalid id: Encoding when its bytes are not
// UTF-8 (the reader stops there), else Constraint.
inline MalformedDocument with_invalid_id(const std::string& before, const InvalidJobId& id, const std::string& after) {
    const ErrorCategory category = well_formed(id.text) ? ErrorCategory::Constraint : ErrorCategory::Encoding;
    return {before + R"("JobId":)" + json_string(id.text) + after, "", category};
}

// A strict prefix of a valid document: Syntax, or Encoding when the cut
// falls inside a multi-byte sequence.
// The cut keeps at least one byte: an empty body is valid for some parsers.
[[nodiscard]] inline rc::Gen<MalformedDocument> truncated(rc::Gen<std::string> documents) {
    return rc::gen::mapcat(documents, [](const std::string& json) {
        return rc::gen::map(rc::gen::inRange<std::size_t>(1, json.size()), [json](std::size_t cut) {
            const std::string prefix = json.substr(0, cut);
            return MalformedDocument{prefix, "", well_formed(prefix) ? ErrorCategory::Syntax : ErrorCategory::Encoding};
        });
    });
}

inline MalformedDocument doc(std::string body, ErrorCategory category) { return {std::move(body), "", category}; }

// Broken JSON around a valid member list `members` (e.g. `"JobId":"a"`).
[[nodiscard]] inline rc::Gen<MalformedDocument> broken_syntax(rc::Gen<std::string> members) {
    return rc::gen::mapcat(members, [](const std::string& m) {
        const std::string o = "{" + m;
        return rc::gen::element(
            doc(o + ",}", ErrorCategory::Syntax),                        // trailing comma
            doc(o + "} x", ErrorCategory::Syntax),                       // data after the value
            doc(o + "}{}", ErrorCategory::Syntax),                       // two values
            doc(o + ",,}", ErrorCategory::Syntax),                       // empty member
            doc(o + "]", ErrorCategory::Syntax),                         // wrong bracket
            doc(o + " /* c */}", ErrorCategory::Syntax),                 // comment
            doc("\xEF\xBB\xBF" + o + "}", ErrorCategory::Syntax),        // byte order mark
            doc(o + "}" + std::string(1, '\0'), ErrorCategory::Syntax),  // NUL after the value
            doc(o + ",\"X\":01}", ErrorCategory::Syntax),                // leading zero
            doc(o + ",\"X\":NaN}", ErrorCategory::Syntax), doc(o + ",\"X\":'a'}", ErrorCategory::Syntax),
            doc(o + ",\"X\":\"\\x\"}", ErrorCategory::Syntax),        // bad escape
            doc(o + ",\"X\":\"\t\"}", ErrorCategory::Syntax),         // raw control
            doc(o + ",X:1}", ErrorCategory::Syntax),                  // unquoted name
            doc(o + ",\"X\":\"\\udc00\"}", ErrorCategory::Encoding),  // lone low surrogate
            doc(o + ",\"X\":\"\\ud800\"}", ErrorCategory::Encoding),  // lone high surrogate
            doc(o + ",\"X\":\"\xFF\"}", ErrorCategory::Encoding),     // not UTF-8
            // 513 levels: the object, then 512 arrays (the limit is 512).
            doc(o + ",\"X\":" + std::string(512, '[') + std::string(512, ']') + "}", ErrorCategory::Limit));
    });
}

// A valid JobId as a JSON string.
[[nodiscard]] inline rc::Gen<std::string> job_id_json() {
    return rc::gen::map(rc::gen::arbitrary<JobId>(), [](const JobId& id) { return json_string(id.view()); });
}

// A JSON value that is not a string and not null.
[[nodiscard]] inline rc::Gen<std::string> non_string_value() {
    return rc::gen::element<std::string>("1", "-0.5e3", "true", "false", "[]", R"(["a"])", "{}", R"({"a":"b"})");
}

// A JSON document that is not an object.
[[nodiscard]] inline rc::Gen<std::string> non_object_document() {
    return rc::gen::oneOf(rc::gen::element<std::string>("[]", "null", "0", "true", R"("x")", " [ {} ] "),
                          rc::gen::map(job_id_json(), [](const std::string& s) { return "[{\"JobId\":" + s + "}]"; }));
}

}  // namespace detail

/// Request bodies parse_request() must reject, of every category: broken
/// JSON, bad UTF-8, nesting beyond 512, wrong shapes (JobId missing, null,
/// mistyped or duplicated; not an object) and invalid ids.
[[nodiscard]] inline rc::Gen<MalformedDocument> malformed_request_document() {
    using detail::doc;
    const auto member = rc::gen::map(detail::job_id_json(), [](const std::string& s) { return "\"JobId\":" + s; });
    const auto canonical = rc::gen::map(rc::gen::arbitrary<StopTextTranslationJobRequest>(),
                                        [](const StopTextTranslationJobRequest& r) { return to_json(r); });
    return rc::gen::oneOf(
        detail::truncated(canonical), detail::broken_syntax(member),
        rc::gen::map(detail::non_object_document(), [](const std::string& s) { return doc(s, ErrorCategory::Schema); }),
        rc::gen::element(doc("{}", ErrorCategory::Schema), doc(R"({"jobId":"a"})", ErrorCategory::Schema),
                         doc(R"({"JobId":null})", ErrorCategory::Schema)),
        rc::gen::map(detail::non_string_value(),
                     [](const std::string& v) { return doc("{\"JobId\":" + v + "}", ErrorCategory::Schema); }),
        rc::gen::apply(
            [](const std::string& a, const std::string& b) {
                return doc("{\"JobId\":" + a + ",\"JobId\":" + b + "}", ErrorCategory::Schema);
            },
            detail::job_id_json(), detail::job_id_json()),
        rc::gen::map(invalid_job_id(), [](const InvalidJobId& id) { return detail::with_invalid_id("{", id, "}"); }),
        rc::gen::map(invalid_job_id(),
                     [](const InvalidJobId& id) { return detail::with_invalid_id(R"({"Other":[1,{}], )", id, " }"); }));
}

/// Response bodies parse_response_strict() must reject: as for requests (but
/// a missing member is fine, and an empty body is a valid response), plus
/// unknown or mistyped statuses and duplicated JobStatus. parse_response
/// rejects them alike, except that it keeps an unknown status.
[[nodiscard]] inline rc::Gen<MalformedDocument> malformed_response_document() {
    using detail::doc;
    const auto members = rc::gen::apply(
        [](const std::string& id, JobStatus status) {
            return "\"JobId\":" + id + ",\"JobStatus\":\"" + std::string(to_string(status)) + "\"";
        },
        detail::job_id_json(), rc::gen::arbitrary<JobStatus>());
    const auto canonical = rc::gen::map(rc::gen::arbitrary<StopTextTranslationJobResponse>(),
                                        [](const StopTextTranslationJobResponse& r) { return to_json(r); });
    // Text that is not a status name: a name in lower case, padded, cut, or any other text.
    const auto not_a_status = rc::gen::oneOf(
        rc::gen::map(rc::gen::arbitrary<JobStatus>(),
                     [](JobStatus st) {
                         std::string name{to_string(st)};
                         for (char& c : name) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
                         return name;
                     }),
        rc::gen::map(rc::gen::arbitrary<JobStatus>(), [](JobStatus st) { return " " + std::string(to_string(st)); }),
        rc::gen::map(rc::gen::arbitrary<JobStatus>(),
                     [](JobStatus st) { return std::string(to_string(st)).substr(1); }),
        rc::gen::element<std::string>("", "PAUSED", "STOPPING", "STOP REQUESTED", "COMPLETED_WITH_ERRORS"),
        rc::gen::map(rc::gen::container<std::vector<char32_t>>(any_scalar()),
                     [](const std::vector<char32_t>& v) { return detail::utf8(v) + "?"; }));
    return rc::gen::oneOf(
        detail::truncated(canonical), detail::broken_syntax(members),
        rc::gen::map(detail::non_object_document(), [](const std::string& s) { return doc(s, ErrorCategory::Schema); }),
        rc::gen::map(detail::non_string_value(),
                     [](const std::string& v) { return doc("{\"JobStatus\":" + v + "}", ErrorCategory::Schema); }),
        rc::gen::map(detail::non_string_value(),
                     [](const std::string& v) { return doc("{\"JobId\":" + v + "}", ErrorCategory::Schema); }),
        rc::gen::apply(
            [](JobStatus a, JobStatus b) {
                return doc("{\"JobStatus\":\"" + std::string(to_string(a)) + "\",\"JobStatus\":\"" +
                               std::string(to_string(b)) + "\"}",
                           ErrorCategory::Schema);
            },
            rc::gen::arbitrary<JobStatus>(), rc::gen::arbitrary<JobStatus>()),
        rc::gen::map(not_a_status,
                     [](const std::string& text) {
                         return doc("{\"JobStatus\":" + detail::json_string(text) + "}", ErrorCategory::Constraint);
                     }),
        rc::gen::map(invalid_job_id(), [](const InvalidJobId& id) {
            return detail::with_invalid_id("{", id, R"(,"JobStatus":"STOPPED"})");
        }));
}

/// Error responses parse_error() must reject (body and X-Amzn-Errortype
/// header): broken bodies, no code, an empty code (also after sanitizing),
/// mistyped or duplicated members, a code over 256 bytes, a header that is not
/// printable ASCII. Where a code was read whole before the body's problem,
/// parse_error keeps it instead and reports the problem as body_problem.
[[nodiscard]] inline rc::Gen<MalformedDocument> malformed_error_document() {
    using detail::doc;
    const auto code = rc::gen::element<std::string>("InternalServerException", "ResourceNotFoundException",
                                                    "aws.protocoltests.json#FooError", "E");
    const auto members = rc::gen::map(code, [](const std::string& c) { return "\"__type\":\"" + c + "\""; });
    const auto canonical =
        rc::gen::map(rc::gen::arbitrary<ErrorResponse>(), [](const ErrorResponse& e) { return to_json(e); });
    const auto long_code = rc::gen::map(rc::gen::inRange<std::size_t>(error_code_capacity + 1, 600), [](std::size_t n) {
        return doc(R"({"__type":"ns#)" + std::string(n, 'E') + "\"}", ErrorCategory::Limit);
    });
    const auto bad_header = rc::gen::apply(
        [](const std::string& before, unsigned char bad, const std::string& after) {
            return MalformedDocument{R"({"__type":"Ignored"})", before + static_cast<char>(bad) + after,
                                     ErrorCategory::Constraint};
        },
        rc::gen::element<std::string>("", "ns#", "Throttling"),
        rc::gen::oneOf(detail::byte_in(0x00, 0x1F), detail::byte_in(0x7F, 0xFF)),
        rc::gen::element<std::string>("", "Exception", ":uri"));
    return rc::gen::oneOf(
        detail::truncated(canonical), detail::broken_syntax(members), long_code, bad_header,
        rc::gen::map(detail::non_object_document(), [](const std::string& s) { return doc(s, ErrorCategory::Schema); }),
        rc::gen::element(doc("", ErrorCategory::Schema), doc("{}", ErrorCategory::Schema),
                         doc(R"({"message":"no code"})", ErrorCategory::Schema),
                         doc(R"({"__type":""})", ErrorCategory::Schema),
                         doc(R"({"__type":":http://example.com"})", ErrorCategory::Schema),
                         doc(R"({"__type":"ns#"})", ErrorCategory::Schema),
                         doc(R"({"code":"","__type":"E"})", ErrorCategory::Schema),
                         doc(R"({"code":null,"__type":null})", ErrorCategory::Schema),
                         doc(R"({"error":{"__type":"Nested"}})", ErrorCategory::Schema),
                         doc(R"({"__type":"A","__type":"B"})", ErrorCategory::Schema),
                         doc(R"({"__type":"A","message":1})", ErrorCategory::Schema),
                         MalformedDocument{"{}", ":only-a-uri", ErrorCategory::Schema}),
        rc::gen::map(detail::non_string_value(),
                     [](const std::string& v) { return doc("{\"code\":" + v + "}", ErrorCategory::Schema); }));
}

// Counterexamples print readably.
inline void showValue(const InvalidJobId& id, std::ostream& os) {
    os << "InvalidJobId{" << detail::json_string(id.text) << ", " << to_string(id.reason) << " at " << id.offset << "}";
}
inline void showValue(const MalformedDocument& d, std::ostream& os) {
    os << "MalformedDocument{body " << detail::json_string(d.body) << ", header "
       << detail::json_string(d.error_type_header) << ", " << to_string(d.category) << "}";
}

}  // namespace sttj::gen::inline STTJ_DETAIL_ISA

namespace sttj::inline STTJ_DETAIL_ISA {

inline void showValue(const JobId& id, std::ostream& os) { os << "JobId " << gen::detail::json_string(id.view()); }
inline void showValue(JobStatus status, std::ostream& os) { os << to_string(status); }
inline void showValue(const StopTextTranslationJobRequest& r, std::ostream& os) { os << to_json(r); }
inline void showValue(const StopTextTranslationJobResponse& r, std::ostream& os) { os << to_json(r); }
inline void showValue(const ErrorResponse& e, std::ostream& os) {
    os << to_json(e) << (e.message_truncated ? " (message truncated)" : "");
}

}  // namespace sttj::inline STTJ_DETAIL_ISA

#endif  // STTJ_TESTING_RAPIDCHECK_HPP
