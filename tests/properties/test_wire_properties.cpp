// RapidCheck properties of the wire format: round trip, fixed point, noise
// invariance (member order, whitespace, escapes, unknown members), prefix
// rejection and robustness to flipped bytes. Every document is parsed from
// an exact-size heap buffer (exact_buffer.hpp), so ASan flags a read past
// its end.
// The header comes first: this proves it is self-contained.
#include <sttj/parse.hpp>
#include <sttj/parse_error.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <sttj/serialize.hpp>

#include <rapidcheck.h>
#include <rapidcheck/catch.h>

#include <catch2/catch.hpp>

#include "../support/exact_buffer.hpp"

using sttj::ErrorCategory;
using sttj::ErrorResponse;
using sttj::JobId;
using sttj::JobStatus;
using sttj::LenientStopTextTranslationJobResponse;
using sttj::StopTextTranslationJobRequest;
using sttj::StopTextTranslationJobResponse;

namespace {

// ---------------------------------------------------------------- the parsers on exact buffers

// Each parser on a copy of `doc` alone in a heap allocation of its size: a
// std::string would put its NUL terminator after the document, where a read
// past the end goes unnoticed.
sttj::Result<StopTextTranslationJobRequest> parse_request(std::string_view doc) {
    const sttj_test::ExactBytes exact{doc};
    return sttj::parse_request(exact.view());
}
sttj::Result<StopTextTranslationJobResponse> parse_response(std::string_view doc) {
    const sttj_test::ExactBytes exact{doc};
    return sttj::parse_response(exact.view());
}
sttj::Result<LenientStopTextTranslationJobResponse> parse_response_lenient(std::string_view doc) {
    const sttj_test::ExactBytes exact{doc};
    return sttj::parse_response_lenient(exact.view());
}
sttj::Result<ErrorResponse> parse_error(std::string_view body, std::string_view header = {}) {
    const sttj_test::ExactBytes exact_body{body};
    const sttj_test::ExactBytes exact_header{header};
    return sttj::parse_error(exact_body.view(), exact_header.view());
}

// ---------------------------------------------------------------- UTF-8 helpers

std::string encode(std::uint32_t cp) {
    char bytes[4] = {};
    const std::size_t n = sttj::detail::encode_utf8(static_cast<char32_t>(cp), bytes);
    return std::string(bytes, n);
}

/// The scalars of well-formed UTF-8 text.
std::vector<std::uint32_t> scalars_of(std::string_view utf8) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto step = sttj::detail::decode_utf8(utf8, i);
        if (step.problem != sttj::detail::Utf8Problem::None) throw std::logic_error("ill-formed test text");
        out.push_back(static_cast<std::uint32_t>(step.code_point));
        i += step.length;
    }
    return out;
}

/// Encodes scalars, stopping before the first that would pass `max_bytes`.
std::string encode_up_to(const std::vector<std::uint32_t>& scalars, std::size_t max_bytes) {
    std::string out;
    for (const std::uint32_t cp : scalars) {
        const std::string one = encode(cp);
        if (out.size() + one.size() > max_bytes) break;
        out += one;
    }
    return out;
}

// ------------------------------------------------------------------ generators

const std::string ascii_job_id_chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.:/=+-%@ ";

// Non-ASCII scalars in L, Z or N: letters of several scripts and sizes,
// spaces (Zs, Zl, Zp), digits and other numbers.
const std::vector<std::uint32_t> non_ascii_job_id_scalars = {
    0x00AA, 0x00B2, 0x00B5, 0x00BC, 0x00C9, 0x00E9,  0x00A0,  0x0394,  0x0416,  0x05D0,
    0x0627, 0x0661, 0x0915, 0x0E01, 0x1680, 0x2028,  0x2029,  0x2003,  0x202F,  0x2160,
    0x3000, 0x3042, 0x30A2, 0xFF21, 0xFF10, 0x10400, 0x1D400, 0x1D7CE, 0x1F100, 0x2F800,
};
// Ranges wholly in Lo in Unicode 15.0: CJK Unified Ideographs, Hangul
// syllables, CJK Extension B. [first, last).
const std::vector<std::pair<std::uint32_t, std::uint32_t>> lo_ranges = {
    {0x4E00, 0xA000}, {0xAC00, 0xD7A4}, {0x20000, 0x2A6E0}};

rc::Gen<std::uint32_t> job_id_scalar() {
    return rc::gen::weightedOneOf<std::uint32_t>({
        {8, rc::gen::map(rc::gen::elementOf(ascii_job_id_chars), [](char c) { return static_cast<std::uint32_t>(c); })},
        {2, rc::gen::elementOf(non_ascii_job_id_scalars)},
        {1, rc::gen::inRange(lo_ranges[0].first, lo_ranges[0].second)},
        {1, rc::gen::inRange(lo_ranges[1].first, lo_ranges[1].second)},
        {1, rc::gen::inRange(lo_ranges[2].first, lo_ranges[2].second)},
    });
}

/// A valid JobId's text: 1 to 32 scalars, ASCII and non-ASCII mixed.
rc::Gen<std::string> job_id_text() {
    return rc::gen::suchThat(
        rc::gen::mapcat(rc::gen::inRange<std::size_t>(1, 33),
                        [](std::size_t n) {
                            return rc::gen::map(
                                rc::gen::container<std::vector<std::uint32_t>>(n, job_id_scalar()),
                                [](const std::vector<std::uint32_t>& s) { return encode_up_to(s, 128); });
                        }),
        [](const std::string& id) { return sttj::is_valid_job_id(id); });
}

rc::Gen<JobStatus> job_status() { return rc::gen::elementOf(sttj::all_job_statuses); }

/// Any Unicode scalar, weighted towards the ones that need care in JSON.
rc::Gen<std::uint32_t> any_scalar() {
    return rc::gen::weightedOneOf<std::uint32_t>({
        {6, rc::gen::inRange<std::uint32_t>(0x20, 0x7F)},
        {1, rc::gen::inRange<std::uint32_t>(0, 0x20)},
        {1, rc::gen::elementOf(std::vector<std::uint32_t>{'"', '\\', '/', 0x7F, 0x2028, 0x2029, 0xFEFF, 0xFFFF})},
        {1, rc::gen::inRange<std::uint32_t>(0x80, 0xD800)},
        {1, rc::gen::inRange<std::uint32_t>(0xE000, 0x10000)},
        {1, rc::gen::inRange<std::uint32_t>(0x10000, 0x110000)},
    });
}

/// Well-formed UTF-8 text of at most `max_bytes` bytes.
rc::Gen<std::string> utf8_text(std::size_t max_scalars, std::size_t max_bytes) {
    return rc::gen::mapcat(rc::gen::inRange<std::size_t>(0, max_scalars + 1), [max_bytes](std::size_t n) {
        return rc::gen::map(rc::gen::container<std::vector<std::uint32_t>>(n, any_scalar()),
                            [max_bytes](const std::vector<std::uint32_t>& s) { return encode_up_to(s, max_bytes); });
    });
}

/// An error code: 1 to 256 printable ASCII bytes, no ':' or '#' (so sanitizing keeps it).
rc::Gen<std::string> error_code_text() {
    std::string allowed;
    for (char c = 0x20; c < 0x7F; ++c) {
        if (c != ':' && c != '#') allowed += c;
    }
    return rc::gen::mapcat(rc::gen::inRange<std::size_t>(1, 257), [allowed](std::size_t n) {
        return rc::gen::container<std::string>(n, rc::gen::elementOf(allowed));
    });
}

// Values from generated pieces (drawn inside a property).

JobId make_id(const std::string& text) {
    const auto made = JobId::make(text);
    RC_ASSERT(made.has_value());
    return *made;
}

StopTextTranslationJobRequest any_request() { return {make_id(*job_id_text())}; }

StopTextTranslationJobResponse any_response() {
    StopTextTranslationJobResponse r;
    if (*rc::gen::arbitrary<bool>()) r.job_id = make_id(*job_id_text());
    if (*rc::gen::arbitrary<bool>()) r.job_status = *job_status();
    return r;
}

LenientStopTextTranslationJobResponse any_lenient() {
    LenientStopTextTranslationJobResponse r;
    const auto text = [] { return *sttj::InlineString<sttj::lenient_text_capacity>::from(*utf8_text(100, 256)); };
    if (*rc::gen::arbitrary<bool>()) r.job_id = text();
    if (*rc::gen::arbitrary<bool>()) r.job_status = text();
    return r;
}

ErrorResponse any_error() {
    ErrorResponse e;
    e.code = *sttj::InlineString<sttj::error_code_capacity>::from(*error_code_text());
    if (*rc::gen::arbitrary<bool>()) {
        // Usually short, sometimes up to the 1024-byte capacity.
        const std::size_t max_scalars = *rc::gen::element(std::size_t{20}, std::size_t{200}, std::size_t{1100});
        e.message = *sttj::InlineString<sttj::error_message_capacity>::from(*utf8_text(max_scalars, 1024));
    }
    return e;
}

// ------------------------------------------------------------ noisy documents

/// Writes JSON the way a sloppy but valid producer might: random whitespace,
/// random escapes, members in random order, unknown members of every type.
class NoisyWriter {
public:
    std::string ws() {
        std::string out;
        const int n = *rc::gen::weightedElement<int>({{4, 0}, {2, 1}, {1, 2}, {1, 4}});
        for (int i = 0; i < n; ++i) out += *rc::gen::element(' ', '\t', '\n', '\r');
        return out;
    }

    /// A JSON string for well-formed UTF-8 `text`, each scalar raw or escaped.
    std::string string(std::string_view text) {
        std::string out = "\"";
        for (const std::uint32_t cp : scalars_of(text)) {
            const int how = *rc::gen::inRange(0, 4);
            const char* short_form = nullptr;
            switch (cp) {
                case '"': short_form = "\\\""; break;
                case '\\': short_form = "\\\\"; break;
                case '\b': short_form = "\\b"; break;
                case '\f': short_form = "\\f"; break;
                case '\n': short_form = "\\n"; break;
                case '\r': short_form = "\\r"; break;
                case '\t': short_form = "\\t"; break;
                case '/': short_form = "\\/"; break;
                default: break;
            }
            const bool must_escape = cp == '"' || cp == '\\' || cp < 0x20;
            if (!must_escape && how <= 1) {
                out += encode(cp);
            } else if (short_form != nullptr && how != 3) {
                out += short_form;
            } else if (cp < 0x10000) {
                out += u_escape(cp);
            } else {
                const std::uint32_t v = cp - 0x10000;
                out += u_escape(0xD800 + (v >> 10));
                out += u_escape(0xDC00 + (v & 0x3FF));
            }
        }
        return out + "\"";
    }

    /// Any JSON value, nested at most `depth` more levels.
    std::string value(int depth) {
        switch (*rc::gen::inRange(0, depth > 0 ? 7 : 5)) {
            case 0: return "null";
            case 1: return *rc::gen::element<std::string>("true", "false");
            case 2:
                return *rc::gen::element<std::string>("0", "-0", "7", "-12", "3.25", "-0.5e-3", "1E+2", "6.02e23",
                                                      "123456789012345678901234567890", "1e999", "-0.0E0");
            case 3: return string(*utf8_text(8, 64));
            case 4:
                return string(*rc::gen::element<std::string>("JobId", "JobStatus", "__type", "code", "message",
                                                             "Message", "STOPPED", ""));
            case 5: {
                const int n = *rc::gen::inRange(0, 4);
                std::string out = "[" + ws();
                for (int i = 0; i < n; ++i) out += (i ? "," + ws() : "") + value(depth - 1) + ws();
                return out + "]";
            }
            default: {
                std::vector<std::string> members;
                const int n = *rc::gen::inRange(0, 4);
                // Nested objects may reuse the known names: only the top level counts.
                for (int i = 0; i < n; ++i) members.push_back(member(any_name(), value(depth - 1)));
                return object(std::move(members));
            }
        }
    }

    /// A member name none of the parsers knows ("x..." never is one).
    std::string unknown_name() { return "x" + *utf8_text(6, 24); }
    /// Any name, known ones included.
    std::string any_name() {
        if (*rc::gen::inRange(0, 4) != 0) return unknown_name();
        return *rc::gen::element<std::string>("JobId", "JobStatus", "__type", "code", "message", "Message");
    }

    /// `"name" : value` with noise.
    std::string member(std::string_view name, const std::string& value_text) {
        return string(name) + ws() + ":" + ws() + value_text;
    }

    /// Adds 0..3 unknown members, shuffles, and writes the object.
    std::string document(std::vector<std::string> members) {
        const int extra = *rc::gen::inRange(0, 4);
        for (int i = 0; i < extra; ++i) members.push_back(member(unknown_name(), value(3)));
        shuffle(members);
        return ws() + object(std::move(members)) + ws();
    }

private:
    std::string u_escape(std::uint32_t unit) {
        constexpr std::string_view lower = "0123456789abcdef";
        constexpr std::string_view upper = "0123456789ABCDEF";
        std::string out = "\\u";
        for (int shift = 12; shift >= 0; shift -= 4) {
            const auto digit = (unit >> shift) & 0xF;
            out += *rc::gen::arbitrary<bool>() ? upper[digit] : lower[digit];
        }
        return out;
    }

    std::string object(std::vector<std::string> members) {
        std::string out = "{" + ws();
        for (std::size_t i = 0; i < members.size(); ++i) out += (i ? "," + ws() : "") + members[i] + ws();
        return out + "}";
    }

    static void shuffle(std::vector<std::string>& items) {
        for (std::size_t i = items.size(); i > 1; --i) {
            std::swap(items[i - 1], items[*rc::gen::inRange<std::size_t>(0, i)]);
        }
    }
};

std::string noisy(NoisyWriter& w, const StopTextTranslationJobRequest& r) {
    return w.document({w.member("JobId", w.string(r.job_id.view()))});
}

// An absent optional member is left out or written as null.
template <class Text>
void optional_member(NoisyWriter& w, std::vector<std::string>& members, std::string_view name,
                     const std::optional<Text>& text) {
    if (text) {
        members.push_back(w.member(name, w.string(*text)));
    } else if (*rc::gen::arbitrary<bool>()) {
        members.push_back(w.member(name, "null"));
    }
}

std::string noisy(NoisyWriter& w, const StopTextTranslationJobResponse& r) {
    std::vector<std::string> members;
    optional_member(w, members, "JobId", r.job_id ? std::optional<std::string_view>{r.job_id->view()} : std::nullopt);
    optional_member(w, members, "JobStatus",
                    r.job_status ? std::optional<std::string_view>{r.job_status->wire_name()} : std::nullopt);
    return w.document(std::move(members));
}

std::string noisy(NoisyWriter& w, const LenientStopTextTranslationJobResponse& r) {
    std::vector<std::string> members;
    optional_member(w, members, "JobId", r.job_id ? std::optional<std::string_view>{r.job_id->view()} : std::nullopt);
    optional_member(w, members, "JobStatus",
                    r.job_status ? std::optional<std::string_view>{r.job_status->view()} : std::nullopt);
    return w.document(std::move(members));
}

/// A noisy error body, and the X-Amzn-Errortype header to pass with it (maybe empty).
std::pair<std::string, std::string> noisy(NoisyWriter& w, const ErrorResponse& e) {
    const std::string code{e.code.view()};
    // The code with a namespace and a URI that sanitizing removes.
    const auto decorated = [&] {
        std::string out = code;
        if (*rc::gen::arbitrary<bool>()) out = *rc::gen::element<std::string>("aws.ns#", "#", "a.b.c#") + out;
        if (*rc::gen::arbitrary<bool>()) out += *rc::gen::element<std::string>(":", ":http://internal.example/x#y");
        return out;
    };
    std::vector<std::string> members;
    std::string header;
    switch (*rc::gen::inRange(0, 4)) {
        case 0: members.push_back(w.member("__type", w.string(decorated()))); break;
        case 1: members.push_back(w.member("code", w.string(decorated()))); break;
        case 2:  // code beats __type
            members.push_back(w.member("code", w.string(decorated())));
            members.push_back(w.member("__type", w.string("OtherError")));
            break;
        default:  // the header beats both
            header = decorated();
            if (*rc::gen::arbitrary<bool>()) members.push_back(w.member("__type", w.string("OtherError")));
            if (*rc::gen::arbitrary<bool>()) members.push_back(w.member("code", w.string("OtherCode")));
            break;
    }
    if (e.message) {
        if (*rc::gen::arbitrary<bool>()) {
            members.push_back(w.member("message", w.string(e.message->view())));
            if (*rc::gen::arbitrary<bool>()) members.push_back(w.member("Message", w.string("ignored")));
        } else {
            members.push_back(w.member("Message", w.string(e.message->view())));
            if (*rc::gen::arbitrary<bool>()) members.push_back(w.member("message", "null"));
        }
    } else if (*rc::gen::arbitrary<bool>()) {
        members.push_back(w.member(*rc::gen::element<std::string>("message", "Message"), "null"));
    }
    // With a header and no members, the body may be empty.
    if (!header.empty() && members.empty() && *rc::gen::arbitrary<bool>()) return {w.ws(), header};
    return {w.document(std::move(members)), header};
}

// ------------------------------------------------------------------ helpers

std::string describe(const sttj::Error& e) {
    return std::string{sttj::to_string(e.category)} + " at " + std::to_string(e.offset) + ": " +
           std::string{e.message} + " (member '" + std::string{e.member} + "')";
}

template <class T>
T require_value(const sttj::Result<T>& result, std::string_view input) {
    if (!result) RC_FAIL("rejected: " + describe(result.error()) + "\ninput: " + std::string{input});
    return *result;
}

}  // namespace

// =====================================================================
// The generators
// =====================================================================

TEST_CASE("generator pools hold only allowed JobId scalars", "[properties][generators]") {
    for (const char c : ascii_job_id_chars) {
        INFO("ASCII " << c);
        CHECK(sttj::is_valid_job_id(std::string(1, c)));
    }
    for (const std::uint32_t cp : non_ascii_job_id_scalars) {
        INFO("U+" << std::hex << cp);
        CHECK(sttj::is_valid_job_id(encode(cp)));
    }
    std::size_t checked = 0;
    for (const auto& [first, last] : lo_ranges) {
        for (std::uint32_t cp = first; cp < last; ++cp, ++checked) {
            if (!sttj::is_valid_job_id(encode(cp))) FAIL("U+" << std::hex << cp << " is not an allowed JobId scalar");
        }
    }
    CHECK(checked == (0xA000 - 0x4E00) + (0xD7A4 - 0xAC00) + (0x2A6E0 - 0x20000));
    // And the pools are not too generous: neighbours outside them are rejected.
    CHECK_FALSE(sttj::is_valid_job_id(encode(0xD7A4)));   // unassigned
    CHECK_FALSE(sttj::is_valid_job_id(encode(0x2A6E0)));  // unassigned
    CHECK_FALSE(sttj::is_valid_job_id("!"));
}

TEST_CASE("generated values are valid", "[properties][generators]") {
    rc::prop("job_id_text() gives valid JobIds of 1 to 32 scalars", [] {
        const std::string id = *job_id_text();
        RC_ASSERT(sttj::is_valid_job_id(id));
        RC_ASSERT(!scalars_of(id).empty());
        RC_ASSERT(scalars_of(id).size() <= 32u);
        RC_TAG(scalars_of(id).size() == id.size() ? "ASCII" : "non-ASCII");
    });
    rc::prop("error codes survive sanitizing", [] {
        const std::string code = *error_code_text();
        RC_ASSERT(sttj::sanitize_error_code(code) == code);
        RC_ASSERT(!code.empty());
        RC_ASSERT(code.size() <= sttj::error_code_capacity);
    });
}

// =====================================================================
// Round trip: parse(to_json(x)) == x
// =====================================================================

TEST_CASE("round trip: parse(to_json(x)) == x", "[properties][round-trip]") {
    rc::prop("request", [] {
        const auto x = any_request();
        const std::string json = sttj::to_json(x);
        RC_ASSERT(require_value(parse_request(json), json) == x);
    });
    rc::prop("response", [] {
        const auto x = any_response();
        const std::string json = sttj::to_json(x);
        RC_ASSERT(require_value(parse_response(json), json) == x);
    });
    rc::prop("lenient response", [] {
        const auto x = any_lenient();
        const std::string json = sttj::to_json(x);
        RC_ASSERT(require_value(parse_response_lenient(json), json) == x);
    });
    rc::prop("error response", [] {
        const auto x = any_error();
        const std::string json = sttj::to_json(x);
        RC_ASSERT(require_value(parse_error(json), json) == x);
    });
    rc::prop("error codes holding '#' round trip too (written with a leading '#')", [] {
        std::string code = *error_code_text();
        const std::size_t hashes = *rc::gen::inRange<std::size_t>(1, 4);
        for (std::size_t i = 0; i < hashes && code.size() < sttj::error_code_capacity; ++i) {
            code.insert(*rc::gen::inRange<std::size_t>(0, code.size() + 1), 1, '#');
        }
        ErrorResponse x;
        x.code = *sttj::InlineString<sttj::error_code_capacity>::from(code);
        const std::string json = sttj::to_json(x);
        RC_ASSERT(require_value(parse_error(json), json) == x);
    });
    rc::prop("the lenient parser agrees with the strict one on valid responses", [] {
        const auto x = any_response();
        const std::string json = sttj::to_json(x);
        const auto lenient = require_value(parse_response_lenient(json), json);
        RC_ASSERT(lenient.job_id.has_value() == x.job_id.has_value());
        if (x.job_id) RC_ASSERT(lenient.job_id->view() == x.job_id->view());
        RC_ASSERT(lenient.known_job_status() == x.job_status);
        RC_ASSERT(sttj::to_json(lenient) == json);
    });
}

// =====================================================================
// Noise never changes the parsed value, and to_json(parse(s)) is a fixed point
// =====================================================================

TEST_CASE("noise never changes the parsed value", "[properties][noise]") {
    rc::prop("request", [] {
        const auto x = any_request();
        NoisyWriter w;
        const std::string doc = noisy(w, x);
        RC_ASSERT(require_value(parse_request(doc), doc) == x);
    });
    rc::prop("response", [] {
        const auto x = any_response();
        NoisyWriter w;
        const std::string doc = noisy(w, x);
        RC_ASSERT(require_value(parse_response(doc), doc) == x);
    });
    rc::prop("lenient response", [] {
        const auto x = any_lenient();
        NoisyWriter w;
        const std::string doc = noisy(w, x);
        RC_ASSERT(require_value(parse_response_lenient(doc), doc) == x);
    });
    rc::prop("error response", [] {
        const auto x = any_error();
        NoisyWriter w;
        const auto [body, header] = noisy(w, x);
        RC_LOG() << "header: " << header << "\n";
        RC_ASSERT(require_value(parse_error(body, header), body) == x);
    });
}

TEST_CASE("to_json(parse(s)) is a fixed point", "[properties][fixed-point]") {
    rc::prop("request", [] {
        NoisyWriter w;
        const std::string doc = noisy(w, any_request());
        const std::string once = sttj::to_json(require_value(parse_request(doc), doc));
        const std::string twice = sttj::to_json(require_value(parse_request(once), once));
        RC_ASSERT(twice == once);
    });
    rc::prop("response", [] {
        NoisyWriter w;
        const std::string doc = noisy(w, any_response());
        const std::string once = sttj::to_json(require_value(parse_response(doc), doc));
        const std::string twice = sttj::to_json(require_value(parse_response(once), once));
        RC_ASSERT(twice == once);
    });
    rc::prop("lenient response", [] {
        NoisyWriter w;
        const std::string doc = noisy(w, any_lenient());
        const std::string once = sttj::to_json(require_value(parse_response_lenient(doc), doc));
        const std::string twice = sttj::to_json(require_value(parse_response_lenient(once), once));
        RC_ASSERT(twice == once);
    });
    rc::prop("error response", [] {
        NoisyWriter w;
        const auto [body, header] = noisy(w, any_error());
        const std::string once = sttj::to_json(require_value(parse_error(body, header), body));
        const std::string twice = sttj::to_json(require_value(parse_error(once), once));
        RC_ASSERT(twice == once);
    });
}

// =====================================================================
// Every proper non-empty prefix of a canonical document is rejected
// =====================================================================

namespace {
// A prefix ends inside the document: the error is a syntax error at the very
// end, or (when the cut splits a UTF-8 sequence) a truncated sequence that
// starts less than 4 bytes before the end.
void check_prefix_error(const std::optional<sttj::Error>& error, std::size_t size, const std::string& prefix) {
    if (!error) RC_FAIL("accepted the prefix: " + prefix);
    if (error->category == ErrorCategory::Syntax) {
        RC_ASSERT(error->offset == size);
    } else {
        RC_ASSERT(error->category == ErrorCategory::Encoding);
        RC_ASSERT(error->message == "truncated UTF-8 sequence");
        RC_ASSERT(error->offset < size);
        RC_ASSERT(size - error->offset < 4u);
    }
}
template <class T>
std::optional<sttj::Error> error_of(const sttj::Result<T>& r) {
    return r ? std::nullopt : std::optional{r.error()};
}
}  // namespace

TEST_CASE("proper prefixes of canonical documents are rejected", "[properties][prefix]") {
    rc::prop("request (the empty prefix too)", [] {
        const std::string doc = sttj::to_json(any_request());
        for (std::size_t n = 0; n < doc.size(); ++n) {
            check_prefix_error(error_of(parse_request(doc.substr(0, n))), n, doc.substr(0, n));
        }
    });
    rc::prop("response (never blank: it starts with '{')", [] {
        const std::string doc = sttj::to_json(any_response());
        for (std::size_t n = 1; n < doc.size(); ++n) {
            check_prefix_error(error_of(parse_response(doc.substr(0, n))), n, doc.substr(0, n));
        }
    });
    rc::prop("lenient response", [] {
        const std::string doc = sttj::to_json(any_lenient());
        for (std::size_t n = 1; n < doc.size(); ++n) {
            check_prefix_error(error_of(parse_response_lenient(doc.substr(0, n))), n, doc.substr(0, n));
        }
    });
    rc::prop("error response: rejected, or the code read whole and the problem beside it", [] {
        const sttj::ErrorResponse value = any_error();
        const std::string doc = sttj::to_json(value);
        // The closing quote of __type, the first member: an escaped '"' in
        // the code is `\"`, so `","message"` only occurs after it.
        const std::size_t code_quote = value.message ? doc.find(R"(","message")") : doc.size() - 2;
        for (std::size_t n = 1; n < doc.size(); ++n) {
            const std::string prefix = doc.substr(0, n);
            const auto bare = parse_error(prefix);
            if (n > code_quote) {
                if (!bare) RC_FAIL("lost the code read whole: " + prefix);
                RC_ASSERT(bare->code == value.code);
                check_prefix_error(bare->body_problem, n, prefix);
            } else {
                check_prefix_error(error_of(bare), n, prefix);
            }
            const auto with_header = parse_error(prefix, "FooError");
            if (!with_header) RC_FAIL("lost the header's code: " + prefix);
            RC_ASSERT(with_header->code.view() == std::string_view{"FooError"});
            check_prefix_error(with_header->body_problem, n, prefix);
        }
    });
}

// =====================================================================
// Flipping any byte never crashes
// =====================================================================

namespace {
// Every parser on `input`: an error's offset is within the input, and any
// value re-serializes to a fixed point.
void check_robust(const std::string& input) {
    const auto check_error = [&](const sttj::Error& e) {
        RC_ASSERT(e.offset <= input.size());
        RC_ASSERT(!e.message.empty());
    };
    if (const auto r = parse_request(input)) {
        RC_ASSERT(parse_request(sttj::to_json(*r)) == r);
    } else {
        check_error(r.error());
    }
    if (const auto r = parse_response(input)) {
        RC_ASSERT(parse_response(sttj::to_json(*r)) == r);
    } else {
        check_error(r.error());
    }
    if (const auto r = parse_response_lenient(input)) {
        RC_ASSERT(parse_response_lenient(sttj::to_json(*r)) == r);
    } else {
        check_error(r.error());
    }
    if (const auto r = parse_error(input)) {
        // A message cut at 1024 bytes is written as the part kept, which
        // then reads back whole.
        sttj::ErrorResponse written = *r;
        written.message_truncated = false;  // both describe the input, not the value
        written.body_problem.reset();
        RC_ASSERT(parse_error(sttj::to_json(*r)) == written);
    } else {
        check_error(r.error());
    }
}

void flip_every_byte(const std::string& doc) {
    for (std::size_t i = 0; i < doc.size(); ++i) {
        std::string mutated = doc;
        for (int b = 0; b < 256; ++b) {
            mutated[i] = static_cast<char>(b);
            check_robust(mutated);
        }
    }
}
}  // namespace

TEST_CASE("flipping any byte of a canonical document never crashes", "[properties][flip]") {
    // Responses include the request's form ({"JobId":"..."}); all four parsers read every mutation.
    rc::prop("response: every position, every byte value", [] { flip_every_byte(sttj::to_json(any_response())); });
    rc::prop("request: random positions and bytes", [] {
        std::string doc = sttj::to_json(any_request());
        const int flips = *rc::gen::inRange(1, 4);
        for (int k = 0; k < flips; ++k) {
            doc[*rc::gen::inRange<std::size_t>(0, doc.size())] = *rc::gen::arbitrary<char>();
        }
        check_robust(doc);
    });
    rc::prop("lenient response: random positions and bytes", [] {
        const std::string doc = sttj::to_json(any_lenient());
        std::string mutated = doc;
        const int flips = *rc::gen::inRange(1, 4);
        for (int k = 0; k < flips && !mutated.empty(); ++k) {
            mutated[*rc::gen::inRange<std::size_t>(0, mutated.size())] = *rc::gen::arbitrary<char>();
        }
        check_robust(mutated);
    });
    rc::prop("error response: random positions and bytes", [] {
        const std::string doc = sttj::to_json(any_error());
        std::string mutated = doc;
        const int flips = *rc::gen::inRange(1, 4);
        for (int k = 0; k < flips; ++k) {
            mutated[*rc::gen::inRange<std::size_t>(0, mutated.size())] = *rc::gen::arbitrary<char>();
        }
        check_robust(mutated);
    });
    rc::prop("noisy documents: random positions and bytes", [] {
        NoisyWriter w;
        std::string doc = noisy(w, any_response());
        const int flips = *rc::gen::inRange(1, 4);
        for (int k = 0; k < flips; ++k) {
            doc[*rc::gen::inRange<std::size_t>(0, doc.size())] = *rc::gen::arbitrary<char>();
        }
        check_robust(doc);
    });
}
