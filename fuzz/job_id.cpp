// Fuzz target: the JobId validator, differentially. The input bytes are the
// would-be JobId. Built three times: `job_id` (SSE2 fast path when the
// target has SSE2), `job_id_nosimd` (-DSTTJ_NO_SIMD: the definition at run
// time, as without SSE2) and `job_id_ssse3` (-mssse3 -mpopcnt: the PSHUFB
// ASCII check).
// Oracles (each aborts on failure):
//  - sttj::find_job_id_error (fast path on) and
//    sttj::detail::find_job_id_error_scalar (the definition) both return
//    exactly what a deliberately simple reference returns: verdict, reason,
//    offset, code point and UTF-8 problem. The reference is a plain UTF-8
//    decoder written here (classifying by decoded value, not by byte tables)
//    and ICU's u_charType for the general categories (ICU 72 = Unicode 15.0,
//    checked at start-up);
//  - JobId::make and is_valid_job_id agree with it;
//  - the JSON path agrees: {"JobId":"<id>"} with the id written raw (JSON
//    escapes only where required) or with every scalar as a \u escape is
//    accepted exactly when the id is valid, else fails with Encoding at the
//    first ill-formed byte anywhere in the id, or Constraint at the first
//    problem (the opening quote for an empty id);
//  - a valid id's request serializes to {"JobId":"<id>"} byte for byte.

#include <unicode/uchar.h>
#include <unicode/uversion.h>

#include <optional>

#include "../tests/support/icu_oracle.hpp"
#include "common.hpp"

namespace {

using sttj::JobIdError;
using sttj::JobIdReason;
using sttj::detail::Utf8Problem;

struct Decoded {
    char32_t code_point;
    std::size_t length;  // 0 when problem != None
    Utf8Problem problem;
};

// Unicode 15.0 section 3.9, table 3-7, applied by value: find the sequence
// length from the lead byte's bit pattern, then judge the range the first two
// bytes fix before looking at the rest (the library's order of checks).
Decoded reference_decode(std::string_view text, std::size_t pos) {
    const auto byte_at = [&](std::size_t i) { return static_cast<unsigned>(static_cast<unsigned char>(text[i])); };
    const unsigned lead = byte_at(pos);
    if (lead <= 0x7F) return {lead, 1, Utf8Problem::None};
    if ((lead & 0xC0) == 0x80) return {0, 0, Utf8Problem::StrayContinuation};
    std::size_t length = 0;
    char32_t value = 0;
    char32_t smallest = 0;
    if ((lead & 0xE0) == 0xC0) {
        length = 2;
        value = lead & 0x1F;
        smallest = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
        length = 3;
        value = lead & 0x0F;
        smallest = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
        length = 4;
        value = lead & 0x07;
        smallest = 0x10000;
    } else {
        return {0, 0, Utf8Problem::InvalidByte};  // F8..FF
    }
    if (length == 2 && value < 2) return {0, 0, Utf8Problem::InvalidByte};  // C0, C1: always overlong
    if (length == 4 && value > 4) return {0, 0, Utf8Problem::InvalidByte};  // F5..F7: always above U+10FFFF
    for (std::size_t i = 1; i < length; ++i) {
        if (pos + i >= text.size()) return {0, 0, Utf8Problem::Truncated};
        const unsigned next = byte_at(pos + i);
        if ((next & 0xC0) != 0x80) return {0, 0, Utf8Problem::BadContinuation};
        value = (value << 6) | (next & 0x3F);
        if (i == 1) {
            const unsigned shift = 6 * static_cast<unsigned>(length - 2);
            const char32_t low = value << shift;
            const char32_t high = low | ((char32_t{1} << shift) - 1);
            if (high < smallest) return {0, 0, Utf8Problem::Overlong};
            if (low >= 0xD800 && high <= 0xDFFF) return {0, 0, Utf8Problem::Surrogate};
            if (low > 0x10FFFF) return {0, 0, Utf8Problem::TooLarge};
        }
    }
    return {value, length, Utf8Problem::None};
}

std::optional<JobIdError> reference_find_error(std::string_view id) {
    if (id.empty()) return JobIdError{JobIdReason::Empty, 0, 0};
    std::size_t scalars = 0;
    for (std::size_t pos = 0; pos < id.size();) {
        const Decoded d = reference_decode(id, pos);
        if (d.problem != Utf8Problem::None) {
            return JobIdError{JobIdReason::Encoding, pos, static_cast<unsigned char>(id[pos]), d.problem};
        }
        ++scalars;
        if (scalars > 32) return JobIdError{JobIdReason::TooLong, pos, 0};
        if (!sttj_test::icu_allowed(d.code_point)) return JobIdError{JobIdReason::Character, pos, d.code_point};
        pos += d.length;
    }
    return std::nullopt;
}

// Offset of the first ill-formed sequence anywhere in `id`, if any.
std::optional<std::size_t> first_ill_formed(std::string_view id) {
    for (std::size_t pos = 0; pos < id.size();) {
        const Decoded d = reference_decode(id, pos);
        if (d.problem != Utf8Problem::None) return pos;
        pos += d.length;
    }
    return std::nullopt;
}

void append_u_escape(std::string& out, unsigned unit) {
    constexpr std::string_view hex = "0123456789ABCDEF";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) out += hex[(unit >> shift) & 0xF];
}

// {"JobId":"<id>"}; at[i] is the JSON offset where id byte i's text starts
// (at[id.size()] is the closing quote). With all_escaped, every well-formed
// scalar is written as \u escapes; ill-formed bytes are always written raw.
std::string request_json(std::string_view id, bool all_escaped, std::vector<std::size_t>& at) {
    std::string json = R"({"JobId":")";
    at.assign(id.size() + 1, 0);
    for (std::size_t pos = 0; pos < id.size();) {
        const Decoded d = reference_decode(id, pos);
        at[pos] = json.size();
        if (d.problem != Utf8Problem::None) {
            json += id[pos++];
            continue;
        }
        const char32_t c = d.code_point;
        if (all_escaped) {
            if (c >= 0x10000) {
                append_u_escape(json, 0xD800 + ((c - 0x10000) >> 10));
                append_u_escape(json, 0xDC00 + ((c - 0x10000) & 0x3FF));
            } else {
                append_u_escape(json, c);
            }
        } else if (c == '"' || c == '\\') {
            json += '\\';
            json += static_cast<char>(c);
        } else if (c < 0x20) {
            append_u_escape(json, c);
        } else {
            json.append(id.substr(pos, d.length));
        }
        for (std::size_t k = 1; k < d.length; ++k) at[pos + k] = json.size();
        pos += d.length;
    }
    at[id.size()] = json.size();
    json += "\"}";
    return json;
}

void check_json_path(std::string_view id, const std::optional<JobIdError>& expected, bool all_escaped) {
    std::vector<std::size_t> at;
    const std::string json = request_json(id, all_escaped, at);
    const auto request = sttj::parse_request(json);
    if (!expected) {
        STTJ_FUZZ_CHECK(request.has_value() && request->job_id.view() == id);
        return;
    }
    STTJ_FUZZ_CHECK(!request.has_value());
    if (const auto bad = first_ill_formed(id)) {
        STTJ_FUZZ_CHECK(request.error().category == sttj::ErrorCategory::Encoding);
        STTJ_FUZZ_CHECK(request.error().offset == at[*bad]);
    } else {
        STTJ_FUZZ_CHECK(request.error().category == sttj::ErrorCategory::Constraint);
        const std::size_t where = expected->reason == JobIdReason::Empty ? at[0] - 1 : at[expected->offset];
        STTJ_FUZZ_CHECK(request.error().offset == where);
        STTJ_FUZZ_CHECK(request.error().member == sttj::wire::job_id);
    }
}

void check_icu_version() {
    static const bool checked = [] {
        UVersionInfo version;
        u_getUnicodeVersion(version);
        if (version[0] != 15 || version[1] != 0) {
            std::fprintf(stderr, "job_id fuzzer: ICU implements Unicode %d.%d, sttj's table is 15.0\n", version[0],
                         version[1]);
            std::abort();
        }
        return true;
    }();
    (void)checked;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    check_icu_version();
    const std::string_view id = sttj_fuzz::as_text(data, size);

    const std::optional<JobIdError> expected = reference_find_error(id);
    STTJ_FUZZ_CHECK(sttj::find_job_id_error(id) == expected);
    STTJ_FUZZ_CHECK(sttj::detail::find_job_id_error_scalar(id) == expected);
    STTJ_FUZZ_CHECK(sttj::is_valid_job_id(id) == !expected.has_value());

    const auto made = sttj::JobId::make(id);
    STTJ_FUZZ_CHECK(made.has_value() == !expected.has_value());
    if (made) {
        STTJ_FUZZ_CHECK(made->view() == id);
        const std::string canonical = R"({"JobId":")" + std::string(id) + "\"}";
        STTJ_FUZZ_CHECK(sttj::to_json(sttj::StopTextTranslationJobRequest{*made}) == canonical);
    } else {
        STTJ_FUZZ_CHECK(made.error() == *expected);
    }

    // The JSON path; ids far past 32 scalars add nothing but time.
    if (size <= 4 * sttj::job_id_max_bytes) {
        check_json_path(id, expected, false);
        check_json_path(id, expected, true);
    }
    return 0;
}
