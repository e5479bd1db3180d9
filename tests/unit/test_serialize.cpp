// Tests for the serializers: exact canonical output of every type and every
// subset of members, string escaping, ill-formed UTF-8 in hand-built text,
// buffer limits, the tightness of max_json_size, and compile-time use.
// The header comes first: this proves it is self-contained.
#include <sttj/serialize.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <sttj/parse.hpp>
#include <sttj/parse_error.hpp>

#include <catch2/catch.hpp>

using namespace std::string_literals;
using sttj::ErrorResponse;
using sttj::JobId;
using sttj::JobStatus;
using sttj::LenientStopTextTranslationJobResponse;
using sttj::StopTextTranslationJobRequest;
using sttj::StopTextTranslationJobResponse;

namespace {

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

JobId id(std::string_view text) {
    const auto made = JobId::make(text);
    REQUIRE(made.has_value());
    return *made;
}

template <std::size_t N>
sttj::InlineString<N> text(std::string_view s) {
    const auto made = sttj::InlineString<N>::from(s);
    REQUIRE(made.has_value());
    return *made;
}

using LenientText = sttj::InlineString<sttj::lenient_text_capacity>;

LenientStopTextTranslationJobResponse lenient(std::optional<std::string_view> job_id,
                                              std::optional<std::string_view> job_status) {
    LenientStopTextTranslationJobResponse r;
    if (job_id) r.job_id = text<sttj::lenient_text_capacity>(*job_id);
    if (job_status) r.job_status = text<sttj::lenient_text_capacity>(*job_status);
    return r;
}

ErrorResponse error(std::string_view code, std::optional<std::string_view> message = std::nullopt) {
    ErrorResponse e;
    e.code = text<sttj::error_code_capacity>(code);
    if (message) e.message = text<sttj::error_message_capacity>(*message);
    return e;
}

/// write_json into a buffer of exactly max_json_size; also checks to_json agrees.
template <class T>
std::string written(const T& value) {
    std::vector<char> buffer(sttj::max_json_size<T>);
    const auto size = sttj::write_json(value, std::span<char>{buffer});
    REQUIRE(size.has_value());
    std::string out(buffer.data(), *size);
    CHECK(sttj::to_json(value) == out);
    return out;
}

// U+1D400 MATHEMATICAL BOLD CAPITAL A: a 4-byte letter.
const std::string bold_a = "\xF0\x9D\x90\x80";
const std::string replacement = "\xEF\xBF\xBD";

}  // namespace

TEST_CASE("request: canonical output", "[serialize][request]") {
    CHECK(written(StopTextTranslationJobRequest{id("abc")}) == R"({"JobId":"abc"})");
    CHECK(written(StopTextTranslationJobRequest{id("a-b/c:d=e+f%g@h i_j.k0")}) ==
          R"({"JobId":"a-b/c:d=e+f%g@h i_j.k0"})");
    // Non-ASCII, U+2028 and U+3000 are written raw, '/' is not escaped.
    CHECK(written(StopTextTranslationJobRequest{id("\xC3\xA9t\xC3\xA9\xE2\x80\xA8\xE3\x80\x80/" + bold_a)}) ==
          "{\"JobId\":\"\xC3\xA9t\xC3\xA9\xE2\x80\xA8\xE3\x80\x80/" + bold_a + "\"}");
}

TEST_CASE("response: canonical output for each subset of members", "[serialize][response]") {
    StopTextTranslationJobResponse r;
    CHECK(written(r) == "{}");
    r.job_id = id("abc");
    CHECK(written(r) == R"({"JobId":"abc"})");
    r.job_status = JobStatus::StopRequested;
    CHECK(written(r) == R"({"JobId":"abc","JobStatus":"STOP_REQUESTED"})");
    r.job_id.reset();
    CHECK(written(r) == R"({"JobStatus":"STOP_REQUESTED"})");

    const std::vector<std::pair<JobStatus, std::string>> statuses = {
        {JobStatus::Submitted, R"({"JobStatus":"SUBMITTED"})"},
        {JobStatus::InProgress, R"({"JobStatus":"IN_PROGRESS"})"},
        {JobStatus::Completed, R"({"JobStatus":"COMPLETED"})"},
        {JobStatus::CompletedWithError, R"({"JobStatus":"COMPLETED_WITH_ERROR"})"},
        {JobStatus::Failed, R"({"JobStatus":"FAILED"})"},
        {JobStatus::StopRequested, R"({"JobStatus":"STOP_REQUESTED"})"},
        {JobStatus::Stopped, R"({"JobStatus":"STOPPED"})"},
    };
    REQUIRE(statuses.size() == sttj::all_job_statuses.size());
    for (const auto& [status, json] : statuses) {
        CHECK(written(StopTextTranslationJobResponse{std::nullopt, status}) == json);
    }
}

TEST_CASE("response: an unknown status is written back as it came", "[serialize][response][open]") {
    // Byte for byte: a canonical document with an unknown status reads and
    // writes back unchanged, by both writers, with the escaping RFC 8785 asks.
    const std::vector<std::string> documents = {
        R"({"JobStatus":"PAUSED"})",
        R"({"JobId":"abc","JobStatus":""})",
        R"({"JobId":"abc","JobStatus":"\u0000\u001f\"\\\n\t\u007f\u00e9"})",
        "{\"JobStatus\":\"\xC3\x89TAT \xF0\x9F\x98\x80 \xE2\x80\xA8\"}",
        R"({"JobStatus":")" + std::string(64, 'Z') + R"("})",
    };
    for (const std::string& canonical : documents) {
        INFO(canonical);
        const auto parsed = sttj::parse_response(canonical);
        REQUIRE(parsed.has_value());
        REQUIRE(parsed->job_status.has_value());
        CHECK_FALSE(parsed->job_status->known().has_value());
        const std::string back = written(*parsed);
        if (canonical.find("\\u0000") != std::string::npos) {
            // RFC 8785 writes U+007F and U+00E9 raw, and \u0000 as \u0000.
            CHECK(back == "{\"JobId\":\"abc\",\"JobStatus\":\"\\u0000\\u001f\\\"\\\\\\n\\t\x7F\xC3\xA9\"}");
            CHECK(sttj::parse_response(back) == parsed);
        } else {
            CHECK(back == canonical);
        }
        CHECK(sttj::to_json(*parsed) == back);
    }
}

TEST_CASE("response: a JobStatus outside the enum writes the same at run time and compile time",
          "[serialize][response][constexpr]") {
    constexpr auto write = [] {
        const StopTextTranslationJobResponse cast{std::nullopt, static_cast<JobStatus>(9)};
        std::array<char, sttj::max_json_size<StopTextTranslationJobResponse>> buffer{};
        const auto size = sttj::write_json(cast, buffer);
        std::array<char, 32> out{};
        for (std::size_t i = 0; size && i < *size && i < out.size(); ++i) out[i] = buffer[i];
        return out;
    };
    constexpr std::array<char, 32> at_compile_time = write();
    const std::array<char, 32> at_run_time = write();
    CHECK(std::string_view{at_compile_time.data()} == R"({"JobStatus":""})");
    CHECK(std::string_view{at_run_time.data()} == R"({"JobStatus":""})");
    CHECK(sttj::to_json(StopTextTranslationJobResponse{std::nullopt, static_cast<JobStatus>(9)}) ==
          R"({"JobStatus":""})");
}

TEST_CASE("lenient response: canonical output", "[serialize][lenient]") {
    CHECK(written(lenient(std::nullopt, std::nullopt)) == "{}");
    CHECK(written(lenient("abc", std::nullopt)) == R"({"JobId":"abc"})");
    CHECK(written(lenient(std::nullopt, "PAUSED")) == R"({"JobStatus":"PAUSED"})");
    CHECK(written(lenient("a b!", "PAUSED")) == R"({"JobId":"a b!","JobStatus":"PAUSED"})");
    CHECK(written(lenient("", "")) == R"({"JobId":"","JobStatus":""})");
}

TEST_CASE("error response: canonical output", "[serialize][error]") {
    CHECK(written(error("FooError")) == R"({"__type":"FooError"})");
    CHECK(written(error("FooError", "Hi")) == R"({"__type":"FooError","message":"Hi"})");
    CHECK(written(error("FooError", "")) == R"({"__type":"FooError","message":""})");
    ErrorResponse truncated = error("A", "m");
    truncated.message_truncated = true;  // not part of the wire form
    CHECK(written(truncated) == R"({"__type":"A","message":"m"})");
}

TEST_CASE("string escaping", "[serialize][escape]") {
    struct Case {
        std::string name;
        std::string in;
        std::string out;  // inside the quotes
    };
    const std::vector<Case> cases = {
        {"quote", "\"", R"(\")"},
        {"backslash", "\\", R"(\\)"},
        {"backspace", "\b", R"(\b)"},
        {"tab", "\t", R"(\t)"},
        {"newline", "\n", R"(\n)"},
        {"form feed", "\f", R"(\f)"},
        {"carriage return", "\r", R"(\r)"},
        {"NUL", "\0"s, R"(\u0000)"},
        {"0x01", "\x01", R"(\u0001)"},
        {"vertical tab, lowercase hex", "\x0B", R"(\u000b)"},
        {"0x1A, lowercase hex", "\x1A", R"(\u001a)"},
        {"0x1F", "\x1F", R"(\u001f)"},
        {"slash stays raw", "/", "/"},
        {"DEL stays raw", "\x7F", "\x7F"},
        {"U+0080 stays raw", "\xC2\x80", "\xC2\x80"},
        {"U+2028 stays raw", "\xE2\x80\xA8", "\xE2\x80\xA8"},
        {"U+2029 stays raw", "\xE2\x80\xA9", "\xE2\x80\xA9"},
        {"e-acute stays raw", "\xC3\xA9", "\xC3\xA9"},
        {"U+FFFF stays raw", "\xEF\xBF\xBF", "\xEF\xBF\xBF"},
        {"emoji stays raw", "\xF0\x9F\x98\x80", "\xF0\x9F\x98\x80"},
        {"U+10FFFF stays raw", "\xF4\x8F\xBF\xBF", "\xF4\x8F\xBF\xBF"},
        {"mixed", "a\"b\\c\x01\xC3\xA9\n",
         R"(a\"b\\c\u0001)"
         "\xC3\xA9"
         R"(\n)"},
    };
    for (const Case& c : cases) {
        INFO("case: " << c.name);
        CHECK(written(lenient(c.in, std::nullopt)) == R"({"JobId":")" + c.out + R"("})");
        CHECK(written(lenient(std::nullopt, c.in)) == R"({"JobStatus":")" + c.out + R"("})");
        CHECK(written(error(c.in, c.in)) == R"({"__type":")" + c.out + R"(","message":")" + c.out + R"("})");
    }
    // Every control character: the five short forms, else \u00xx in lowercase.
    for (unsigned c = 0; c < 0x20; ++c) {
        INFO("control 0x" << std::hex << c);
        std::string expected;
        switch (c) {
            case 0x08: expected = R"(\b)"; break;
            case 0x09: expected = R"(\t)"; break;
            case 0x0A: expected = R"(\n)"; break;
            case 0x0C: expected = R"(\f)"; break;
            case 0x0D: expected = R"(\r)"; break;
            default: {
                constexpr std::string_view hex = "0123456789abcdef";
                expected = "\\u00";
                expected += hex[c >> 4];
                expected += hex[c & 0xF];
            }
        }
        const std::string in(1, static_cast<char>(c));
        CHECK(written(lenient(in, std::nullopt)) == R"({"JobId":")" + expected + R"("})");
    }
    // Every printable ASCII byte but '"' and '\' is raw ('#' is covered below).
    std::string printable;
    for (char c = 0x20; c < 0x7F; ++c) {
        if (c != '"' && c != '\\' && c != '#') printable += c;
    }
    CHECK(written(error(printable)) == R"({"__type":")" + printable + R"("})");
    CHECK(written(lenient(printable + "#", printable + "#")) ==
          R"({"JobId":")" + printable + R"(#","JobStatus":")" + printable + R"(#"})");
}

TEST_CASE("an error code holding '#' is written with a leading '#'", "[serialize][error]") {
    // parse_error keeps what follows the first '#', so the code reads back unchanged.
    CHECK(written(error("b#c")) == R"({"__type":"#b#c"})");
    CHECK(written(error("#")) == R"({"__type":"##"})");
    CHECK(written(error("a#", "m#")) == R"({"__type":"#a#","message":"m#"})");
    for (const std::string_view code : {"b#c", "#", "a#", "#a", "##", "a#b#c"}) {
        INFO("code: " << code);
        const ErrorResponse e = error(code, "m");
        const auto back = sttj::parse_error(sttj::to_json(e));
        REQUIRE(back.has_value());
        CHECK(back->code.view() == code);
        CHECK(*back == e);
    }
    // The worst case with a '#' stays within the bound.
    const std::string code = std::string(sttj::error_code_capacity - 1, '\x01') + "#";
    const auto worst = error(code, std::string(sttj::error_message_capacity, '\x01'));
    std::vector<char> buffer(sttj::max_json_size<ErrorResponse>);
    const auto size = sttj::write_json(worst, std::span<char>{buffer});
    REQUIRE(size.has_value());
    CHECK(*size == sttj::max_json_size<ErrorResponse> - 6 + 1 + 1);
}

TEST_CASE("ill-formed UTF-8 in hand-built text becomes U+FFFD", "[serialize][escape]") {
    struct Case {
        std::string name;
        std::string in;
        std::string out;
    };
    // Only inputs where "one U+FFFD per ill-formed byte" and Unicode's
    // "maximal subparts" practice agree.
    const std::vector<Case> cases = {
        {"FF",
         "a\xFF"
         "b",
         "a" + replacement + "b"},
        {"lone continuation", "\x80", replacement},
        {"lead byte at the end", "ab\xC3", "ab" + replacement},
        {"lead byte before ASCII", "\xC3(", replacement + "("},
        {"C0 AF (overlong '/')", "\xC0\xAF", replacement + replacement},
        {"encoded surrogate", "\xED\xA0\x80", replacement + replacement + replacement},
        {"above U+10FFFF", "\xF4\x90\x80\x80", replacement + replacement + replacement + replacement},
        {"F5", "\xF5", replacement},
        {"overlong E0 80 80", "\xE0\x80\x80", replacement + replacement + replacement},
        {"a valid scalar after a bad byte", "\xFF\xC3\xA9", replacement + "\xC3\xA9"},
    };
    for (const Case& c : cases) {
        INFO("case: " << c.name);
        const std::string json = written(lenient(c.in, std::nullopt));
        CHECK(json == R"({"JobId":")" + c.out + R"("})");
        // The output is always well-formed: it parses back.
        CHECK(sttj::parse_response_lenient(json).has_value());
        CHECK(written(error(c.in, c.in)) == R"({"__type":")" + c.out + R"(","message":")" + c.out + R"("})");
    }
    // Whatever the replacement policy, the output parses.
    for (const std::string& in : {"\xE2\x82"s, "\xF0\x9F\x98"s,
                                  "\xE2\x82"
                                  "a"s,
                                  "\xF0\x9F\x98\xF0\x9F\x98"s}) {
        CHECK(sttj::parse_response_lenient(written(lenient(in, in))).has_value());
    }
}

TEST_CASE("write_json into a too-small buffer: Limit", "[serialize][limit]") {
    const StopTextTranslationJobRequest request{id("abc")};  // {"JobId":"abc"}: 15 bytes
    char buffer[64] = {};
    for (std::size_t size = 0; size < 15; ++size) {
        INFO("buffer size " << size);
        const auto result = sttj::write_json(request, std::span<char>{buffer, size});
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().category == sttj::ErrorCategory::Limit);
        CHECK(result.error().offset == size);
        CHECK(result.error().message == "output buffer too small");
        CHECK(result.error().member.empty());
    }
    const auto exact = sttj::write_json(request, std::span<char>{buffer, 15});
    REQUIRE(exact.has_value());
    CHECK(*exact == 15);
    CHECK(std::string_view{buffer, 15} == R"({"JobId":"abc"})");

    // The other types too.
    const auto empty = sttj::write_json(StopTextTranslationJobResponse{}, std::span<char>{buffer, 1});
    REQUIRE_FALSE(empty.has_value());
    CHECK(empty.error().category == sttj::ErrorCategory::Limit);
    CHECK(empty.error().offset == 1);
    const auto lenient_result = sttj::write_json(lenient("x", "y"), std::span<char>{buffer, 20});
    REQUIRE_FALSE(lenient_result.has_value());
    CHECK(lenient_result.error().category == sttj::ErrorCategory::Limit);
    const auto error_result = sttj::write_json(error("A", "B"), std::span<char>{buffer, 12});
    REQUIRE_FALSE(error_result.has_value());
    CHECK(error_result.error().category == sttj::ErrorCategory::Limit);
}

TEST_CASE("max_json_size is exact for the worst case", "[serialize][limit]") {
    // {"JobId":"<128 bytes>"}
    STATIC_REQUIRE(sttj::max_json_size<StopTextTranslationJobRequest> == 140);
    // {"JobId":"<128 bytes>","JobStatus":"<an unknown status of 64 control bytes, each written as 6>"}
    STATIC_REQUIRE(sttj::max_json_size<StopTextTranslationJobResponse> == 1 + 8 + 130 + 1 + 12 + 386 + 1);
    // Both members 256 control bytes, each written as 6.
    STATIC_REQUIRE(sttj::max_json_size<LenientStopTextTranslationJobResponse> == 1 + 9 + 1536 + 1 + 1 + 13 + 1536 + 2);
    // A code of 256 and a message of 1024 control bytes.
    STATIC_REQUIRE(sttj::max_json_size<ErrorResponse> == 1 + 10 + 1536 + 1 + 1 + 11 + 6144 + 2);

    SECTION("request") {
        const StopTextTranslationJobRequest worst{id(repeat(bold_a, 32))};
        std::vector<char> buffer(sttj::max_json_size<StopTextTranslationJobRequest>);
        const auto size = sttj::write_json(worst, std::span<char>{buffer});
        REQUIRE(size.has_value());
        CHECK(*size == buffer.size());
        CHECK(std::string(buffer.data(), *size) == "{\"JobId\":\"" + repeat(bold_a, 32) + "\"}");
        CHECK_FALSE(sttj::write_json(worst, std::span<char>{buffer}.first(buffer.size() - 1)).has_value());
    }
    SECTION("response") {
        const auto controls = sttj::OpenJobStatus::from_wire(std::string(sttj::job_status_text_capacity, '\x01'));
        REQUIRE(controls.has_value());
        const StopTextTranslationJobResponse worst{id(repeat(bold_a, 32)), *controls};
        std::vector<char> buffer(sttj::max_json_size<StopTextTranslationJobResponse>);
        const auto size = sttj::write_json(worst, std::span<char>{buffer});
        REQUIRE(size.has_value());
        CHECK(*size == buffer.size());
        CHECK(std::string(buffer.data(), *size) ==
              "{\"JobId\":\"" + repeat(bold_a, 32) + "\",\"JobStatus\":\"" + repeat("\\u0001", 64) + "\"}");
        CHECK_FALSE(sttj::write_json(worst, std::span<char>{buffer}.first(buffer.size() - 1)).has_value());
        CHECK(sttj::to_json(worst) == std::string(buffer.data(), *size));
    }
    SECTION("lenient response") {
        const std::string controls(sttj::lenient_text_capacity, '\x01');
        const auto worst = lenient(controls, controls);
        std::vector<char> buffer(sttj::max_json_size<LenientStopTextTranslationJobResponse>);
        const auto size = sttj::write_json(worst, std::span<char>{buffer});
        REQUIRE(size.has_value());
        CHECK(*size == buffer.size());
        CHECK_FALSE(sttj::write_json(worst, std::span<char>{buffer}.first(buffer.size() - 1)).has_value());
    }
    SECTION("error response") {
        const auto worst =
            error(std::string(sttj::error_code_capacity, '\x02'), std::string(sttj::error_message_capacity, '\x03'));
        std::vector<char> buffer(sttj::max_json_size<ErrorResponse>);
        const auto size = sttj::write_json(worst, std::span<char>{buffer});
        REQUIRE(size.has_value());
        CHECK(*size == buffer.size());
        CHECK_FALSE(sttj::write_json(worst, std::span<char>{buffer}.first(buffer.size() - 1)).has_value());
    }
    SECTION("ill-formed bytes stay within the bound") {
        // Each 0xFF becomes 3 bytes, less than the 6 of a control.
        const std::string bad(sttj::lenient_text_capacity, '\xFF');
        std::vector<char> buffer(sttj::max_json_size<LenientStopTextTranslationJobResponse>);
        const auto size = sttj::write_json(lenient(bad, bad), std::span<char>{buffer});
        REQUIRE(size.has_value());
        CHECK(*size == 1 + 9 + 3 * 256 + 1 + 1 + 13 + 3 * 256 + 2);
    }
}

TEST_CASE("round trips through the parsers", "[serialize]") {
    const StopTextTranslationJobRequest request{id("\xC3\xA9t\xC3\xA9 " + bold_a)};
    const auto parsed_request = sttj::parse_request(sttj::to_json(request));
    REQUIRE(parsed_request.has_value());
    CHECK(*parsed_request == request);

    const StopTextTranslationJobResponse response{id("abc"), JobStatus::Failed};
    const auto parsed_response = sttj::parse_response(sttj::to_json(response));
    REQUIRE(parsed_response.has_value());
    CHECK(*parsed_response == response);

    const auto weird = lenient("\"\\\x01\x1F\x7F\xE2\x80\xA8", "PAUSED\n");
    const auto parsed_lenient = sttj::parse_response_lenient(sttj::to_json(weird));
    REQUIRE(parsed_lenient.has_value());
    CHECK(*parsed_lenient == weird);
}

// ====================================================================
// Compile time: parse, write into a local array, compare.
// ====================================================================

namespace {

constexpr bool response_round_trip_at_compile_time() {
    const auto parsed =
        sttj::parse_response(R"( { "JobStatus" : "STOP\u005fREQUESTED" , "Job\u0049d" : "\u00e9t\u00e9" } )");
    if (!parsed) return false;
    char buffer[sttj::max_json_size<StopTextTranslationJobResponse>] = {};
    const auto size = sttj::write_json(*parsed, buffer);
    return size &&
           std::string_view{buffer, *size} == "{\"JobId\":\"\xC3\xA9t\xC3\xA9\",\"JobStatus\":\"STOP_REQUESTED\"}";
}

constexpr bool request_at_compile_time() {
    using namespace sttj::literals;
    const StopTextTranslationJobRequest request{"5236d36c"_job_id};
    char buffer[sttj::max_json_size<StopTextTranslationJobRequest>] = {};
    const auto size = sttj::write_json(request, buffer);
    if (!size || std::string_view{buffer, *size} != R"({"JobId":"5236d36c"})") return false;
    const auto back = sttj::parse_request(std::string_view{buffer, *size});
    return back && *back == request;
}

constexpr bool too_small_at_compile_time() {
    const auto request = sttj::parse_request(R"({"JobId":"abc"})");
    if (!request) return false;
    char buffer[14] = {};
    const auto size = sttj::write_json(*request, buffer);
    return !size && size.error() == sttj::Error{sttj::ErrorCategory::Limit, 14, "output buffer too small"};
}

constexpr bool error_at_compile_time() {
    const auto parsed = sttj::parse_error(R"({"Message":"a\tb","__type":"ns#FooError:uri"})");
    if (!parsed) return false;
    char buffer[64] = {};
    const auto size = sttj::write_json(*parsed, buffer);
    return size && std::string_view{buffer, *size} == R"({"__type":"FooError","message":"a\tb"})";
}

constexpr bool lenient_at_compile_time() {
    const auto parsed = sttj::parse_response_lenient(R"({"JobStatus":"PAUSED","JobId":"a\u0001"})");
    if (!parsed) return false;
    char buffer[64] = {};
    const auto size = sttj::write_json(*parsed, buffer);
    return size && std::string_view{buffer, *size} == R"({"JobId":"a\u0001","JobStatus":"PAUSED"})";
}

constexpr bool ill_formed_at_compile_time() {
    const auto text = sttj::InlineString<sttj::lenient_text_capacity>::from("a\xFF");
    if (!text) return false;
    LenientStopTextTranslationJobResponse r;
    r.job_id = *text;
    char buffer[32] = {};
    const auto size = sttj::write_json(r, buffer);
    return size && std::string_view{buffer, *size} == "{\"JobId\":\"a\xEF\xBF\xBD\"}";
}

}  // namespace

TEST_CASE("serialize and parse at compile time", "[serialize][constexpr]") {
    STATIC_REQUIRE(response_round_trip_at_compile_time());
    STATIC_REQUIRE(request_at_compile_time());
    STATIC_REQUIRE(too_small_at_compile_time());
    STATIC_REQUIRE(error_at_compile_time());
    STATIC_REQUIRE(lenient_at_compile_time());
    STATIC_REQUIRE(ill_formed_at_compile_time());
    // The same functions at run time (the JobId fast path runs here).
    CHECK(response_round_trip_at_compile_time());
    CHECK(request_at_compile_time());
    CHECK(too_small_at_compile_time());
    CHECK(error_at_compile_time());
    CHECK(lenient_at_compile_time());
    CHECK(ill_formed_at_compile_time());
}
