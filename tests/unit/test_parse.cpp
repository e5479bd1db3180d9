// Table tests for the four parsers: parse_request, parse_response,
// parse_response_lenient and parse_error. Every row is a hand-written
// document with its exact result: the value, or the error's category, byte
// offset, message and member. Offsets were counted by hand; a comment shows
// the count where it is not obvious.
// The header comes first: this proves it is self-contained.
#include <sttj/parse.hpp>
#include <sttj/parse_error.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <catch2/catch.hpp>

#include "../support/exact_buffer.hpp"

using namespace std::string_literals;
using namespace std::string_view_literals;
using sttj::ErrorCategory;
using sttj::JobStatus;

namespace {

constexpr ErrorCategory Syntax = ErrorCategory::Syntax;
constexpr ErrorCategory Encoding = ErrorCategory::Encoding;
constexpr ErrorCategory Schema = ErrorCategory::Schema;
constexpr ErrorCategory Constraint = ErrorCategory::Constraint;
constexpr ErrorCategory Limit = ErrorCategory::Limit;

// The library's messages, written out once here.
constexpr std::string_view not_object = "the document is not a JSON object";
constexpr std::string_view missing = "missing required member";
constexpr std::string_view duplicate = "duplicate member";
constexpr std::string_view not_string = "expected a string or null";
constexpr std::string_view bad_character = "character outside [\\p{L}\\p{Z}\\p{N}_.:/=+\\-%@]";
constexpr std::string_view too_long = "longer than 32 characters";
constexpr std::string_view empty_id = "empty string (a JobId has 1 to 32 characters)";
constexpr std::string_view bad_status =
    "not one of SUBMITTED, IN_PROGRESS, COMPLETED, COMPLETED_WITH_ERROR, FAILED, STOP_REQUESTED, STOPPED";
constexpr std::string_view too_deep = "nesting deeper than 512 levels";

/// An expected error. `message` must equal the actual one, unless it starts
/// with '~': then the rest must occur in it.
struct Err {
    ErrorCategory category;
    std::size_t offset;
    std::string_view message;
    std::string_view member = {};
};

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

/// The input with non-printable bytes as \xNN, for failure messages.
std::string show(std::string_view text) {
    std::string out;
    for (const char c : text.substr(0, 200)) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7F) {
            out += c;
        } else {
            constexpr std::string_view hex = "0123456789ABCDEF";
            out += "\\x";
            out += hex[byte >> 4];
            out += hex[byte & 0xF];
        }
    }
    if (text.size() > 200) out += "... (" + std::to_string(text.size()) + " bytes)";
    return out;
}

std::string describe(const sttj::Error& e) {
    return "{" + std::string{sttj::to_string(e.category)} + ", " + std::to_string(e.offset) + ", \"" +
           std::string{e.message} + "\", member \"" + std::string{e.member} + "\"}";
}

void check_error(const sttj::Error& actual, const Err& expected) {
    INFO("actual error: " << describe(actual));
    CHECK(sttj::to_string(actual.category) == sttj::to_string(expected.category));
    CHECK(actual.offset == expected.offset);
    if (expected.message.starts_with('~')) {
        CHECK(actual.message.find(expected.message.substr(1)) != std::string_view::npos);
    } else {
        CHECK(actual.message == expected.message);
    }
    CHECK(actual.member == expected.member);
}

template <class T>
void check_fails(const sttj::Result<T>& result, const Err& expected) {
    REQUIRE_FALSE(result.has_value());
    check_error(result.error(), expected);
}

std::string describe_status(const std::optional<sttj::OpenJobStatus>& status) {
    if (!status) return "(absent)";
    return std::string{status->wire_name()} + (status->known() ? " (known)" : " (unknown)");
}

// An unknown status, as parse_response keeps it.
sttj::OpenJobStatus unknown(std::string_view text) {
    const auto status = sttj::OpenJobStatus::from_wire(text);
    REQUIRE(status.has_value());
    REQUIRE_FALSE(status->known().has_value());
    return *status;
}

// ------------------------------------------------------------------ tables

struct Ok {
    std::string job_id;
};
struct RequestCase {
    std::string name;
    std::string json;
    std::variant<Ok, Err> expected;
};

struct ResponseOk {
    std::optional<std::string> job_id;
    std::optional<sttj::OpenJobStatus> job_status;
};
struct ResponseCase {
    std::string name;
    std::string json;
    std::variant<ResponseOk, Err> expected;
    /// What parse_response_strict gives where it differs (an unknown status).
    std::optional<Err> strict = std::nullopt;
};

struct LenientOk {
    std::optional<std::string> job_id;
    std::optional<std::string> job_status;
};
struct LenientCase {
    std::string name;
    std::string json;
    std::variant<LenientOk, Err> expected;
};

// U+1D400 MATHEMATICAL BOLD CAPITAL A (Lu): a 4-byte letter.
const std::string bold_a = "\xF0\x9D\x90\x80";
// U+00E9 (Ll): a 2-byte letter.
const std::string e_acute = "\xC3\xA9";

std::string nest(std::size_t levels) { return repeat("[", levels) + repeat("]", levels); }

}  // namespace

// ====================================================================
// Documents that are not JSON: every parser gives the same error, with no
// member (the problem is in the structure or in an unknown member).
// ====================================================================

TEST_CASE("malformed documents: the same error from all four parsers", "[parse][syntax]") {
    struct Case {
        std::string name;
        std::string json;
        Err expected;
    };
    const std::vector<Case> cases = {
        // Trailing data.
        {"trailing word", R"({"JobId":"a"} x)", {Syntax, 14, "data after the JSON value"}},
        {"second object", R"({"JobId":"a"}{})", {Syntax, 13, "data after the JSON value"}},
        {"trailing comma after the document", R"({"JobId":"a"},)", {Syntax, 13, "data after the JSON value"}},
        {"extra closing brace", R"({"a":1}})", {Syntax, 7, "data after the JSON value"}},
        {"NUL after the document", "{}\0"s, {Syntax, 2, "data after the JSON value"}},
        // Comments.
        {"block comment first", R"(/*c*/{})", {Syntax, 0, "expected a value"}},
        {"block comment after a value", R"({"JobId":"a"/*c*/})", {Syntax, 12, "expected ',' or '}'"}},
        {"line comment", "{\"a\":1 // c\n}", {Syntax, 7, "expected ',' or '}'"}},
        {"hash comment", "# c\n{}", {Syntax, 0, "expected a value"}},
        // Single quotes and unquoted keys.
        {"single-quoted key", R"({'JobId':'a'})", {Syntax, 1, "expected a member name"}},
        {"single-quoted value", R"({"x":'a'})", {Syntax, 5, "expected a value"}},
        {"unquoted key", R"({JobId:"a"})", {Syntax, 1, "expected a member name"}},
        {"number as key", R"({1:"a"})", {Syntax, 1, "expected a member name"}},
        // Numbers.
        {"leading zero", R"({"x":01})", {Syntax, 5, "number with a leading zero"}},
        {"negative leading zero", R"({"x":-01})", {Syntax, 6, "number with a leading zero"}},
        {"leading zeros", R"({"x":007})", {Syntax, 5, "number with a leading zero"}},
        {"plus sign", R"({"x":+1})", {Syntax, 5, "expected a value"}},
        {"1.", R"({"x":1.})", {Syntax, 7, "expected a digit after '.'"}},
        {"1.e5", R"({"x":1.e5})", {Syntax, 7, "expected a digit after '.'"}},
        {".5", R"({"x":.5})", {Syntax, 5, "expected a value"}},
        {"-.5", R"({"x":-.5})", {Syntax, 6, "expected a digit"}},
        {"lone minus", R"({"x":-})", {Syntax, 6, "expected a digit"}},
        {"exponent without digits", R"({"x":1e})", {Syntax, 7, "expected a digit in the exponent"}},
        {"exponent sign without digits", R"({"x":1E+})", {Syntax, 8, "expected a digit in the exponent"}},
        {"NaN", R"({"x":NaN})", {Syntax, 5, "expected a value"}},
        {"Infinity", R"({"x":Infinity})", {Syntax, 5, "expected a value"}},
        {"-Infinity", R"({"x":-Infinity})", {Syntax, 6, "expected a digit"}},
        {"hex number", R"({"x":0x1})", {Syntax, 6, "expected ',' or '}'"}},
        {"number then letter", R"({"x":1a})", {Syntax, 6, "expected ',' or '}'"}},
        // Literals.
        {"truncated true", R"({"x":tru})", {Syntax, 5, "invalid literal"}},
        {"capital True", R"({"x":True})", {Syntax, 5, "expected a value"}},
        {"truncated null", R"({"x":nul})", {Syntax, 5, "invalid literal"}},
        {"nulls", R"({"x":nulls})", {Syntax, 9, "expected ',' or '}'"}},
        {"undefined", R"({"x":undefined})", {Syntax, 5, "expected a value"}},
        // Trailing commas and missing pieces.
        {"trailing comma in object", R"({"x":1,})", {Syntax, 7, "expected a member name"}},
        {"trailing comma in nested object", R"({"x":{"y":1,}})", {Syntax, 12, "expected a member name"}},
        {"trailing comma in array", R"({"x":[1,]})", {Syntax, 8, "expected a value"}},
        {"leading comma in array", R"({"x":[,1]})", {Syntax, 6, "expected a value"}},
        {"double comma in object", R"({"x":1,,"y":2})", {Syntax, 7, "expected a member name"}},
        {"missing comma in array", R"({"x":[1 2]})", {Syntax, 8, "expected ',' or ']'"}},
        {"missing comma in object", R"({"x":1 "y":2})", {Syntax, 7, "expected ',' or '}'"}},
        {"missing colon", R"({"x" 1})", {Syntax, 5, "expected ':'"}},
        {"equals for colon", R"({"x"=1})", {Syntax, 4, "expected ':'"}},
        {"missing value", R"({"x":})", {Syntax, 5, "expected a value"}},
        {"array closed by brace", R"({"x":[})", {Syntax, 6, "expected a value"}},
        {"object closed by bracket", R"({"x":{]})", {Syntax, 6, "expected a member name"}},
        {"mismatched close", R"({"x":[1})", {Syntax, 7, "expected ',' or ']'"}},
        {"open brace only", "{", {Syntax, 1, "expected a member name"}},
        {"cut after a member", R"({"x":1)", {Syntax, 6, "expected ',' or '}'"}},
        {"cut after a colon", R"({"x":)", {Syntax, 5, "expected a value, found the end"}},
        {"cut in an array", R"({"x":[)", {Syntax, 6, "expected a value, found the end"}},
        {"unterminated string", R"({"x":"a)", {Syntax, 7, "unterminated string"}},
        {"unterminated key", R"({"x)", {Syntax, 3, "unterminated string"}},
        {"top-level word", "x", {Syntax, 0, "expected a value"}},
        {"top-level closing bracket", "]", {Syntax, 0, "expected a value"}},
        {"BOM before the object", "\xEF\xBB\xBF{}", {Syntax, 0, "expected a value"}},
        {"form feed is not whitespace", "\f{}", {Syntax, 0, "expected a value"}},
        {"NBSP is not whitespace", "{\xC2\xA0}", {Syntax, 1, "expected a member name"}},
        // Raw control characters in strings.
        {"raw tab in a value", "{\"x\":\"a\tb\"}", {Syntax, 7, "raw control character in string"}},
        {"raw LF in a value", "{\"x\":\"a\nb\"}", {Syntax, 7, "raw control character in string"}},
        {"raw NUL in a value", "{\"x\":\"\0\"}"s, {Syntax, 6, "raw control character in string"}},
        {"raw 0x1F in a value", "{\"x\":\"\x1F\"}", {Syntax, 6, "raw control character in string"}},
        {"raw 0x01 in a key", "{\"x\x01\":1}", {Syntax, 3, "raw control character in string"}},
        // Escapes.
        {"invalid escape \\x", R"({"x":"\x41"})", {Syntax, 6, "invalid escape"}},
        {"invalid escape \\U", R"({"x":"\U0041"})", {Syntax, 6, "invalid escape"}},
        {"invalid escape \\'", R"({"x":"\'"})", {Syntax, 6, "invalid escape"}},
        {"invalid escape \\a", R"({"x":"a\a"})", {Syntax, 7, "invalid escape"}},
        {"escaped raw newline", "{\"x\":\"\\\n\"}", {Syntax, 6, "invalid escape"}},
        {"non-hex digit in \\u", R"({"x":"\u12G4"})", {Syntax, 10, "\\u must be followed by four hex digits"}},
        // The bytes just outside each hex digit range: / : @ G ` g.
        {"'/' in \\u", R"({"x":"\u00/0"})", {Syntax, 10, "\\u must be followed by four hex digits"}},
        {"':' in \\u", R"({"x":"\u00:0"})", {Syntax, 10, "\\u must be followed by four hex digits"}},
        {"'@' in \\u", R"({"x":"\u00@0"})", {Syntax, 10, "\\u must be followed by four hex digits"}},
        {"'G' in \\u", R"({"x":"\u00G0"})", {Syntax, 10, "\\u must be followed by four hex digits"}},
        {"'`' in \\u", R"({"x":"\u00`0"})", {Syntax, 10, "\\u must be followed by four hex digits"}},
        {"'g' in \\u", R"({"x":"\u00g0"})", {Syntax, 10, "\\u must be followed by four hex digits"}},
        {"short \\u", R"({"x":"\u12"})", {Syntax, 10, "\\u must be followed by four hex digits"}},
        {"\\u cut by the end", R"({"x":"\u12)", {Syntax, 10, "unterminated string"}},
        {"backslash at the end", R"({"x":"\)", {Syntax, 7, "unterminated string"}},
        {"bad hex in a low surrogate",
         R"({"x":"\uD800\uDZ00"})",
         {Syntax, 15, "\\u must be followed by four hex digits"}},
        // Lone surrogate escapes: Encoding, at the backslash of the first escape.
        {"lone high surrogate", R"({"x":"\uD800"})", {Encoding, 6, "lone high surrogate escape"}},
        {"lone high surrogate, lowercase", R"({"x":"a\udbff"})", {Encoding, 7, "lone high surrogate escape"}},
        {"high surrogate then a letter", R"({"x":"\uD800x"})", {Encoding, 6, "lone high surrogate escape"}},
        {"high surrogate then a BMP escape", R"({"x":"a\uD83D\u0041"})", {Encoding, 7, "lone high surrogate escape"}},
        {"two high surrogates", R"({"x":"\uD83D\uD83D"})", {Encoding, 6, "lone high surrogate escape"}},
        {"high surrogate then \\n", R"({"x":"\uD83D\n"})", {Encoding, 6, "lone high surrogate escape"}},
        {"lone low surrogate", R"({"x":"\uDC00"})", {Encoding, 6, "lone low surrogate escape"}},
        {"reversed pair", R"({"x":"\uDFFF\uD800"})", {Encoding, 6, "lone low surrogate escape"}},
        {"lone surrogate in a key", R"({"\uD800":1})", {Encoding, 2, "lone high surrogate escape"}},
        {"lone surrogate after a pair", R"({"x":"\uD83D\uDE00\uDE00"})", {Encoding, 18, "lone low surrogate escape"}},
        // Ill-formed UTF-8 in strings: Encoding, at the first byte of the sequence.
        {"lead byte then quote", "{\"x\":\"\xC3\"}", {Encoding, 6, "UTF-8 sequence cut short"}},
        {"stray continuation", "{\"x\":\"\x80\"}", {Encoding, 6, "UTF-8 continuation byte without a lead byte"}},
        {"C0 lead", "{\"x\":\"\xC0\xAF\"}", {Encoding, 6, "byte never valid in UTF-8"}},
        {"C1 lead", "{\"x\":\"\xC1\xBF\"}", {Encoding, 6, "byte never valid in UTF-8"}},
        {"FF byte", "{\"x\":\"ab\xFF\"}", {Encoding, 8, "byte never valid in UTF-8"}},
        {"F5 lead", "{\"x\":\"\xF5\x80\x80\x80\"}", {Encoding, 6, "byte never valid in UTF-8"}},
        {"overlong 3-byte", "{\"x\":\"\xE0\x80\xAF\"}", {Encoding, 6, "overlong UTF-8 sequence"}},
        {"overlong 4-byte", "{\"x\":\"\xF0\x8F\xBF\xBF\"}", {Encoding, 6, "overlong UTF-8 sequence"}},
        {"encoded surrogate", "{\"x\":\"\xED\xA0\x80\"}", {Encoding, 6, "UTF-8 encoded surrogate"}},
        {"above U+10FFFF", "{\"x\":\"\xF4\x90\x80\x80\"}", {Encoding, 6, "UTF-8 sequence above U+10FFFF"}},
        {"cut short by ASCII", "{\"x\":\"a\xE2\x82z\"}", {Encoding, 7, "UTF-8 sequence cut short"}},
        {"truncated at the end of input", "{\"x\":\"ab\xE2\x82", {Encoding, 8, "truncated UTF-8 sequence"}},
        {"ill-formed byte in a key", "{\"Job\xFFId\":\"a\"}", {Encoding, 5, "byte never valid in UTF-8"}},
        {"ill-formed byte in a nested key", "{\"x\":{\"\xC3(\":1}}", {Encoding, 7, "UTF-8 sequence cut short"}},
        // Errors deep inside unknown members are still found.
        // {"x":[[[{"y":[1,2,{"z":[true,]}]}]]]}: the ']' after "true," is byte 29.
        {"syntax error deep in an unknown array",
         R"({"x":[[[{"y":[1,2,{"z":[true,]}]}]]]})",
         {Syntax, 29, "expected a value"}},
        // {"x":[{"y":["<FF>"]}]}: the FF byte is byte 13.
        {"encoding error deep in an unknown array",
         "{\"x\":[{\"y\":[\"\xFF\"]}]}",
         {Encoding, 13, "byte never valid in UTF-8"}},
        {"leading zero deep in an unknown object",
         R"({"a":{"b":{"c":[0,00]}}})",
         {Syntax, 18, "number with a leading zero"}},
        // Malformed non-objects are syntax errors, not schema errors.
        {"malformed top-level array", "[1,]", {Syntax, 3, "expected a value"}},
        {"unterminated top-level string", R"("abc)", {Syntax, 4, "unterminated string"}},
        {"top-level open bracket", "[", {Syntax, 1, "expected a value, found the end"}},
        {"top-level bad literal", "nul", {Syntax, 0, "invalid literal"}},
        {"top-level number then garbage", "1 2", {Syntax, 2, "data after the JSON value"}},
        {"top-level lone surrogate string", R"("\uDC00")", {Encoding, 1, "lone low surrogate escape"}},
    };
    for (const Case& c : cases) {
        INFO("case: " << c.name << "\ninput: " << show(c.json));
        {
            INFO("parse_request");
            check_fails(sttj::parse_request(c.json), c.expected);
        }
        {
            INFO("parse_response");
            check_fails(sttj::parse_response(c.json), c.expected);
        }
        {
            INFO("parse_response_lenient");
            check_fails(sttj::parse_response_lenient(c.json), c.expected);
        }
        {
            INFO("parse_error");
            check_fails(sttj::parse_error(c.json), c.expected);
            // With a header, its code, and the body's problem beside it.
            const auto with_header = sttj::parse_error(c.json, "FooError");
            REQUIRE(with_header.has_value());
            CHECK(with_header->code.view() == "FooError");
            REQUIRE(with_header->body_problem.has_value());
            check_error(*with_header->body_problem, c.expected);
        }
    }
}

TEST_CASE("unknown members of every JSON type are checked and skipped", "[parse]") {
    // Every escape, every literal, numbers of every form, nested containers,
    // and names that only look like known ones.
    const std::string noise =
        R"("n":null,"t":true,"f":false,"i":-0,"d":-1.5e+10,"e":0.25E-3,"z":1e0,)"
        R"("s":"\"\\\/\b\f\n\r\t\u0041\u00e9\u20AC\uD83D\uDE00\ud834\udd1e","u":"é€😀",)"
        R"("a":[],"o":{},"h":[1,[2,{"i":[null,{"j":{}}]}],"x"],"k":{"l":{"m":[[]]}},)"
        R"("":0,"jobid":"not a job id!","JobIdJobIdJobIdJobIdJobIdJobIdJobIdJobId":1,"JobStatus ":1,)"
        R"("code":"X","__type":"Y","message":"Z")";
    const std::string json = "{" + noise + R"(,"JobId":"abc",)" + noise + "}";
    INFO("input: " << show(json));

    const auto request = sttj::parse_request(json);
    if (!request) UNSCOPED_INFO("error: " << describe(request.error()));
    REQUIRE(request.has_value());
    CHECK(request->job_id.view() == "abc");

    const auto response = sttj::parse_response(json);
    REQUIRE(response.has_value());
    CHECK(response->job_id->view() == "abc");
    CHECK_FALSE(response->job_status.has_value());

    const auto lenient = sttj::parse_response_lenient(json);
    REQUIRE(lenient.has_value());
    CHECK(lenient->job_id->view() == "abc");
    CHECK_FALSE(lenient->job_status.has_value());

    // For parse_error, JobId is the unknown member; its own names are not.
    const std::string error_json = "{" + noise.substr(0, noise.find(R"("code")")) + R"("JobId":"abc","code":"X"})";
    const auto error = sttj::parse_error(error_json);
    REQUIRE(error.has_value());
    CHECK(error->code.view() == "X");
    CHECK_FALSE(error->message.has_value());

    // "\u004a\u006f\u0062Status" is JobStatus for the response parsers, where
    // "STOPPED " (with a space) is an unknown status, but only noise for a
    // request.
    const std::string escaped_status = "{" + noise + R"(,"\u004a\u006f\u0062Status":"STOPPED ","JobId":"abc"})";
    CHECK(sttj::parse_request(escaped_status).has_value());
    const auto open = sttj::parse_response(escaped_status);
    REQUIRE(open.has_value());
    CHECK(open->job_status->wire_name() == "STOPPED ");
    CHECK_FALSE(open->job_status->known().has_value());
    check_fails(sttj::parse_response_strict(escaped_status),
                {Constraint, escaped_status.find(R"("STOPPED ")"), bad_status, "JobStatus"});
    const auto kept = sttj::parse_response_lenient(escaped_status);
    REQUIRE(kept.has_value());
    CHECK(kept->job_status->view() == "STOPPED ");
}

// ====================================================================
// parse_request
// ====================================================================

TEST_CASE("parse_request: table", "[parse][request]") {
    const std::string long_ascii = repeat("a", 32);
    const std::vector<RequestCase> cases = {
        // Values.
        {"plain", R"({"JobId":"abc"})", Ok{"abc"}},
        {"typical id", R"({"JobId":"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e"})", Ok{"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e"}},
        {"every allowed ASCII punctuation", R"({"JobId":"_.:/=+-%@ 09AZaz"})", Ok{"_.:/=+-%@ 09AZaz"}},
        {"whitespace around every token", " \t\n\r{ \t\n\r\"JobId\" \t\n\r: \t\n\r\"abc\" \t\n\r} \t\n\r", Ok{"abc"}},
        {"whitespace only after", "{\"JobId\":\"abc\"}\n", Ok{"abc"}},
        {"32 ASCII characters", R"({"JobId":")" + long_ascii + R"("})", Ok{long_ascii}},
        {"32 four-byte letters", R"({"JobId":")" + repeat(bold_a, 32) + R"("})", Ok{repeat(bold_a, 32)}},
        {"32 escaped surrogate pairs", R"({"JobId":")" + repeat(R"(\uD835\uDC00)", 32) + R"("})",
         Ok{repeat(bold_a, 32)}},
        {"32 escaped e-acute", R"({"JobId":")" + repeat(R"(\u00e9)", 32) + R"("})", Ok{repeat(e_acute, 32)}},
        {"non-ASCII raw", "{\"JobId\":\"\xC3\xA9t\xC3\xA9\"}", Ok{"\xC3\xA9t\xC3\xA9"}},
        {"escaped letters", R"({"JobId":"a\u0062c"})", Ok{"abc"}},
        {"escaped uppercase hex", R"({"JobId":"\u00C9\u00e9"})", Ok{"\xC3\x89\xC3\xA9"}},
        {"escaped slash", R"({"JobId":"a\/b"})", Ok{"a/b"}},
        {"escaped space", R"({"JobId":"\u0020"})", Ok{" "}},
        {"U+2028 (Zl) raw", "{\"JobId\":\"a\xE2\x80\xA8\"}", Ok{"a\xE2\x80\xA8"}},
        {"U+3000 (Zs) escaped", R"({"JobId":"\u3000"})", Ok{"\xE3\x80\x80"}},
        {"Arabic-Indic digit", R"({"JobId":"\u0661"})", Ok{"\xD9\xA1"}},
        {"surrogate pair, lowercase", R"({"JobId":"\ud835\udc00"})", Ok{bold_a}},
        // Member names are compared after unescaping, case-sensitively.
        {"name with an escaped I", R"({"Job\u0049d":"abc"})", Ok{"abc"}},
        {"name fully escaped", R"({"\u004a\u006f\u0062\u0049\u0064":"abc"})", Ok{"abc"}},
        {"name with an escaped slash elsewhere is another name", R"({"Job\/Id":"x","JobId":"abc"})", Ok{"abc"}},
        {"lowercase jobid is unknown", R"({"jobid":"abc"})", Err{Schema, 0, missing, "JobId"}},
        {"uppercase JOBID is unknown", R"({"JOBID":"abc"})", Err{Schema, 0, missing, "JobId"}},
        {"trailing space in the name", R"({"JobId ":"abc"})", Err{Schema, 0, missing, "JobId"}},
        {"escaped lowercase i is another name", R"({"Job\u0069d":"abc"})", Err{Schema, 0, missing, "JobId"}},
        // Missing and null.
        {"empty object", "{}", Err{Schema, 0, missing, "JobId"}},
        {"empty object after whitespace", " \n{ }", Err{Schema, 2, missing, "JobId"}},
        {"JobId null", R"({"JobId":null})", Err{Schema, 0, missing, "JobId"}},
        {"only unknown members", R"({"JobStatus":"STOPPED"})", Err{Schema, 0, missing, "JobId"}},
        // Duplicates: schema, at the second name.
        {"duplicate JobId", R"({"JobId":"a","JobId":"b"})", Err{Schema, 13, duplicate, "JobId"}},
        // {"JobId":null, is 14 bytes.
        {"duplicate after null", R"({"JobId":null,"JobId":"b"})", Err{Schema, 14, duplicate, "JobId"}},
        {"duplicate written with an escape", R"({"JobId":"a","Job\u0049d":"b"})", Err{Schema, 13, duplicate, "JobId"}},
        {"duplicate with whitespace", R"({ "JobId" : "a" , "JobId" : "b" })", Err{Schema, 18, duplicate, "JobId"}},
        // Wrong JSON types: schema, at the value.
        {"number", R"({"JobId":1})", Err{Schema, 9, not_string, "JobId"}},
        {"negative number", R"({"JobId":-0.5e3})", Err{Schema, 9, not_string, "JobId"}},
        {"true", R"({"JobId":true})", Err{Schema, 9, not_string, "JobId"}},
        {"false", R"({"JobId":false})", Err{Schema, 9, not_string, "JobId"}},
        {"array", R"({"JobId":["abc"]})", Err{Schema, 9, not_string, "JobId"}},
        {"empty array", R"({"JobId":[]})", Err{Schema, 9, not_string, "JobId"}},
        {"object", R"({"JobId":{"JobId":"abc"}})", Err{Schema, 9, not_string, "JobId"}},
        {"number after whitespace", "{\"JobId\": \t1}", Err{Schema, 11, not_string, "JobId"}},
        // Not an object: schema at the value.
        {"number document", "1", Err{Schema, 0, not_object}},
        {"string document", R"( "JobId" )", Err{Schema, 1, not_object}},
        {"null document", "null", Err{Schema, 0, not_object}},
        {"array document", R"([{"JobId":"a"}])", Err{Schema, 0, not_object}},
        {"empty array document", "\n[]", Err{Schema, 1, not_object}},
        // Syntax beats schema and constraint, whatever comes first.
        {"mistyped JobId, then a trailing comma", R"({"JobId":1,})", Err{Syntax, 11, "expected a member name"}},
        {"syntax error inside a mistyped JobId", R"({"JobId":[1,]})", Err{Syntax, 12, "expected a value", "JobId"}},
        {"missing value for JobId", R"({"JobId":})", Err{Syntax, 9, "expected a value", "JobId"}},
        {"JobId cut at the colon", R"({"JobId":)", Err{Syntax, 9, "expected a value, found the end", "JobId"}},
        {"bad JobId, then trailing data", R"({"JobId":"a!"} x)", Err{Syntax, 15, "data after the JSON value"}},
        {"duplicate, then a syntax error", R"({"JobId":"a","JobId":"b",})", Err{Syntax, 25, "expected a member name"}},
        {"bad JobId, then an encoding error", "{\"JobId\":\"!\",\"x\":\"\xFF\"}",
         Err{Encoding, 18, "byte never valid in UTF-8"}},
        {"non-object, then trailing data", "1 x", Err{Syntax, 2, "data after the JSON value"}},
        // Among schema and constraint problems, the first in the input wins.
        {"bad JobId, then a duplicate", R"({"JobId":"!","JobId":"a"})", Err{Constraint, 10, bad_character, "JobId"}},
        {"duplicate, then a bad JobId", R"({"JobId":"a","JobId":"!"})", Err{Schema, 13, duplicate, "JobId"}},
        {"mistyped, then a bad JobId", R"({"JobId":1,"JobId":"!"})", Err{Schema, 9, not_string, "JobId"}},
        // Syntax and encoding problems inside the JobId string name the member.
        {"raw control in JobId", "{\"JobId\":\"a\x01\"}", Err{Syntax, 11, "raw control character in string", "JobId"}},
        {"raw tab in JobId", "{\"JobId\":\"a\tb\"}", Err{Syntax, 11, "raw control character in string", "JobId"}},
        {"ill-formed UTF-8 in JobId", "{\"JobId\":\"a\xC3(\"}", Err{Encoding, 11, "UTF-8 sequence cut short", "JobId"}},
        {"encoded surrogate in JobId", "{\"JobId\":\"\xED\xBF\xBF\"}",
         Err{Encoding, 10, "UTF-8 encoded surrogate", "JobId"}},
        {"lone low surrogate in JobId", R"({"JobId":"ab\uDC00"})",
         Err{Encoding, 12, "lone low surrogate escape", "JobId"}},
        {"lone high surrogate in JobId", R"({"JobId":"\uD800"})",
         Err{Encoding, 10, "lone high surrogate escape", "JobId"}},
        {"invalid escape in JobId", R"({"JobId":"\a"})", Err{Syntax, 10, "invalid escape", "JobId"}},
        {"unterminated JobId", R"({"JobId":"abc)", Err{Syntax, 13, "unterminated string", "JobId"}},
        // Constraint errors point at the offending character in the input.
        {"empty JobId: at the quote", R"({"JobId":""})", Err{Constraint, 9, empty_id, "JobId"}},
        {"disallowed ASCII", R"({"JobId":"a!b"})", Err{Constraint, 11, bad_character, "JobId"}},
        {"disallowed first character", R"({"JobId":"#"})", Err{Constraint, 10, bad_character, "JobId"}},
        {"DEL", "{\"JobId\":\"a\x7F\"}", Err{Constraint, 11, bad_character, "JobId"}},
        {"copyright sign (So)", "{\"JobId\":\"ab\xC2\xA9\"}", Err{Constraint, 12, bad_character, "JobId"}},
        {"combining acute (Mn)", "{\"JobId\":\"e\xCC\x81\"}", Err{Constraint, 11, bad_character, "JobId"}},
        {"after non-ASCII", "{\"JobId\":\"\xC3\xA9\xC3\xA9!\"}", Err{Constraint, 14, bad_character, "JobId"}},
        {"after a 4-byte letter", "{\"JobId\":\"" + bold_a + "?\"}", Err{Constraint, 14, bad_character, "JobId"}},
        {"escaped disallowed: at the backslash", R"({"JobId":"a\u0021b"})",
         Err{Constraint, 11, bad_character, "JobId"}},
        {"escaped NUL", R"({"JobId":"\u0000"})", Err{Constraint, 10, bad_character, "JobId"}},
        {"escaped newline at the end", R"({"JobId":"abc\n"})", Err{Constraint, 13, bad_character, "JobId"}},
        {"escaped quote", R"({"JobId":"a\"b"})", Err{Constraint, 11, bad_character, "JobId"}},
        {"escaped backslash", R"({"JobId":"a\\b"})", Err{Constraint, 11, bad_character, "JobId"}},
        {"escaped backspace", R"({"JobId":"a\bb"})", Err{Constraint, 11, bad_character, "JobId"}},
        {"escaped form feed", R"({"JobId":"a\fb"})", Err{Constraint, 11, bad_character, "JobId"}},
        {"escaped CR", R"({"JobId":"a\rb"})", Err{Constraint, 11, bad_character, "JobId"}},
        {"escaped tab", R"({"JobId":"a\tb"})", Err{Constraint, 11, bad_character, "JobId"}},
        {"escaped disallowed after escapes", R"({"JobId":"\u0061\u00e9\uD835\uDC00\u00a9"})",
         Err{Constraint, 34, bad_character, "JobId"}},
        {"escaped emoji (So) as a pair", R"({"JobId":"ab\uD83D\uDE00"})", Err{Constraint, 12, bad_character, "JobId"}},
        {"raw emoji (So)", "{\"JobId\":\"ab\xF0\x9F\x98\x80\"}", Err{Constraint, 12, bad_character, "JobId"}},
        // Too long: at the 33rd scalar.
        {"33 ASCII", R"({"JobId":")" + repeat("a", 33) + R"("})", Err{Constraint, 42, too_long, "JobId"}},
        {"40 ASCII", R"({"JobId":")" + repeat("a", 40) + R"("})", Err{Constraint, 42, too_long, "JobId"}},
        {"33rd is disallowed too: too-long first", R"({"JobId":")" + repeat("a", 32) + R"(!"})",
         Err{Constraint, 42, too_long, "JobId"}},
        {"disallowed before the 33rd: character first", R"({"JobId":"!)" + repeat("a", 40) + R"("})",
         Err{Constraint, 10, bad_character, "JobId"}},
        // 10 + 32 * 2 = 74.
        {"33 two-byte letters", "{\"JobId\":\"" + repeat(e_acute, 33) + "\"}", Err{Constraint, 74, too_long, "JobId"}},
        // 10 + 32 * 4 = 138.
        {"33 four-byte letters", "{\"JobId\":\"" + repeat(bold_a, 33) + "\"}", Err{Constraint, 138, too_long, "JobId"}},
        // 10 + 32 * 6 = 202.
        {"33 escaped letters", R"({"JobId":")" + repeat(R"(\u00e9)", 33) + R"("})",
         Err{Constraint, 202, too_long, "JobId"}},
        // 10 + 32 * 12 = 394.
        {"33 escaped pairs", R"({"JobId":")" + repeat(R"(\uD835\uDC00)", 33) + R"("})",
         Err{Constraint, 394, too_long, "JobId"}},
        {"the 33rd written as an escape", R"({"JobId":")" + long_ascii + R"(\u0062"})",
         Err{Constraint, 42, too_long, "JobId"}},
        // 10 + 31 + 6 = 47: escapes before the 33rd shift it.
        {"escapes before the 33rd", R"({"JobId":"\u0061)" + repeat("a", 31) + R"(bcd"})",
         Err{Constraint, 47, too_long, "JobId"}},
        {"100 escaped letters then a bad one", R"({"JobId":")" + repeat(R"(\u0041)", 100) + R"(!"})",
         Err{Constraint, 202, too_long, "JobId"}},
        // Empty input.
        {"empty body", "", Err{Syntax, 0, "empty document"}},
        {"blank body", " \t\r\n", Err{Syntax, 4, "empty document"}},
        {"NUL body", "\0"s, Err{Syntax, 0, "expected a value"}},
    };
    for (const RequestCase& c : cases) {
        INFO("case: " << c.name << "\ninput: " << show(c.json));
        const auto result = sttj::parse_request(c.json);
        if (const auto* ok = std::get_if<Ok>(&c.expected)) {
            if (!result) UNSCOPED_INFO("error: " << describe(result.error()));
            REQUIRE(result.has_value());
            CHECK(result->job_id.view() == ok->job_id);
        } else {
            check_fails(result, std::get<Err>(c.expected));
        }
    }
}

// ====================================================================
// Nesting depth: the top-level object is level 1; 512 levels are allowed.
// ====================================================================

TEST_CASE("nesting depth: 512 levels are accepted, 513 are a Limit error", "[parse][limit]") {
    // {"JobId":"a","x": is 17 bytes; each '[' adds a level to the object's 1.
    const std::string head = R"({"JobId":"a","x":)";
    SECTION("511 and 512 levels") {
        for (const std::size_t arrays : {510u, 511u}) {
            const std::string json = head + nest(arrays) + "}";
            INFO("levels: " << arrays + 1);
            const auto request = sttj::parse_request(json);
            REQUIRE(request.has_value());
            CHECK(request->job_id.view() == "a");
            CHECK(sttj::parse_response(json).has_value());
            CHECK(sttj::parse_response_lenient(json).has_value());
            CHECK(sttj::parse_error(json, "E").has_value());
        }
    }
    SECTION("513 levels: at the 512th '['") {
        const std::string json = head + nest(512) + "}";
        const Err expected{Limit, 17 + 511, too_deep};
        check_fails(sttj::parse_request(json), expected);
        check_fails(sttj::parse_response(json), expected);
        check_fails(sttj::parse_response_lenient(json), expected);
        const auto error = sttj::parse_error(json, "E");
        REQUIRE(error.has_value());
        REQUIRE(error->body_problem.has_value());
        check_error(*error->body_problem, expected);
    }
    SECTION("much deeper: still at the first '[' beyond 512 levels") {
        const std::string json = head + repeat("[", 100000);
        check_fails(sttj::parse_request(json), {Limit, 17 + 511, too_deep});
    }
    SECTION("objects count like arrays") {
        // {"x": repeated: the k-th '{' is at 5 (k - 1) and opens level k.
        const auto objects = [](std::size_t levels) { return repeat(R"({"x":)", levels) + "1" + repeat("}", levels); };
        const auto ok = sttj::parse_response(objects(512));
        REQUIRE(ok.has_value());
        CHECK(*ok == sttj::StopTextTranslationJobResponse{});
        check_fails(sttj::parse_response(objects(513)), {Limit, 5 * 512, too_deep});
    }
    SECTION("a top-level array counts from level 1") {
        check_fails(sttj::parse_request(nest(512)), {Schema, 0, not_object});
        check_fails(sttj::parse_request(nest(513)), {Limit, 512, too_deep});
        check_fails(sttj::parse_response(nest(513)), {Limit, 512, too_deep});
    }
    SECTION("inside a mistyped JobId: the limit wins and names the member") {
        // {"JobId": is 9 bytes; the k-th '[' opens level k + 1.
        check_fails(sttj::parse_request(R"({"JobId":)" + nest(511) + "}"), {Schema, 9, not_string, "JobId"});
        check_fails(sttj::parse_request(R"({"JobId":)" + nest(512) + "}"), {Limit, 9 + 511, too_deep, "JobId"});
        check_fails(sttj::parse_response(R"({"JobStatus":)" + nest(512) + "}"),
                    {Limit, 13 + 511, too_deep, "JobStatus"});
    }
    SECTION("a syntax error before the limit wins") {
        const std::string json = R"({"a":01,"x":)" + nest(600) + "}";
        check_fails(sttj::parse_request(json), {Syntax, 5, "number with a leading zero"});
    }
    SECTION("the limit wins over a later syntax error and an earlier schema error") {
        const std::string json = R"({"JobId":1,"x":)" + nest(513) + ",}";
        check_fails(sttj::parse_request(json), {Limit, 15 + 511, too_deep});
    }
}

// ====================================================================
// parse_response
// ====================================================================

TEST_CASE("parse_response: table", "[parse][response]") {
    const std::vector<ResponseCase> cases = {
        // Blank bodies are responses with no members (awsJson1_1).
        {"empty body", "", ResponseOk{}},
        {"blank body", " \t\r\n", ResponseOk{}},
        {"empty object", "{}", ResponseOk{}},
        {"empty object with whitespace", "\n{ \t}\r\n", ResponseOk{}},
        // Each subset of members.
        {"only JobId", R"({"JobId":"abc"})", ResponseOk{"abc", std::nullopt}},
        {"only JobStatus", R"({"JobStatus":"STOPPED"})", ResponseOk{std::nullopt, JobStatus::Stopped}},
        {"both", R"({"JobId":"abc","JobStatus":"STOP_REQUESTED"})", ResponseOk{"abc", JobStatus::StopRequested}},
        {"both, reversed", R"({"JobStatus":"COMPLETED","JobId":"abc"})", ResponseOk{"abc", JobStatus::Completed}},
        {"nulls are absent", R"({"JobId":null,"JobStatus":null})", ResponseOk{}},
        {"null JobId", R"({"JobId":null,"JobStatus":"FAILED"})", ResponseOk{std::nullopt, JobStatus::Failed}},
        {"whitespace everywhere", " {\t\"JobId\"\n:\r\"x\" , \"JobStatus\" : \"SUBMITTED\" } ",
         ResponseOk{"x", JobStatus::Submitted}},
        // Every status.
        {"SUBMITTED", R"({"JobStatus":"SUBMITTED"})", ResponseOk{std::nullopt, JobStatus::Submitted}},
        {"IN_PROGRESS", R"({"JobStatus":"IN_PROGRESS"})", ResponseOk{std::nullopt, JobStatus::InProgress}},
        {"COMPLETED", R"({"JobStatus":"COMPLETED"})", ResponseOk{std::nullopt, JobStatus::Completed}},
        {"COMPLETED_WITH_ERROR", R"({"JobStatus":"COMPLETED_WITH_ERROR"})",
         ResponseOk{std::nullopt, JobStatus::CompletedWithError}},
        {"FAILED", R"({"JobStatus":"FAILED"})", ResponseOk{std::nullopt, JobStatus::Failed}},
        {"STOP_REQUESTED", R"({"JobStatus":"STOP_REQUESTED"})", ResponseOk{std::nullopt, JobStatus::StopRequested}},
        {"STOPPED", R"({"JobStatus":"STOPPED"})", ResponseOk{std::nullopt, JobStatus::Stopped}},
        // JobStatus written with escapes.
        {"status with an escaped underscore", R"({"JobStatus":"STOP\u005fREQUESTED"})",
         ResponseOk{std::nullopt, JobStatus::StopRequested}},
        {"status fully escaped", R"({"JobStatus":"\u0053\u0054\u004F\u0050\u0050\u0045\u0044"})",
         ResponseOk{std::nullopt, JobStatus::Stopped}},
        {"status name escaped", R"({"Job\u0053tatus":"FAILED"})", ResponseOk{std::nullopt, JobStatus::Failed}},
        // Unknown members, including case variants of the known ones.
        {"unknown members", R"({"jobstatus":"X","JOBID":1,"JobId":"a","Extra":{"JobStatus":"bad"}})",
         ResponseOk{"a", std::nullopt}},
        // Unknown statuses are kept (Smithy enums are open); strict parsing
        // rejects them: constraint at the opening quote.
        {"unknown status", R"({"JobStatus":"PAUSED"})", ResponseOk{std::nullopt, unknown("PAUSED")},
         Err{Constraint, 13, bad_status, "JobStatus"}},
        {"lowercase status", R"({"JobStatus":"stopped"})", ResponseOk{std::nullopt, unknown("stopped")},
         Err{Constraint, 13, bad_status, "JobStatus"}},
        {"empty status", R"({"JobStatus":""})", ResponseOk{std::nullopt, unknown("")},
         Err{Constraint, 13, bad_status, "JobStatus"}},
        {"status with a space", R"({"JobStatus":" STOPPED"})", ResponseOk{std::nullopt, unknown(" STOPPED")},
         Err{Constraint, 13, bad_status, "JobStatus"}},
        {"status with a trailing NUL", R"({"JobStatus":"STOPPED\u0000"})",
         ResponseOk{std::nullopt, unknown(std::string_view{"STOPPED\0", 8})},
         Err{Constraint, 13, bad_status, "JobStatus"}},
        {"status longer than any", R"({"JobStatus":"COMPLETED_WITH_ERROR_AND_MORE"})",
         ResponseOk{std::nullopt, unknown("COMPLETED_WITH_ERROR_AND_MORE")},
         Err{Constraint, 13, bad_status, "JobStatus"}},
        {"status prefix", R"({"JobStatus":"STOP"})", ResponseOk{std::nullopt, unknown("STOP")},
         Err{Constraint, 13, bad_status, "JobStatus"}},
        {"status after whitespace", "{\"JobStatus\" :\t\"X\"}", ResponseOk{std::nullopt, unknown("X")},
         Err{Constraint, 15, bad_status, "JobStatus"}},
        {"unknown status with escapes and non-ASCII", R"({"JobId":"a","JobStatus":"P\u00c4USED \"\\\n"})",
         ResponseOk{"a", unknown("P\xC3\x84USED \"\\\n")}, Err{Constraint, 25, bad_status, "JobStatus"}},
        {"unknown status of 64 bytes", R"({"JobStatus":")" + repeat("\u00e9", 32) + R"("})",
         ResponseOk{std::nullopt, unknown(repeat("\xC3\xA9", 32))}, Err{Constraint, 13, bad_status, "JobStatus"}},
        {"unknown status of 65 bytes", R"({"JobStatus":")" + repeat("X", 65) + R"("})",
         Err{Limit, 13, "JobStatus longer than 64 bytes", "JobStatus"}, Err{Constraint, 13, bad_status, "JobStatus"}},
        {"status mistyped", R"({"JobStatus":7})", Err{Schema, 13, not_string, "JobStatus"}},
        {"status as an array", R"({"JobStatus":["STOPPED"]})", Err{Schema, 13, not_string, "JobStatus"}},
        // {"JobStatus":"STOPPED", is 23 bytes.
        {"duplicate JobStatus", R"({"JobStatus":"STOPPED","JobStatus":"FAILED"})",
         Err{Schema, 23, duplicate, "JobStatus"}},
        {"duplicate JobStatus, second null", R"({"JobStatus":"STOPPED","JobStatus":null})",
         Err{Schema, 23, duplicate, "JobStatus"}},
        {"duplicate JobId", R"({"JobId":"a","JobStatus":"STOPPED","JobId":"a"})", Err{Schema, 35, duplicate, "JobId"}},
        {"bad JobId", R"({"JobId":"a b!","JobStatus":"STOPPED"})", Err{Constraint, 13, bad_character, "JobId"}},
        {"bad JobId and bad status: the first wins", R"({"JobStatus":"X","JobId":"!"})",
         Err{Constraint, 26, bad_character, "JobId"}, Err{Constraint, 13, bad_status, "JobStatus"}},
        {"empty JobId", R"({"JobId":""})", Err{Constraint, 9, empty_id, "JobId"}},
        {"too-long JobId", R"({"JobId":")" + repeat("a", 33) + R"("})", Err{Constraint, 42, too_long, "JobId"}},
        {"unknown status, then a syntax error", R"({"JobStatus":"PAUSED",})",
         Err{Syntax, 22, "expected a member name"}},
        {"not an object", R"(["JobId"])", Err{Schema, 0, not_object}},
        {"a string", R"( "STOPPED")", Err{Schema, 1, not_object}},
        {"null", "null", Err{Schema, 0, not_object}},
        {"encoding error in the status", "{\"JobStatus\":\"STOPPED\xC0\"}",
         Err{Encoding, 21, "byte never valid in UTF-8", "JobStatus"}},
        {"lone surrogate in the status", R"({"JobStatus":"\uD800STOPPED"})",
         Err{Encoding, 14, "lone high surrogate escape", "JobStatus"}},
        {"BOM", "\xEF\xBB\xBF{}", Err{Syntax, 0, "expected a value"}},
        {"BOM alone", "\xEF\xBB\xBF", Err{Syntax, 0, "expected a value"}},
    };
    for (const ResponseCase& c : cases) {
        INFO("case: " << c.name << "\ninput: " << show(c.json));
        const auto result = sttj::parse_response(c.json);
        const auto strict = sttj::parse_response_strict(c.json);
        if (const auto* ok = std::get_if<ResponseOk>(&c.expected)) {
            if (!result) UNSCOPED_INFO("error: " << describe(result.error()));
            REQUIRE(result.has_value());
            REQUIRE(result->job_id.has_value() == ok->job_id.has_value());
            if (ok->job_id) CHECK(result->job_id->view() == *ok->job_id);
            CHECK(describe_status(result->job_status) == describe_status(ok->job_status));
            CHECK(result->job_status == ok->job_status);
        } else {
            check_fails(result, std::get<Err>(c.expected));
        }
        if (c.strict) {
            check_fails(strict, *c.strict);
        } else {
            CHECK(strict == result);
        }
    }
}

// ====================================================================
// parse_response_lenient
// ====================================================================

TEST_CASE("parse_response_lenient: table", "[parse][lenient]") {
    const std::string s256 = repeat("a", 256);
    const std::vector<LenientCase> cases = {
        {"empty body", "", LenientOk{}},
        {"blank body", "\n", LenientOk{}},
        {"empty object", "{}", LenientOk{}},
        {"both known", R"({"JobId":"abc","JobStatus":"STOPPED"})", LenientOk{"abc", "STOPPED"}},
        {"unknown status kept", R"({"JobId":"abc","JobStatus":"PAUSED"})", LenientOk{"abc", "PAUSED"}},
        {"over-long JobId kept", R"({"JobId":")" + repeat("a", 40) + R"("})", LenientOk{repeat("a", 40), std::nullopt}},
        {"disallowed characters kept", R"({"JobId":"a!b#c"})", LenientOk{"a!b#c", std::nullopt}},
        {"empty strings kept", R"({"JobId":"","JobStatus":""})", LenientOk{"", ""}},
        {"nulls are absent", R"({"JobId":null,"JobStatus":null})", LenientOk{}},
        {"every escape decoded", R"({"JobId":"\"\\\/\b\f\n\r\t\u0000\u001F\u00e9\u20AC\uD83D\uDE00"})",
         LenientOk{"\"\\/\b\f\n\r\t\0\x1F\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80"s, std::nullopt}},
        {"status via escapes", R"({"JobStatus":"P\u0041USED"})", LenientOk{std::nullopt, "PAUSED"}},
        {"256 bytes fit", R"({"JobId":")" + s256 + R"(","JobStatus":")" + s256 + R"("})", LenientOk{s256, s256}},
        {"256 bytes from escapes fit", R"({"JobId":")" + repeat(R"(\u0061)", 256) + R"("})",
         LenientOk{s256, std::nullopt}},
        {"257 bytes: limit at the value", R"({"JobId":")" + s256 + R"(a"})",
         Err{Limit, 9, "longer than 256 bytes", "JobId"}},
        {"257 bytes of status", R"({"JobStatus":")" + s256 + R"(a"})",
         Err{Limit, 13, "longer than 256 bytes", "JobStatus"}},
        {"a 2-byte scalar across the limit", "{\"JobId\":\"" + repeat("a", 255) + e_acute + "\"}",
         Err{Limit, 9, "longer than 256 bytes", "JobId"}},
        {"257 bytes from escapes", R"({"JobId":")" + repeat(R"(\u0061)", 257) + R"("})",
         Err{Limit, 9, "longer than 256 bytes", "JobId"}},
        {"limit beats a later syntax error", R"({"JobId":")" + s256 + R"(a",})",
         Err{Limit, 9, "longer than 256 bytes", "JobId"}},
        {"a syntax error before the limit wins", R"({"x":01,"JobId":")" + s256 + R"(a"})",
         Err{Syntax, 5, "number with a leading zero"}},
        {"still strict about types", R"({"JobId":1})", Err{Schema, 9, not_string, "JobId"}},
        {"still strict about duplicates", R"({"JobStatus":"A","JobStatus":"B"})",
         Err{Schema, 17, duplicate, "JobStatus"}},
        {"still strict about encoding", "{\"JobId\":\"\xF8\"}",
         Err{Encoding, 10, "byte never valid in UTF-8", "JobId"}},
        {"still strict about the document", "[]", Err{Schema, 0, not_object}},
    };
    for (const LenientCase& c : cases) {
        INFO("case: " << c.name << "\ninput: " << show(c.json));
        const auto result = sttj::parse_response_lenient(c.json);
        if (const auto* ok = std::get_if<LenientOk>(&c.expected)) {
            if (!result) UNSCOPED_INFO("error: " << describe(result.error()));
            REQUIRE(result.has_value());
            REQUIRE(result->job_id.has_value() == ok->job_id.has_value());
            if (ok->job_id) CHECK(result->job_id->view() == *ok->job_id);
            REQUIRE(result->job_status.has_value() == ok->job_status.has_value());
            if (ok->job_status) CHECK(result->job_status->view() == *ok->job_status);
        } else {
            check_fails(result, std::get<Err>(c.expected));
        }
    }
}

TEST_CASE("lenient: known_job_status()", "[parse][lenient]") {
    const auto paused = sttj::parse_response_lenient(R"({"JobStatus":"PAUSED"})");
    REQUIRE(paused.has_value());
    CHECK(paused->job_status->view() == "PAUSED");
    CHECK_FALSE(paused->known_job_status().has_value());

    const auto absent = sttj::parse_response_lenient(R"({"JobId":"x"})");
    REQUIRE(absent.has_value());
    CHECK_FALSE(absent->known_job_status().has_value());

    for (const JobStatus status : sttj::all_job_statuses) {
        const std::string json = R"({"JobStatus":")" + std::string{sttj::to_string(status)} + R"("})";
        const auto lenient = sttj::parse_response_lenient(json);
        REQUIRE(lenient.has_value());
        REQUIRE(lenient->known_job_status().has_value());
        CHECK(*lenient->known_job_status() == status);
        // The strict parser agrees.
        const auto strict = sttj::parse_response(json);
        REQUIRE(strict.has_value());
        CHECK(strict->job_status == lenient->known_job_status());
    }
    // Case matters.
    const auto lower = sttj::parse_response_lenient(R"({"JobStatus":"stopped"})");
    REQUIRE(lower.has_value());
    CHECK_FALSE(lower->known_job_status().has_value());
}

// ====================================================================
// parse_error: the shared structure rules (the protocol rules are in
// test_error_response.cpp)
// ====================================================================

TEST_CASE("parse_error: table", "[parse][error]") {
    struct Case {
        std::string name;
        std::string body;
        std::string header;
        std::variant<std::string, Err> expected;  // the code, or the error
        std::optional<std::string> message = std::nullopt;
        std::optional<Err> body_problem = std::nullopt;  // with a code
    };
    const std::vector<Case> cases = {
        {"__type", R"({"__type":"FooError"})", "", "FooError"},
        {"whitespace around", " \r\n{ \"__type\" : \"FooError\" } \t", "", "FooError"},
        {"name via escapes", R"({"\u005f_type":"FooError","Messag\u0065":"m"})", "", "FooError", "m"},
        {"code via escapes", R"({"code":"Foo\u0045rror"})", "", "FooError"},
        {"null code is absent", R"({"code":null,"__type":"FooError"})", "", "FooError"},
        {"unknown members skipped", R"({"a":[{"code":"X"}],"__type":"FooError","b":{"__type":"Y"}})", "", "FooError"},
        {"empty body with header", "", "FooError", "FooError"},
        {"blank body with header", " \n", "FooError", "FooError"},
        {"empty body without header", "", "",
         Err{Schema, 0, "no error code: no X-Amzn-Errortype header and no top-level code or __type member"}},
        {"empty object", "{}", "", Err{Schema, 0, "~no error code"}},
        {"mistyped __type", R"({"__type":1})", "", Err{Schema, 10, not_string, "__type"}},
        {"mistyped code", R"({"code":true})", "", Err{Schema, 8, not_string, "code"}},
        // A problem in the body never hides a code read whole (issue: a
        // proxy's page, a cut body, a mistyped message): the result keeps
        // the code and what else was read whole, and names the problem.
        {"mistyped message", R"({"__type":"A","message":5})", "", "A", std::nullopt,
         Err{Schema, 24, not_string, "message"}},
        {"mistyped Message", R"({"__type":"A","Message":{}})", "", "A", std::nullopt,
         Err{Schema, 24, not_string, "Message"}},
        {"mistyped code despite a header", R"({"code":1})", "FooError", "FooError", std::nullopt,
         Err{Schema, 8, not_string, "code"}},
        {"mistyped code, __type read", R"({"code":1,"__type":"B"})", "", "B", std::nullopt,
         Err{Schema, 8, not_string, "code"}},
        {"duplicate __type: neither is the code", R"({"__type":"A","__type":"B"})", "",
         Err{Schema, 14, duplicate, "__type"}},
        {"duplicate message", R"({"__type":"A","message":"x","message":"y"})", "", "A", std::nullopt,
         Err{Schema, 28, duplicate, "message"}},
        {"not an object", R"(["FooError"])", "", Err{Schema, 0, not_object}},
        {"not an object, with a header", R"("FooError")", "FooError", "FooError", std::nullopt,
         Err{Schema, 0, not_object}},
        {"a syntax error does not hide the header", R"({"__type":"A",})", "FooError", "FooError", std::nullopt,
         Err{Syntax, 14, "expected a member name"}},
        {"a code read before a syntax error is kept", R"({"__type":"A","message":"m",})", "", "A", "m",
         Err{Syntax, 28, "expected a member name"}},
        {"a body cut inside the message", R"({"code":"A","__type":"B","message":"cut)", "", "A", std::nullopt,
         Err{Syntax, 39, "unterminated string", "message"}},
        {"a body cut inside the code", R"({"message":"m","code":"Throttl)", "",
         Err{Syntax, 30, "unterminated string", "code"}},
        {"a body cut inside the code, with a header", R"({"message":"m","code":"Throttl)", "ThrottlingException",
         "ThrottlingException", "m", Err{Syntax, 30, "unterminated string", "code"}},
        {"a proxy's HTML page with a header", "<html><body>502 Bad Gateway</body></html>", "ThrottlingException",
         "ThrottlingException", std::nullopt, Err{Syntax, 0, "expected a value"}},
        {"a proxy's HTML page without a header", "<html><body>502 Bad Gateway</body></html>", "",
         Err{Syntax, 0, "expected a value"}},
        {"encoding error in the message", "{\"__type\":\"A\",\"message\":\"\xFF\"}", "", "A", std::nullopt,
         Err{Encoding, 25, "byte never valid in UTF-8", "message"}},
        {"encoding error in the code", "{\"code\":\"\xFF\"}", "",
         Err{Encoding, 9, "byte never valid in UTF-8", "code"}},
        {"BOM", "\xEF\xBB\xBF{}", "FooError", "FooError", std::nullopt, Err{Syntax, 0, "expected a value"}},
    };
    for (const Case& c : cases) {
        INFO("case: " << c.name << "\nbody: " << show(c.body) << "\nheader: " << show(c.header));
        const auto result = sttj::parse_error(c.body, c.header);
        if (const auto* code = std::get_if<std::string>(&c.expected)) {
            if (!result) UNSCOPED_INFO("error: " << describe(result.error()));
            REQUIRE(result.has_value());
            CHECK(result->code.view() == *code);
            REQUIRE(result->message.has_value() == c.message.has_value());
            if (c.message) CHECK(result->message->view() == *c.message);
            CHECK_FALSE(result->message_truncated);
            REQUIRE(result->body_problem.has_value() == c.body_problem.has_value());
            if (c.body_problem) check_error(*result->body_problem, *c.body_problem);
        } else {
            check_fails(result, std::get<Err>(c.expected));
        }
    }
}

// ====================================================================
// The parsers are constexpr.
// ====================================================================

namespace {
constexpr bool parses_at_compile_time() {
    const auto request = sttj::parse_request(R"({"Job\u0049d" : "\u00e9t\u00e9"})");
    if (!request || request->job_id.view() != "\xC3\xA9t\xC3\xA9") return false;
    const auto bad = sttj::parse_request(R"({"JobId":"a!"})");
    if (bad || bad.error() != sttj::Error{Constraint, 11, bad_character, "JobId"}) return false;
    const auto response = sttj::parse_response(R"({"JobStatus":"STOPPED","JobId":"x"})");
    if (!response || response->job_status != JobStatus::Stopped || response->job_id->view() != "x") return false;
    const auto paused = sttj::parse_response(R"({"JobStatus":"PAUSED"})");
    if (!paused || paused->job_status->known() || paused->job_status->wire_name() != "PAUSED") return false;
    const auto strict = sttj::parse_response_strict(R"({"JobStatus":"PAUSED"})");
    if (strict || strict.error() != sttj::Error{Constraint, 13, bad_status, "JobStatus"}) return false;
    const auto lenient = sttj::parse_response_lenient(R"({"JobStatus":"PAUSED"})");
    if (!lenient || lenient->job_status->view() != "PAUSED" || lenient->known_job_status()) return false;
    const auto error = sttj::parse_error(R"({"__type":"ns#FooError:uri","message":"m"})");
    return error && error->code.view() == "FooError" && error->message->view() == "m";
}
}  // namespace

TEST_CASE("the parsers run at compile time", "[parse][constexpr]") {
    STATIC_REQUIRE(parses_at_compile_time());
    CHECK(parses_at_compile_time());
}

// The run-time fast paths (canonical shapes, parse.hpp) must give exactly what
// the general parser gives; constant evaluation always takes the general
// parser, so each document is parsed both ways and compared. The documents
// sit on the edges of the fast path: every status, near-miss statuses and
// frames, ids at the length limits and ids the fast path must refuse. The
// run-time parse reads the document from an exact-size heap buffer, alone
// (ASan flags a read past its end) and followed by each byte a reader that
// runs past the end might misjudge (exact_buffer.hpp).
#define STTJ_CHECK_FAST_PATH_AGREES(DOC)                                         \
    do {                                                                         \
        constexpr auto general_request = sttj::parse_request(DOC);               \
        constexpr auto general_response = sttj::parse_response(DOC);             \
        const sttj_test::ExactBytes exact{DOC};                                  \
        INFO(std::string(exact.view()));                                         \
        CHECK(sttj::parse_request(exact.view()) == general_request);             \
        CHECK(sttj::parse_response(exact.view()) == general_response);           \
        for (const char next : sttj_test::dangerous_bytes_after_document()) {    \
            const auto followed = sttj_test::ExactBytes::followed_by(DOC, next); \
            CHECK(sttj::parse_request(followed.view()) == general_request);      \
            CHECK(sttj::parse_response(followed.view()) == general_response);    \
        }                                                                        \
    } while (false)

TEST_CASE("the run-time fast paths agree with the general parser", "[parse][fast_path]") {
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"0123456789abcdef0123456789abcdef"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"0123456789abcdef0123456789abcdef0"})");  // 33 scalars
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":""})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a!"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"\u0041"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"日本語ジョブ"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a","JobStatus":"SUBMITTED"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a","JobStatus":"IN_PROGRESS"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a","JobStatus":"COMPLETED"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a","JobStatus":"COMPLETED_WITH_ERROR"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a","JobStatus":"FAILED"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a","JobStatus":"STOP_REQUESTED"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a","JobStatus":"STOPPED"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"0123456789abcdef0123456789abcdef","JobStatus":"STOPPED"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"","JobStatus":"FAILED"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a b","JobStatus":"XFAILED"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a","JobStatus":"FAILEDX"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a","JobStatus":"failed"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a","JobStatus":"COMPLETED_WITH_ERRORS"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a","JobStatus":""})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a","JobStatus":"STOPPED","JobStatus":"STOPPED"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a","JobStatus":"ED_WITH_ERROR"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a","JobStatus" :"STOPPED"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a","Jobstatus":"STOPPED"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a:\"FAILED"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a","JobStatus":"STOPPED"} )");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"FAILED"})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"a","JobStatus":null})");
    STTJ_CHECK_FAST_PATH_AGREES(R"({"JobId":"StatusFAILED"})");
}
