// Tests for AWS JSON 1.1 error responses: the 14 Smithy awsJson1_1 error
// vectors (hard-coded, and read again from the reference at run time), the
// precedence of the code sources and of the message members, truncation,
// limits, header checks, sanitizing, the known-error table and to_json.
// The header comes first: this proves it is self-contained.
#include <sttj/error_response.hpp>

#include <cstddef>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <sttj/detail/utf8.hpp>
#include <sttj/parse.hpp>
#include <sttj/parse_error.hpp>
#include <sttj/serialize.hpp>
#include <sttj/wire_names.hpp>

#include <catch2/catch.hpp>

#include "../support/skip.hpp"

using sttj::ErrorCategory;
using sttj::KnownError;

namespace {

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

std::string describe(const sttj::Error& e) {
    return "{" + std::string{sttj::to_string(e.category)} + ", " + std::to_string(e.offset) + ", \"" +
           std::string{e.message} + "\", member \"" + std::string{e.member} + "\"}";
}

/// Parses and requires success; returns the response.
sttj::ErrorResponse parsed(std::string_view body, std::string_view header = {}) {
    const auto result = sttj::parse_error(body, header);
    if (!result) UNSCOPED_INFO("error: " << describe(result.error()));
    REQUIRE(result.has_value());
    return *result;
}

void check_error(std::string_view body, std::string_view header, ErrorCategory category, std::size_t offset,
                 std::string_view message, std::string_view member) {
    const auto result = sttj::parse_error(body, header);
    REQUIRE_FALSE(result.has_value());
    INFO("actual error: " << describe(result.error()));
    CHECK(sttj::to_string(result.error().category) == sttj::to_string(category));
    CHECK(result.error().offset == offset);
    CHECK(result.error().message == message);
    CHECK(result.error().member == member);
}

bool well_formed_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto step = sttj::detail::decode_utf8(text, i);
        if (step.problem != sttj::detail::Utf8Problem::None) return false;
        i += step.length;
    }
    return true;
}

struct Vector {
    std::string_view id;
    std::string_view header;
    std::string_view body;
    std::string_view code;
    std::optional<std::string_view> message = std::nullopt;
};

// The 14 httpResponseTests of smithy-aws-protocol-tests/model/awsJson1_1/errors.smithy,
// as listed in ../shared/reference/awsjson11-error-vectors.md.
constexpr std::string_view uri = "http://internal.amazon.com/coral/com.amazon.coral.validate/";
const std::vector<Vector> vectors = {
    {"AwsJson11InvalidGreetingError", "", R"({"__type": "InvalidGreeting", "Message": "Hi"})", "InvalidGreeting", "Hi"},
    {"AwsJson11ComplexError", "", R"({"__type": "ComplexError", "TopLevel": "Top level", "Nested": {"Foo": "bar"}})",
     "ComplexError"},
    {"AwsJson11EmptyComplexError", "", R"({"__type": "ComplexError"})", "ComplexError"},
    {"AwsJson11FooErrorUsingXAmznErrorType", "FooError", "", "FooError"},
    {"AwsJson11FooErrorUsingXAmznErrorTypeWithUri",
     "FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "", "FooError"},
    {"AwsJson11FooErrorUsingXAmznErrorTypeWithUriAndNamespace",
     "aws.protocoltests.json#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/", "", "FooError"},
    {"AwsJson11FooErrorUsingCode", "", R"({"code": "FooError"})", "FooError"},
    {"AwsJson11FooErrorUsingCodeAndNamespace", "", R"({"code": "aws.protocoltests.json#FooError"})", "FooError"},
    {"AwsJson11FooErrorUsingCodeUriAndNamespace", "",
     R"({"code": "aws.protocoltests.json#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"})",
     "FooError"},
    {"AwsJson11FooErrorWithDunderType", "", R"({"__type": "FooError"})", "FooError"},
    {"AwsJson11FooErrorWithDunderTypeAndNamespace", "", R"({"__type": "aws.protocoltests.json#FooError"})", "FooError"},
    {"AwsJson11FooErrorWithDunderTypeAndDifferentNamespace", "", R"({"__type": "aws.different.namespace#FooError"})",
     "FooError"},
    {"AwsJson11FooErrorWithDunderTypeUriAndNamespace", "",
     R"({"__type": "aws.protocoltests.json#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/"})",
     "FooError"},
    {"AwsJson11FooErrorWithNestedTypeProperty", "",
     R"({"__type": "aws.protocoltests.json#FooError", "ErrorDetails": [{"__type": "com.amazon.internal#ErrorDetails", "reason": "Some reason"}]})",
     "FooError"},
};

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

/// The text between the first and the last backtick of a table cell, or "" if it has none.
std::string_view between_backticks(std::string_view cell) {
    const auto first = cell.find('`');
    const auto last = cell.rfind('`');
    if (first == std::string_view::npos || last == first) return {};
    return cell.substr(first + 1, last - first - 1);
}

}  // namespace

TEST_CASE("the 14 awsJson1_1 error vectors (hard-coded)", "[error][vectors]") {
    REQUIRE(vectors.size() == 14);
    for (const Vector& v : vectors) {
        INFO("vector " << v.id);
        const sttj::ErrorResponse response = parsed(v.body, v.header);
        CHECK(response.code.view() == v.code);
        REQUIRE(response.message.has_value() == v.message.has_value());
        if (v.message) CHECK(response.message->view() == *v.message);
        CHECK_FALSE(response.message_truncated);
    }
}

TEST_CASE("the 14 awsJson1_1 error vectors, read from the reference at run time", "[error][vectors]") {
    const char* const path = "../shared/reference/awsjson11-error-vectors.md";
    std::ifstream file{path, std::ios::binary};
    if (!file) {
        sttj_test::skip(std::string(path) +
                        " not found (tests run from the repository root; the shared reference "
                        "lives next to it): the run-time check of the 14 vectors did not run");
        return;
    }
    std::stringstream content;
    content << file.rdbuf();
    const std::string text = content.str();

    // The rows of the table under "## Vectors", up to the next section.
    const auto start = text.find("\n## Vectors");
    REQUIRE(start != std::string::npos);
    const auto end = text.find("\n## ", start + 1);
    std::istringstream section{text.substr(start, end == std::string::npos ? std::string::npos : end - start)};

    struct Row {
        std::string number, id, header, body, code;
    };
    std::vector<Row> rows;
    for (std::string line; std::getline(section, line);) {
        if (!line.starts_with("| ")) continue;
        std::vector<std::string_view> cells;
        std::string_view rest{line};
        rest.remove_prefix(1);
        for (std::size_t bar; (bar = rest.find('|')) != std::string_view::npos; rest.remove_prefix(bar + 1)) {
            cells.push_back(trim(rest.substr(0, bar)));
        }
        // | # | id | HTTP status | header | body | expected error | expected members |
        if (cells.size() != 7 || !cells[1].starts_with("AwsJson11")) continue;
        rows.push_back({std::string{cells[0]}, std::string{cells[1]}, std::string{between_backticks(cells[3])},
                        std::string{between_backticks(cells[4])}, std::string{cells[5]}});
    }
    REQUIRE(rows.size() == 14);
    std::set<std::string> ids;
    for (const Row& row : rows) {
        INFO("row " << row.number << ": " << row.id << "\nheader: " << row.header << "\nbody: " << row.body);
        ids.insert(row.id);
        const sttj::ErrorResponse response = parsed(row.body, row.header);
        CHECK(response.code.view() == row.code);
        // The hard-coded copy above agrees with the file.
        bool found = false;
        for (const Vector& v : vectors) {
            if (v.id != row.id) continue;
            found = true;
            CHECK(v.header == row.header);
            CHECK(v.body == row.body);
            CHECK(v.code == row.code);
        }
        CHECK(found);
    }
    CHECK(ids.size() == 14);
    // The rows that name a header carry one; the others carry a body.
    CHECK(rows[3].header == "FooError");
    CHECK(rows[3].body.empty());
    CHECK(rows[13].body.find("ErrorDetails") != std::string::npos);
}

TEST_CASE("code precedence: header, then code, then top-level __type", "[error][precedence]") {
    const std::string_view all = R"({"__type":"TypeError","code":"CodeError"})";
    CHECK(parsed(all, "HeaderError").code.view() == "HeaderError");
    CHECK(parsed(all).code.view() == "CodeError");
    CHECK(parsed(R"({"code":"CodeError","__type":"TypeError"})").code.view() == "CodeError");
    CHECK(parsed(R"({"__type":"TypeError"})", "ns#HeaderError:uri").code.view() == "HeaderError");
    CHECK(parsed(R"({"code":"CodeError"})", "HeaderError").code.view() == "HeaderError");
    // A null code is absent, so __type is used.
    CHECK(parsed(R"({"code":null,"__type":"TypeError"})").code.view() == "TypeError");
    // An empty header is no header.
    CHECK(parsed(all, "").code.view() == "CodeError");
    // Names are case-sensitive: "Code" and "__Type" are unknown members.
    CHECK(parsed(R"({"Code":"A","__type":"TypeError"})").code.view() == "TypeError");
    CHECK(parsed(R"({"__Type":"A","code":"CodeError"})").code.view() == "CodeError");
    // Nested __type and code never count.
    CHECK(parsed(R"({"x":{"code":"A"},"__type":"TypeError","y":[{"code":"B"}]})").code.view() == "TypeError");
    check_error(R"({"ErrorDetails":[{"__type":"com.amazon.internal#ErrorDetails"}]})", "", ErrorCategory::Schema, 0,
                "no error code: no X-Amzn-Errortype header and no top-level code or __type member", "");
    check_error(R"({"x":{"code":"A","__type":"B"}})", "", ErrorCategory::Schema, 0,
                "no error code: no X-Amzn-Errortype header and no top-level code or __type member", "");
    // An empty code is an error, not a reason to fall back to __type.
    check_error(R"({"code":"","__type":"TypeError"})", "", ErrorCategory::Schema, 8, "empty error code", "code");
}

TEST_CASE("message precedence: message, then Message", "[error][message]") {
    const auto message_of = [](std::string_view body) -> std::optional<std::string> {
        const sttj::ErrorResponse r = parsed(body);
        return r.message ? std::optional<std::string>{std::string{r.message->view()}} : std::nullopt;
    };
    CHECK(message_of(R"({"__type":"A","message":"lower","Message":"Upper"})") == "lower");
    CHECK(message_of(R"({"__type":"A","Message":"Upper","message":"lower"})") == "lower");
    CHECK(message_of(R"({"__type":"A","Message":"Upper"})") == "Upper");
    CHECK(message_of(R"({"__type":"A","message":null,"Message":"Upper"})") == "Upper");
    CHECK(message_of(R"({"__type":"A","message":""})") == "");
    CHECK(message_of(R"({"__type":"A"})") == std::nullopt);
    CHECK(message_of(R"({"__type":"A","message":null})") == std::nullopt);
    CHECK(message_of(R"({"__type":"A","errorMessage":"e","MESSAGE":"E","x":{"message":"m"}})") == std::nullopt);
    CHECK(message_of(R"({"__type":"A","message":"a\"b\\c\nd\u00e9\uD83D\uDE00"})") ==
          "a\"b\\c\nd\xC3\xA9\xF0\x9F\x98\x80");
    // With the code from the header, the message still comes from the body.
    const sttj::ErrorResponse r = parsed(R"({"message":"from the body"})", "FooError");
    CHECK(r.code.view() == "FooError");
    REQUIRE(r.message.has_value());
    CHECK(r.message->view() == "from the body");
}

TEST_CASE("message truncation at 1024 bytes, at a UTF-8 boundary", "[error][message]") {
    struct Case {
        std::string name;
        std::string message_json;  // the JSON string contents
        std::string expected;
        bool truncated;
    };
    const std::string a1024 = repeat("a", 1024);
    const std::vector<Case> cases = {
        {"1024 bytes: whole", a1024, a1024, false},
        {"1025 bytes: cut", a1024 + "b", a1024, true},
        {"much longer: cut", repeat("a", 5000), a1024, true},
        {"1022 + 2-byte scalar: whole", repeat("a", 1022) + "\xC3\xA9", repeat("a", 1022) + "\xC3\xA9", false},
        {"1023 + 2-byte scalar: cut before it", repeat("a", 1023) + "\xC3\xA9", repeat("a", 1023), true},
        {"1023 + 2-byte scalar + ASCII: nothing after the cut", repeat("a", 1023) + "\xC3\xA9" + "bcd",
         repeat("a", 1023), true},
        {"1020 + 4-byte scalar: whole", repeat("a", 1020) + "\xF0\x9F\x98\x80", repeat("a", 1020) + "\xF0\x9F\x98\x80",
         false},
        {"1021 + 4-byte scalar: cut before it", repeat("a", 1021) + "\xF0\x9F\x98\x80", repeat("a", 1021), true},
        {"1023 + 3-byte scalar", repeat("a", 1023) + "\xE2\x82\xAC", repeat("a", 1023), true},
        {"escapes count decoded", repeat("\\u0061", 1023) + "\\u00e9x", repeat("a", 1023), true},
        {"341 3-byte scalars + 1 byte: whole", repeat("\xE2\x82\xAC", 341) + "a", repeat("\xE2\x82\xAC", 341) + "a",
         false},
        {"342 3-byte scalars: cut to 341", repeat("\xE2\x82\xAC", 342), repeat("\xE2\x82\xAC", 341), true},
    };
    for (const Case& c : cases) {
        INFO("case: " << c.name);
        for (const std::string_view member : {"message", "Message"}) {
            INFO("member: " << member);
            const std::string body = R"({"__type":"A",")" + std::string{member} + R"(":")" + c.message_json + R"("})";
            const sttj::ErrorResponse r = parsed(body);
            REQUIRE(r.message.has_value());
            CHECK(r.message->size() == c.expected.size());
            CHECK(r.message->view() == c.expected);
            CHECK(r.message_truncated == c.truncated);
            CHECK(well_formed_utf8(r.message->view()));
            CHECK(r.code.view() == "A");
        }
    }
    // Only the chosen message's truncation counts.
    const sttj::ErrorResponse r =
        parsed(R"({"__type":"A","Message":")" + repeat("x", 2000) + R"(","message":"short"})");
    CHECK(r.message->view() == "short");
    CHECK_FALSE(r.message_truncated);
}

TEST_CASE("a code the response carries is never lost to its body", "[error][body_problem]") {
    // The header's code, whatever the body: the retry decision needs it.
    struct Row {
        std::string_view body;
        sttj::Error problem;
    };
    const Row rows[] = {
        {"<html><body>502 Bad Gateway</body></html>", {ErrorCategory::Syntax, 0, "expected a value"}},
        {R"({"__type":"Throttl)", {ErrorCategory::Syntax, 18, "unterminated string", "__type"}},
        {R"(["ThrottlingException"])", {ErrorCategory::Schema, 0, "the document is not a JSON object"}},
        {"{\"message\":\"\xC3\"}", {ErrorCategory::Encoding, 12, "UTF-8 sequence cut short", "message"}},
        {R"({"__type":"Other","message":5})", {ErrorCategory::Schema, 28, "expected a string or null", "message"}},
    };
    for (const Row& row : rows) {
        INFO(row.body);
        const sttj::ErrorResponse response = parsed(row.body, "ThrottlingException");
        CHECK(response.code.view() == "ThrottlingException");
        CHECK_FALSE(response.message.has_value());
        REQUIRE(response.body_problem.has_value());
        CHECK(*response.body_problem == row.problem);
        CHECK(sttj::find_known_error(response) == sttj::KnownError::ThrottlingException);
    }
    // Without a header, a mistyped message keeps the body's code.
    const sttj::ErrorResponse mistyped = parsed(R"({"__type":"ResourceNotFoundException","message":5})");
    CHECK(mistyped.code.view() == "ResourceNotFoundException");
    CHECK_FALSE(mistyped.message.has_value());
    CHECK(mistyped.body_problem ==
          sttj::Error{ErrorCategory::Schema, 48, "expected a string or null", sttj::wire::error_message});
    // A well-formed body has no problem, and writing drops the field.
    const sttj::ErrorResponse clean = parsed(R"({"__type":"A","message":"m"})");
    CHECK_FALSE(clean.body_problem.has_value());
    sttj::ErrorResponse written = mistyped;
    CHECK(sttj::to_json(written) == R"({"__type":"ResourceNotFoundException"})");
}

TEST_CASE("empty bodies", "[error]") {
    CHECK(parsed("", "FooError").code.view() == "FooError");
    CHECK_FALSE(parsed("", "FooError").message.has_value());
    CHECK(parsed(" \t\r\n", "FooError").code.view() == "FooError");
    const std::string_view no_code = "no error code: no X-Amzn-Errortype header and no top-level code or __type member";
    check_error("", "", ErrorCategory::Schema, 0, no_code, "");
    check_error(" \n", "", ErrorCategory::Schema, 0, no_code, "");
    check_error("{}", "", ErrorCategory::Schema, 0, no_code, "");
    check_error(R"({"message":"m"})", "", ErrorCategory::Schema, 0, no_code, "");
    check_error(R"({"code":null,"__type":null})", "", ErrorCategory::Schema, 0, no_code, "");
}

TEST_CASE("the header: printable ASCII only, offsets in the header", "[error][header]") {
    constexpr std::string_view printable = "header value must be printable ASCII";
    const std::string_view header_name = sttj::wire::error_type_header;
    check_error("", "Foo\tBar", ErrorCategory::Constraint, 3, printable, header_name);
    check_error("", "FooError\r\n", ErrorCategory::Constraint, 8, printable, header_name);
    check_error("", "\x7F", ErrorCategory::Constraint, 0, printable, header_name);
    check_error("", std::string_view{"Foo\0", 4}, ErrorCategory::Constraint, 3, printable, header_name);
    check_error("", "F\xC3\xA9", ErrorCategory::Constraint, 1, printable, header_name);
    // Checked before sanitizing: a bad byte in the discarded URI still counts.
    check_error("", "FooError:http://x/\x01", ErrorCategory::Constraint, 18, printable, header_name);
    // A good body does not rescue a bad header...
    check_error(R"({"__type":"TypeError"})", "\x01", ErrorCategory::Constraint, 0, printable, header_name);
    // ...nor does a bad body change that: the header is the code's source.
    check_error("{", "\x01", ErrorCategory::Constraint, 0, printable, header_name);
    // Spaces and every other printable byte are fine.
    CHECK(parsed("", "A B~!").code.view() == "A B~!");
    // Sanitizing that leaves nothing.
    check_error("", ":http://x", ErrorCategory::Schema, 0, "empty error code", header_name);
    check_error("", "ns#", ErrorCategory::Schema, 0, "empty error code", header_name);
}

TEST_CASE("error code limits and empty codes", "[error][limit]") {
    constexpr std::string_view too_long = "error code longer than 256 bytes";
    const std::string c256 = repeat("C", 256);
    CHECK(parsed(R"({"__type":")" + c256 + R"("})").code.view() == c256);
    CHECK(parsed("", c256).code.view() == c256);
    CHECK(parsed("", "ns#" + c256 + ":" + repeat("u", 1000)).code.view() == c256);
    // {"__type": is 9 bytes, so the value starts at 10; {"code": is 7 bytes.
    check_error(R"({"__type":")" + c256 + R"(C"})", "", ErrorCategory::Limit, 10, too_long, "__type");
    check_error(R"({"code":")" + repeat("C", 600) + R"("})", "", ErrorCategory::Limit, 8, too_long, "code");
    check_error(R"({"code" : )" + repeat("C", 300) + R"("})", "", ErrorCategory::Syntax, 10, "expected a value",
                "code");
    check_error("", c256 + "C", ErrorCategory::Limit, 0, too_long, sttj::wire::error_type_header);
    // A long URI after the code is cut off by sanitizing, not a limit.
    CHECK(parsed(R"({"code":"ns#)" + repeat("C", 100) + ":" + repeat("u", 600) + R"("})").code.view() ==
          repeat("C", 100));
    // sttj keeps the first 512 bytes of a raw code: a namespace longer than
    // that is a Limit error even though the sanitized code would be short.
    check_error(R"({"__type":")" + repeat("n", 520) + R"(#Foo"})", "", ErrorCategory::Limit, 10, too_long, "__type");
    // Empty codes.
    check_error(R"({"__type":""})", "", ErrorCategory::Schema, 10, "empty error code", "__type");
    check_error(R"({"code":"ns#"})", "", ErrorCategory::Schema, 8, "empty error code", "code");
    check_error(R"({"__type":":uri"})", "", ErrorCategory::Schema, 10, "empty error code", "__type");
    // A body code that cannot be used is no code: a malformed body reports
    // its own problem (a Schema error would call the body well-formed).
    check_error(R"({"__type":"ns#" "message":"m"})", "", ErrorCategory::Syntax, 16, "expected ',' or '}'", "");
    check_error(R"({"__type":")" + c256 + R"(C",)", "", ErrorCategory::Syntax, 270, "expected a member name", "");
    // A header code that cannot be used is the header's problem, whatever the body.
    check_error(R"({"__type":"Foo" "message":"m"})", "ns#", ErrorCategory::Schema, 0, "empty error code",
                sttj::wire::error_type_header);
}

TEST_CASE("sanitize_error_code", "[error][sanitize]") {
    using sttj::sanitize_error_code;
    STATIC_REQUIRE(sanitize_error_code("FooError") == "FooError");
    STATIC_REQUIRE(sanitize_error_code("FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/") ==
                   "FooError");
    STATIC_REQUIRE(sanitize_error_code("aws.protocoltests.json#FooError") == "FooError");
    STATIC_REQUIRE(sanitize_error_code(
                       "aws.protocoltests.json#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/") ==
                   "FooError");
    CHECK(sanitize_error_code("a#b#c") == "b#c");
    CHECK(sanitize_error_code("a:b:c") == "a");
    CHECK(sanitize_error_code("a:b#c") == "a");
    CHECK(sanitize_error_code("x#a:b#c") == "a");
    CHECK(sanitize_error_code("#Foo") == "Foo");
    CHECK(sanitize_error_code(":Foo") == "");
    CHECK(sanitize_error_code("ns#") == "");
    CHECK(sanitize_error_code("") == "");
    CHECK(sanitize_error_code("Foo Bar") == "Foo Bar");
    CHECK(std::string{uri}.find('#') == std::string::npos);
}

TEST_CASE("known_errors: the table", "[error][known]") {
    using sttj::known_errors;
    REQUIRE(known_errors.size() == 14);
    // Indexed by the enumerator.
    for (std::size_t i = 0; i < known_errors.size(); ++i) {
        INFO("entry " << i << ": " << known_errors[i].code);
        CHECK(static_cast<std::size_t>(known_errors[i].error) == i);
        CHECK(&sttj::error_info(known_errors[i].error) == &known_errors[i]);
    }

    // The three errors StopTextTranslationJob models.
    const auto& internal = sttj::error_info(KnownError::InternalServerException);
    CHECK(internal.code == "InternalServerException");
    CHECK(internal.http_status == 500);
    CHECK(internal.retryable);
    CHECK_FALSE(internal.throttling);
    CHECK(internal.modeled);
    const auto& not_found = sttj::error_info(KnownError::ResourceNotFoundException);
    CHECK(not_found.code == "ResourceNotFoundException");
    CHECK(not_found.http_status == 400);
    CHECK_FALSE(not_found.retryable);
    CHECK_FALSE(not_found.throttling);
    CHECK(not_found.modeled);
    const auto& too_many = sttj::error_info(KnownError::TooManyRequestsException);
    CHECK(too_many.code == "TooManyRequestsException");
    CHECK(too_many.http_status == 400);
    CHECK(too_many.retryable);
    CHECK(too_many.throttling);
    CHECK(too_many.modeled);
    std::size_t modeled = 0;
    for (const auto& info : known_errors) modeled += info.modeled ? 1 : 0;
    CHECK(modeled == 3);

    // Throttling implies retryable.
    for (const auto& info : known_errors) {
        INFO(info.code);
        if (info.throttling) CHECK(info.retryable);
    }
}

TEST_CASE("find_known_error: every entry round trips; unknown codes stay text", "[error][known]") {
    std::set<std::string_view> codes;
    for (const auto& info : sttj::known_errors) {
        INFO(info.code);
        codes.insert(info.code);
        const auto found = sttj::find_known_error(info.code);
        REQUIRE(found.has_value());
        CHECK(*found == info.error);
        // Through a parsed response, with a namespace and a URI to sanitize.
        const std::string body = R"({"__type":"com.amazonaws.translate#)" + std::string{info.code} + R"(:uri"})";
        const sttj::ErrorResponse response = parsed(body);
        CHECK(response.code.view() == info.code);
        REQUIRE(sttj::find_known_error(response).has_value());
        CHECK(*sttj::find_known_error(response) == info.error);
    }
    CHECK(codes.size() == sttj::known_errors.size());  // no code listed twice

    CHECK_FALSE(sttj::find_known_error("FooError").has_value());
    CHECK_FALSE(sttj::find_known_error("").has_value());
    CHECK_FALSE(sttj::find_known_error("internalserverexception").has_value());
    CHECK_FALSE(sttj::find_known_error("InternalServerException ").has_value());
    CHECK_FALSE(sttj::find_known_error("InternalServer").has_value());
    CHECK_FALSE(sttj::find_known_error("com.amazonaws.translate#InternalServerException").has_value());
    STATIC_REQUIRE(sttj::find_known_error("TooManyRequestsException") == KnownError::TooManyRequestsException);

    const sttj::ErrorResponse unknown = parsed(R"({"__type":"FooError","message":"m"})");
    CHECK(unknown.code.view() == "FooError");
    CHECK_FALSE(sttj::find_known_error(unknown).has_value());
}

TEST_CASE("to_json of an ErrorResponse", "[error][serialize]") {
    const sttj::ErrorResponse with_message = parsed(R"({"message":"Hi","__type":"ns#FooError"})");
    CHECK(sttj::to_json(with_message) == R"({"__type":"FooError","message":"Hi"})");
    const sttj::ErrorResponse without = parsed("", "FooError");
    CHECK(sttj::to_json(without) == R"({"__type":"FooError"})");
    const sttj::ErrorResponse empty_message = parsed(R"({"code":"A","message":""})");
    CHECK(sttj::to_json(empty_message) == R"({"__type":"A","message":""})");
    const sttj::ErrorResponse escaped = parsed(R"({"__type":"A\"B","Message":"line\nnext\u0001"})");
    CHECK(sttj::to_json(escaped) == R"({"__type":"A\"B","message":"line\nnext\u0001"})");
    // And back.
    for (const auto* response : {&with_message, &without, &empty_message, &escaped}) {
        CHECK(parsed(sttj::to_json(*response)) == *response);
    }
}
