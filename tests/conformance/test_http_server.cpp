// Tests for the service's side of the HTTP framing (http_server.hpp):
// reading an incoming request, every rejection with its exact category,
// offset, message and member, and the success and error replies, which
// parse_error and parse_response read back. The header comes first: this
// proves it is self-contained.
#include <sttj/http_server.hpp>

#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <sttj/error.hpp>
#include <sttj/error_response.hpp>
#include <sttj/inline_string.hpp>
#include <sttj/job_id.hpp>
#include <sttj/job_status.hpp>
#include <sttj/model.hpp>
#include <sttj/parse.hpp>
#include <sttj/parse_error.hpp>
#include <sttj/protocol.hpp>

#include <catch2/catch.hpp>

using namespace std::string_view_literals;

namespace {

using Headers = std::vector<sttj::HttpHeader>;
using sttj::ErrorCategory;

constexpr std::string_view body = R"({"JobId":"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e"})";  // 44 bytes
constexpr std::string_view target = "AWSShineFrontendService_20170701.StopTextTranslationJob";

Headers good_headers() {
    return {
        {"Host", "translate.us-east-1.amazonaws.com"},
        {"Content-Type", "application/x-amz-json-1.1"},
        {"Content-Length", "44"},
        {"X-Amz-Target", std::string{target}},
    };
}

/// good_headers() with the value of `name` replaced (or the header dropped
/// when `value` is nullopt).
Headers with(std::string_view name, std::optional<std::string> value) {
    Headers out;
    for (sttj::HttpHeader& header : good_headers()) {
        if (header.name != name) {
            out.push_back(header);
        } else if (value) {
            out.push_back({header.name, *value});
        }
    }
    return out;
}

std::string show(const sttj::Error& e) {
    return std::string{sttj::to_string(e.category)} + " at " + std::to_string(e.offset) + ": [" +
           std::string{e.member} + "] " + std::string{e.message};
}

std::string outcome(const sttj::Result<sttj::StopTextTranslationJobRequest>& r) {
    return r ? "ok " + std::string{r->job_id.view()} : show(r.error());
}

std::string rejection(ErrorCategory category, std::size_t offset, std::string_view message, std::string_view member) {
    return show(sttj::Error{category, offset, message, member});
}

std::string read(std::string_view method, std::string_view path, const Headers& headers,
                 std::string_view request_body = body) {
    return outcome(sttj::read_http_request(method, path, headers, request_body));
}

const std::string accepted = "ok 5236d36c2b1c4a8f8f1a6d7e9b0c3d2e";

/// The value of the one header named `name`, or nullopt.
std::optional<std::string> header(const Headers& headers, std::string_view name) {
    std::optional<std::string> found;
    for (const sttj::HttpHeader& h : headers) {
        if (h.name == name) {
            REQUIRE_FALSE(found.has_value());
            found = h.value;
        }
    }
    return found;
}

std::string describe(const Headers& headers) {
    std::string out;
    for (const sttj::HttpHeader& h : headers) out += h.name + ": " + h.value + "\n";
    return out;
}

template <std::size_t N>
sttj::InlineString<N> text(std::string_view s) {
    return *sttj::InlineString<N>::from(s);
}

sttj::ErrorResponse error_response(std::string_view code, std::optional<std::string_view> message = std::nullopt) {
    sttj::ErrorResponse e;
    e.code = text<sttj::error_code_capacity>(code);
    if (message) e.message = text<sttj::error_message_capacity>(*message);
    return e;
}

}  // namespace

TEST_CASE("the protocol category", "[http_server]") {
    STATIC_REQUIRE(sttj::to_string(ErrorCategory::Protocol) == "protocol"sv);
    STATIC_REQUIRE(sttj::Error{ErrorCategory::Protocol, 0, "x"} != sttj::Error{ErrorCategory::Schema, 0, "x"});
}

TEST_CASE("read_http_request accepts what the protocol allows", "[http_server]") {
    CHECK(read("POST", "/", good_headers()) == accepted);

    // What make_http_request builds, for a region, an endpoint, or without Host.
    const sttj::StopTextTranslationJobRequest request{*sttj::JobId::make("\xC3\xA9t\xC3\xA9 1")};
    for (const auto& http : {sttj::make_http_request(request, sttj::Region{"cn-north-1"}),
                             sttj::make_http_request(request, sttj::EndpointHost{"localhost:4566"}),
                             std::optional{sttj::make_http_request(request)}}) {
        REQUIRE(http.has_value());
        const auto back = sttj::read_http_request(http->method, http->path, http->headers, http->body);
        INFO(outcome(back));
        REQUIRE(back.has_value());
        CHECK(*back == request);
    }

    // Header names in any case, in any order; other headers, repeated or not, ignored.
    CHECK(read("POST", "/",
               {{"x-amz-target", std::string{target}},
                {"CONTENT-TYPE", "application/x-amz-json-1.1"},
                {"content-length", "44"},
                {"Accept", "a"},
                {"Accept", "b"},
                {"X-Amz-Date", "20260101T000000Z"}}) == accepted);
    // No Content-Length (chunked, or HTTP/2) and no Host: fine.
    CHECK(read("POST", "/", with("Content-Length", std::nullopt)) == accepted);
    CHECK(read("POST", "/", with("Host", std::nullopt)) == accepted);
    // Spaces and tabs around a value are not part of it.
    CHECK(read("POST", "/", with("X-Amz-Target", " \t" + std::string{target} + "\t ")) == accepted);
    CHECK(read("POST", "/", with("Content-Length", " 44\t")) == accepted);
    CHECK(read("POST", "/", with("Content-Length", "0044")) == accepted);
    // Media-type parameters are ignored (Smithy's AwsJson11MustSupportParametersInContentType);
    // the type and subtype compare case-insensitively.
    for (const std::string value :
         {"application/x-amz-json-1.1; charset=utf-8", "application/x-amz-json-1.1;charset=UTF-8",
          "application/x-amz-json-1.1 ; a=b; c=d", "application/x-amz-json-1.1;", "APPLICATION/X-AMZ-JSON-1.1",
          " Application/X-Amz-Json-1.1 "}) {
        INFO(value);
        CHECK(read("POST", "/", with("Content-Type", value)) == accepted);
    }
}

TEST_CASE("read_http_request: method and path", "[http_server]") {
    const auto method = [](std::size_t offset) {
        return rejection(ErrorCategory::Protocol, offset, "must be POST", ":method");
    };
    CHECK(read("GET", "/", good_headers()) == method(0));
    CHECK(read("post", "/", good_headers()) == method(0));  // methods are case-sensitive
    CHECK(read("", "/", good_headers()) == method(0));
    CHECK(read("POS", "/", good_headers()) == method(3));
    CHECK(read("POSTS", "/", good_headers()) == method(4));
    CHECK(read("PUT", "/", good_headers()) == method(1));
    CHECK(read("PO T", "/", good_headers()) == method(2));

    const auto path = [](std::size_t offset) {
        return rejection(ErrorCategory::Protocol, offset, "must be /", ":path");
    };
    CHECK(read("POST", "", good_headers()) == path(0));
    CHECK(read("POST", "x", good_headers()) == path(0));
    CHECK(read("POST", "/x", good_headers()) == path(1));
    CHECK(read("POST", "/?Action=StopTextTranslationJob", good_headers()) == path(1));
    CHECK(read("POST", "//", good_headers()) == path(1));

    // The method comes first, then the path, then the headers, then the body.
    CHECK(read("GET", "/x", {}, "") == method(0));
    CHECK(read("POST", "/x", {}, "") == path(1));
}

TEST_CASE("read_http_request: X-Amz-Target", "[http_server]") {
    const std::string_view member = "X-Amz-Target";
    const auto wrong = [&](std::size_t offset) {
        return rejection(ErrorCategory::Protocol, offset, "not the target of StopTextTranslationJob", member);
    };
    CHECK(read("POST", "/", with("X-Amz-Target", std::nullopt)) ==
          rejection(ErrorCategory::Protocol, 0, "missing header", member));
    Headers twice = good_headers();
    twice.push_back({"x-amz-target", std::string{target}});
    CHECK(read("POST", "/", twice) == rejection(ErrorCategory::Protocol, 0, "header given more than once", member));

    CHECK(read("POST", "/", with("X-Amz-Target", "")) == wrong(0));
    CHECK(read("POST", "/", with("X-Amz-Target", "AWSShineFrontendService_20170701.TranslateText")) == wrong(33));
    CHECK(read("POST", "/", with("X-Amz-Target", "AWSShineFrontendService_20170701.StopTextTranslationJobs")) ==
          wrong(55));
    CHECK(read("POST", "/", with("X-Amz-Target", "AWSShineFrontendService_20170701.StopTextTranslation")) == wrong(52));
    CHECK(read("POST", "/", with("X-Amz-Target", "awsshinefrontendservice_20170701.StopTextTranslationJob")) ==
          wrong(0));  // exact: no case folding
    CHECK(read("POST", "/", with("X-Amz-Target", "  StopTextTranslationJob")) ==
          wrong(2));  // offsets in the value as given
    CHECK(read("POST", "/", with("X-Amz-Target", "AWSShineFrontendService_20170701.StopTextTranslationJob\r")) ==
          wrong(55));

    // X-Amz-Target comes before Content-Type.
    CHECK(read("POST", "/", {{"Content-Type", "text/plain"}}) ==
          rejection(ErrorCategory::Protocol, 0, "missing header", member));
}

TEST_CASE("read_http_request: Content-Type", "[http_server]") {
    const std::string_view member = "Content-Type";
    const auto wrong = [&](std::size_t offset) {
        return rejection(ErrorCategory::Protocol, offset, "not the AWS JSON 1.1 media type", member);
    };
    CHECK(read("POST", "/", with("Content-Type", std::nullopt)) ==
          rejection(ErrorCategory::Protocol, 0, "missing header", member));
    Headers twice = good_headers();
    twice.push_back({"Content-type", "application/x-amz-json-1.1"});
    CHECK(read("POST", "/", twice) == rejection(ErrorCategory::Protocol, 0, "header given more than once", member));

    CHECK(read("POST", "/", with("Content-Type", "")) == wrong(0));
    CHECK(read("POST", "/", with("Content-Type", "   ")) == wrong(3));
    CHECK(read("POST", "/", with("Content-Type", "application/json")) == wrong(12));
    CHECK(read("POST", "/", with("Content-Type", "application/x-amz-json-1.0")) == wrong(25));
    CHECK(read("POST", "/", with("Content-Type", "application/x-amz-json-1.10")) == wrong(26));
    CHECK(read("POST", "/", with("Content-Type", "application/x-amz-json")) == wrong(22));
    CHECK(read("POST", "/", with("Content-Type", "  application/x-amz-json-1.1x; charset=utf-8")) == wrong(28));
    CHECK(read("POST", "/", with("Content-Type", "; application/x-amz-json-1.1")) == wrong(0));
    CHECK(read("POST", "/", with("Content-Type", "application/x-amz-json-1.1,text/plain")) == wrong(26));
}

TEST_CASE("read_http_request: Content-Length", "[http_server]") {
    const std::string_view member = "Content-Length";
    const auto not_number = [&](std::size_t offset) {
        return rejection(ErrorCategory::Protocol, offset, "not a decimal number", member);
    };
    const auto not_size = [&](std::size_t offset) {
        return rejection(ErrorCategory::Protocol, offset, "not the size of the body", member);
    };
    CHECK(read("POST", "/", with("Content-Length", "45")) == not_size(0));
    CHECK(read("POST", "/", with("Content-Length", "43")) == not_size(0));
    CHECK(read("POST", "/", with("Content-Length", "440")) == not_size(0));
    CHECK(read("POST", "/", with("Content-Length", "  4")) == not_size(2));
    CHECK(read("POST", "/", with("Content-Length", "0")) == not_size(0));
    CHECK(read("POST", "/", with("Content-Length", "18446744073709551616")) == not_size(0));  // 2^64
    CHECK(read("POST", "/", with("Content-Length", "99999999999999999999999999999999999999")) == not_size(0));
    CHECK(read("POST", "/", with("Content-Length", "")) == not_number(0));
    CHECK(read("POST", "/", with("Content-Length", " \t")) == not_number(2));
    CHECK(read("POST", "/", with("Content-Length", "4x")) == not_number(1));
    CHECK(read("POST", "/", with("Content-Length", "-44")) == not_number(0));
    CHECK(read("POST", "/", with("Content-Length", "+44")) == not_number(0));
    CHECK(read("POST", "/", with("Content-Length", "4 4")) == not_number(1));
    CHECK(read("POST", "/", with("Content-Length", "44, 44")) == not_number(2));
    Headers twice = good_headers();
    twice.push_back({"content-length", "44"});
    CHECK(read("POST", "/", twice) == rejection(ErrorCategory::Protocol, 0, "header given more than once", member));
    // An empty body may say so.
    CHECK(read("POST", "/", with("Content-Length", "0"), "") ==
          rejection(ErrorCategory::Schema, 0, "missing required member", "JobId"));
}

TEST_CASE("read_http_request: the body", "[http_server]") {
    const auto headers_for = [](std::string_view request_body) {
        return with("Content-Length", std::to_string(request_body.size()));
    };
    // parse_request's errors, their categories and body offsets unchanged.
    for (const std::string_view request_body :
         {R"({"JobId":"ab!"})"sv, R"({"JobId":"a",})"sv, "{\"JobId\":\"\\ud800\"}"sv, "{}"sv, R"({"JobId":1})"sv,
          R"([])"sv, R"({"JobId":"a","JobId":"b"})"sv, " "sv}) {
        INFO(request_body);
        const auto expected = sttj::parse_request(request_body);
        REQUIRE_FALSE(expected.has_value());
        CHECK(read("POST", "/", headers_for(request_body), request_body) == show(expected.error()));
    }
    CHECK(read("POST", "/", headers_for(R"({"JobId":"ab!"})"), R"({"JobId":"ab!"})") ==
          rejection(ErrorCategory::Constraint, 12, R"(character outside [\p{L}\p{Z}\p{N}_.:/=+\-%@])", "JobId"));
    // An empty body is read as {} (Smithy: servers must accept empty bodies).
    CHECK(read("POST", "/", headers_for(""), "") ==
          rejection(ErrorCategory::Schema, 0, "missing required member", "JobId"));
    CHECK(read("POST", "/", with("Content-Length", std::nullopt), "") ==
          rejection(ErrorCategory::Schema, 0, "missing required member", "JobId"));
    // A good body in another layout, with unknown members.
    const std::string_view pretty = "{\n  \"Other\": [1, 2],\n  \"JobId\": \"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e\"\n}";
    CHECK(read("POST", "/", headers_for(pretty), pretty) == accepted);
}

TEST_CASE("make_http_response", "[http_server]") {
    using namespace sttj::literals;
    const sttj::StopTextTranslationJobResponse response{"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e"_job_id,
                                                        sttj::JobStatus::StopRequested};
    const sttj::HttpResponse http = sttj::make_http_response(response);
    CHECK(http.status == 200);
    const std::string expected_body = R"({"JobId":"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e","JobStatus":"STOP_REQUESTED"})";
    CHECK(http.body == expected_body);
    INFO(describe(http.headers));
    CHECK(http.headers == Headers{{"Content-Type", "application/x-amz-json-1.1"},
                                  {"Content-Length", std::to_string(expected_body.size())}});
    CHECK(expected_body.size() == 73);
    const auto back = sttj::parse_response(http.body);
    REQUIRE(back.has_value());
    CHECK(*back == response);

    // No members: {} (a client must accept it), Content-Length 2.
    sttj::StopTextTranslationJobResponse empty;
    const sttj::HttpResponse none = sttj::make_http_response(empty);
    CHECK(none.status == 200);
    CHECK(none.body == "{}");
    CHECK(none.headers == Headers{{"Content-Type", "application/x-amz-json-1.1"}, {"Content-Length", "2"}});

    sttj::StopTextTranslationJobResponse stopped;
    stopped.job_status = sttj::JobStatus::Stopped;
    CHECK(sttj::make_http_response(stopped).body == R"({"JobStatus":"STOPPED"})");
}

TEST_CASE("make_http_error_response for each known error", "[http_server]") {
    // The table's statuses, written out: a change to the table shows here.
    const int statuses[] = {500, 400, 400, 400, 400, 500, 400, 403, 400, 403, 400, 503, 400, 400};
    REQUIRE(std::size(statuses) == sttj::known_errors.size());
    for (const sttj::ErrorInfo& info : sttj::known_errors) {
        INFO(info.code);
        const int status = statuses[static_cast<std::size_t>(info.error)];
        CHECK(info.http_status == status);

        const sttj::HttpResponse bare = sttj::make_http_error_response(info.error);
        CHECK(bare.status == status);
        const std::string bare_body = R"({"__type":")" + std::string{info.code} + "\"}";
        CHECK(bare.body == bare_body);
        INFO(describe(bare.headers));
        CHECK(bare.headers == Headers{{"Content-Type", "application/x-amz-json-1.1"},
                                      {"Content-Length", std::to_string(bare_body.size())},
                                      {"X-Amzn-Errortype", std::string{info.code}}});
        const auto bare_back = sttj::parse_error(bare.body, *header(bare.headers, "X-Amzn-Errortype"));
        REQUIRE(bare_back.has_value());
        CHECK(bare_back->code.view() == info.code);
        CHECK_FALSE(bare_back->message.has_value());
        CHECK(sttj::find_known_error(*bare_back) == info.error);

        const sttj::HttpResponse with_message = sttj::make_http_error_response(info.error, "Job \"x\" not found");
        CHECK(with_message.status == status);
        const std::string body_text =
            R"({"__type":")" + std::string{info.code} + R"(","message":"Job \"x\" not found"})";
        CHECK(with_message.body == body_text);
        CHECK(header(with_message.headers, "Content-Length") == std::to_string(body_text.size()));
        const auto back = sttj::parse_error(with_message.body, *header(with_message.headers, "X-Amzn-Errortype"));
        REQUIRE(back.has_value());
        CHECK(back->code.view() == info.code);
        REQUIRE(back->message.has_value());
        CHECK(back->message->view() == "Job \"x\" not found");
    }
    // An empty message is sent, and reads back as empty (not absent).
    const sttj::HttpResponse empty = sttj::make_http_error_response(sttj::KnownError::InternalFailure, "");
    CHECK(empty.body == R"({"__type":"InternalFailure","message":""})");
    const auto back = sttj::parse_error(empty.body);
    REQUIRE(back.has_value());
    REQUIRE(back->message.has_value());
    CHECK(back->message->empty());
}

TEST_CASE("make_http_error_response: a long message is cut at a character boundary", "[http_server]") {
    std::string long_message;
    for (int i = 0; i < 600; ++i) long_message += "\xC3\xA9";  // 1200 bytes
    const sttj::HttpResponse http =
        sttj::make_http_error_response(sttj::KnownError::ResourceNotFoundException, long_message);
    const std::string kept = long_message.substr(0, 1024);
    CHECK(http.body == R"({"__type":"ResourceNotFoundException","message":")" + kept + "\"}");
    const auto back = sttj::parse_error(http.body, *header(http.headers, "X-Amzn-Errortype"));
    REQUIRE(back.has_value());
    REQUIRE(back->message.has_value());
    CHECK(back->message->view() == kept);
    CHECK_FALSE(back->message_truncated);  // what was sent fits

    // 1023 ASCII bytes, then a 2-byte character across the limit: 1023 kept.
    const std::string straddling = std::string(1023, 'a') + "\xC3\xA9" + "tail";
    const auto cut = sttj::make_http_error_response(sttj::KnownError::ResourceNotFoundException, straddling);
    CHECK(cut.body == R"({"__type":"ResourceNotFoundException","message":")" + std::string(1023, 'a') + "\"}");
    // Exactly 1024 bytes: all kept.
    const std::string exact(1024, 'b');
    CHECK(sttj::make_http_error_response(sttj::KnownError::ResourceNotFoundException, exact).body ==
          R"({"__type":"ResourceNotFoundException","message":")" + exact + "\"}");
}

TEST_CASE("make_http_error_response with an explicit status", "[http_server]") {
    // A code outside the table: the caller gives the status.
    const sttj::HttpResponse http =
        sttj::make_http_error_response(error_response("SerializationException", "bad body"), 400);
    CHECK(http.status == 400);
    CHECK(http.body == R"({"__type":"SerializationException","message":"bad body"})");
    CHECK(http.headers == Headers{{"Content-Type", "application/x-amz-json-1.1"},
                                  {"Content-Length", "56"},
                                  {"X-Amzn-Errortype", "SerializationException"}});
    CHECK(sttj::make_http_error_response(error_response("UnknownOperationException"), 404).status == 404);
    // A known code with another status: the caller's choice is kept.
    CHECK(sttj::make_http_error_response(error_response("ResourceNotFoundException"), 404).status == 404);

    // The round trip, through the header and the body together and each alone,
    // gives back the same code and message: a code holding '#' is written with
    // a leading '#' in both.
    for (const std::string_view code :
         {"ThrottlingException"sv, "b#c"sv, "#"sv, "a#"sv, "ns#Name#x"sv, "a_b.c-d/e"sv, "a b"sv, "# lead"sv}) {
        INFO(code);
        const sttj::ErrorResponse sent = error_response(code, "m\xC3\xA9ssage");
        const sttj::HttpResponse reply = sttj::make_http_error_response(sent, 418);
        CHECK(reply.status == 418);
        const std::string written =
            code.find('#') == std::string_view::npos ? std::string{code} : "#" + std::string{code};
        CHECK(header(reply.headers, "X-Amzn-Errortype") == written);
        CHECK(reply.body == R"({"__type":")" + written + R"(","message":"m)" + "\xC3\xA9" + R"(ssage"})");
        for (const auto& [reply_body, reply_header] :
             {std::pair{std::string_view{reply.body}, std::string_view{written}},
              std::pair{std::string_view{reply.body}, std::string_view{}},
              std::pair{std::string_view{}, std::string_view{written}}}) {
            const auto back = sttj::parse_error(reply_body, reply_header);
            REQUIRE(back.has_value());
            CHECK(back->code.view() == code);
        }
        const auto back = sttj::parse_error(reply.body, written);
        REQUIRE(back.has_value());
        CHECK(*back == sent);
    }

    // A code HTTP cannot carry unchanged goes in the body only, and reads back from it.
    for (const std::string_view code : {"trail "sv, "tab\there"sv, "caf\xC3\xA9"sv, " lead"sv, "new\nline"sv}) {
        INFO(code);
        const sttj::HttpResponse reply = sttj::make_http_error_response(error_response(code), 400);
        CHECK_FALSE(header(reply.headers, "X-Amzn-Errortype").has_value());
        CHECK(reply.headers.size() == 2);
        const auto back = sttj::parse_error(reply.body);
        REQUIRE(back.has_value());
        CHECK(back->code.view() == code);
    }
}
