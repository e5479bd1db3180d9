// Tests for the client's HTTP framing (protocol.hpp) and the wire names
// (wire_names.hpp), and a run-time check of both, and of the JobId, JobStatus
// and error model, against the botocore service model in ../shared/reference,
// and of the Host header against the Smithy model's endpoint rule tests.
// (test_http_server.cpp tests the service's side.) The header comes first:
// this proves it is self-contained.
#include <sttj/protocol.hpp>

#include <cstddef>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <sttj/error_response.hpp>
#include <sttj/job_id.hpp>
#include <sttj/job_status.hpp>
#include <sttj/parse.hpp>
#include <sttj/wire_names.hpp>

#include <catch2/catch.hpp>

#include "../support/skip.hpp"

using namespace std::string_view_literals;

TEST_CASE("wire constants", "[protocol]") {
    STATIC_REQUIRE(sttj::wire::http_method == "POST"sv);
    STATIC_REQUIRE(sttj::wire::http_path == "/"sv);
    STATIC_REQUIRE(sttj::wire::content_type_header == "Content-Type"sv);
    STATIC_REQUIRE(sttj::wire::content_type == "application/x-amz-json-1.1"sv);
    STATIC_REQUIRE(sttj::wire::target_header == "X-Amz-Target"sv);
    STATIC_REQUIRE(sttj::wire::target == "AWSShineFrontendService_20170701.StopTextTranslationJob"sv);
    STATIC_REQUIRE(sttj::wire::error_type_header == "X-Amzn-Errortype"sv);
    STATIC_REQUIRE(sttj::wire::host_header == "Host"sv);
    STATIC_REQUIRE(sttj::wire::content_length_header == "Content-Length"sv);
    STATIC_REQUIRE(sttj::wire::endpoint_prefix == "translate"sv);
    STATIC_REQUIRE(sttj::wire::method_member == ":method"sv);
    STATIC_REQUIRE(sttj::wire::path_member == ":path"sv);
    STATIC_REQUIRE(sttj::wire::job_id == "JobId"sv);
    STATIC_REQUIRE(sttj::wire::job_status == "JobStatus"sv);
    STATIC_REQUIRE(sttj::wire::error_type == "__type"sv);
    STATIC_REQUIRE(sttj::wire::error_code == "code"sv);
    STATIC_REQUIRE(sttj::wire::error_message == "message"sv);
    STATIC_REQUIRE(sttj::wire::error_message_capitalized == "Message"sv);
}

namespace {

using Headers = std::vector<sttj::HttpHeader>;

constexpr std::string_view sample_id = "5236d36c2b1c4a8f8f1a6d7e9b0c3d2e";
constexpr std::string_view sample_body = R"({"JobId":"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e"})";

sttj::StopTextTranslationJobRequest sample_request() { return {*sttj::JobId::make(sample_id)}; }

/// The exact headers of a request to `host` with `body` (Host first).
Headers request_headers(std::string_view host, std::string_view body) {
    return {
        {"Host", std::string{host}},
        {"Content-Type", "application/x-amz-json-1.1"},
        {"Content-Length", std::to_string(body.size())},
        {"X-Amz-Target", "AWSShineFrontendService_20170701.StopTextTranslationJob"},
    };
}

std::string describe(const Headers& headers) {
    std::string out;
    for (const sttj::HttpHeader& header : headers) out += header.name + ": " + header.value + "\n";
    return out;
}

}  // namespace

TEST_CASE("make_http_request without a host", "[protocol]") {
    using namespace sttj::literals;
    const sttj::HttpRequest http = sttj::make_http_request(sample_request());
    CHECK(http.method == "POST");
    CHECK(http.path == "/");
    CHECK(http.body == sample_body);
    const Headers expected = {
        {"Content-Type", "application/x-amz-json-1.1"},
        {"Content-Length", "44"},
        {"X-Amz-Target", "AWSShineFrontendService_20170701.StopTextTranslationJob"},
    };
    INFO(describe(http.headers));
    CHECK(http.headers == expected);
    CHECK(sample_body.size() == 44);

    // The body is the canonical JSON, non-ASCII raw, and parses back;
    // Content-Length counts bytes.
    const sttj::HttpRequest other = sttj::make_http_request({"\xC3\xA9t\xC3\xA9 1"_job_id});
    CHECK(other.body == "{\"JobId\":\"\xC3\xA9t\xC3\xA9 1\"}");
    REQUIRE(other.headers.size() == 3);
    CHECK(other.headers[1].value == "19");
    CHECK(other.body.size() == 19);
    const auto back = sttj::parse_request(other.body);
    REQUIRE(back.has_value());
    CHECK(back->job_id.view() == "\xC3\xA9t\xC3\xA9 1");
}

TEST_CASE("make_http_request for a region", "[protocol]") {
    const struct {
        std::string_view region;
        std::string_view host;
    } cases[] = {
        {"us-east-1", "translate.us-east-1.amazonaws.com"},
        {"cn-north-1", "translate.cn-north-1.amazonaws.com.cn"},
        {"cn-northwest-1", "translate.cn-northwest-1.amazonaws.com.cn"},
        {"us-gov-west-1", "translate.us-gov-west-1.amazonaws.com"},
        {"us-iso-east-1", "translate.us-iso-east-1.c2s.ic.gov"},
        {"us-isob-east-1", "translate.us-isob-east-1.sc2s.sgov.gov"},
        {"eu-isoe-west-1", "translate.eu-isoe-west-1.cloud.adc-e.uk"},
        {"us-isof-south-1", "translate.us-isof-south-1.csp.hci.ic.gov"},
        {"il-central-1", "translate.il-central-1.amazonaws.com"},
        {"mx-central-1", "translate.mx-central-1.amazonaws.com"},
        // No partition's pattern matches: the "aws" partition (aws.partition's rule).
        {"xx-east-1", "translate.xx-east-1.amazonaws.com"},
        {"cn-north-west-1", "translate.cn-north-west-1.amazonaws.com"},  // \w+ holds no '-'
        {"cn-north", "translate.cn-north.amazonaws.com"},                // no \d+
        {"cn-north-1a", "translate.cn-north-1a.amazonaws.com"},
        {"local", "translate.local.amazonaws.com"},
    };
    for (const auto& c : cases) {
        INFO(c.region);
        CHECK(sttj::endpoint_host(sttj::Region{c.region}) == std::string{c.host});
        const auto http = sttj::make_http_request(sample_request(), sttj::Region{c.region});
        REQUIRE(http.has_value());
        CHECK(http->method == "POST");
        CHECK(http->path == "/");
        CHECK(http->body == sample_body);
        INFO(describe(http->headers));
        CHECK(http->headers == request_headers(c.host, sample_body));
    }
}

TEST_CASE("region names", "[protocol]") {
    STATIC_REQUIRE(sttj::is_valid_region_name("us-east-1"));
    STATIC_REQUIRE(sttj::is_valid_region_name("a"));
    STATIC_REQUIRE(sttj::is_valid_region_name("1a"));
    STATIC_REQUIRE(sttj::is_valid_region_name("US-EAST-1"));
    STATIC_REQUIRE(sttj::is_valid_region_name(
        std::string_view{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}));  // 63
    STATIC_REQUIRE_FALSE(sttj::is_valid_region_name(
        std::string_view{"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}));  // 64
    STATIC_REQUIRE_FALSE(sttj::is_valid_region_name(""));
    STATIC_REQUIRE_FALSE(sttj::is_valid_region_name("123"));
    STATIC_REQUIRE_FALSE(sttj::is_valid_region_name("-us-east-1"));
    STATIC_REQUIRE_FALSE(sttj::is_valid_region_name("us-east-1-"));
    STATIC_REQUIRE_FALSE(sttj::is_valid_region_name("us_east_1"));
    STATIC_REQUIRE_FALSE(sttj::is_valid_region_name("us-east-1.evil.com"));
    STATIC_REQUIRE_FALSE(sttj::is_valid_region_name("us-east-1\r\nX: y"));
    STATIC_REQUIRE_FALSE(sttj::is_valid_region_name("us east"));
    STATIC_REQUIRE(sttj::detail::dns_suffix("cn-north-1") == "amazonaws.com.cn");
    STATIC_REQUIRE(sttj::detail::dns_suffix("us-isob-east-1") == "sc2s.sgov.gov");
    STATIC_REQUIRE(sttj::detail::dns_suffix("us-west-2") == "amazonaws.com");

    for (const std::string_view bad : {"", "123", "us-east-1/x", "us-east-1\r\nX-Evil: 1", "-a", "a-"}) {
        INFO(bad);
        CHECK_FALSE(sttj::endpoint_host(sttj::Region{bad}).has_value());
        CHECK_FALSE(sttj::make_http_request(sample_request(), sttj::Region{bad}).has_value());
    }
}

TEST_CASE("make_http_request for a custom endpoint", "[protocol]") {
    for (const std::string_view host : {"localhost:4566", "example.com", "[::1]:8080", "127.0.0.1"}) {
        INFO(host);
        const auto http = sttj::make_http_request(sample_request(), sttj::EndpointHost{host});
        REQUIRE(http.has_value());
        CHECK(http->method == "POST");
        CHECK(http->path == "/");
        CHECK(http->body == sample_body);
        CHECK(http->headers == request_headers(host, sample_body));
    }
    // Not a header value that reads back the same: refused.
    for (const std::string_view host : {"", "local host", "example.com\r\nX-Evil: 1", " example.com", "h\xC3\xA9"}) {
        INFO(host);
        CHECK_FALSE(sttj::make_http_request(sample_request(), sttj::EndpointHost{host}).has_value());
    }
}

// =====================================================================
// Against the botocore service model, by plain string search
// =====================================================================

namespace {

const char* const model_path = "../shared/reference/service-model/botocore-translate-2017-07-01-service-2.json";

std::optional<std::string> read_model() {
    std::ifstream in{model_path, std::ios::binary};
    if (!in) return std::nullopt;
    return std::string{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
}

/// The text of the JSON object that starts at `open` (a '{' or '['),
/// matching brackets outside strings.
std::string_view balanced(std::string_view text, std::size_t open) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = open; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                in_string = false;
            }
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if ((c == '}' || c == ']') && --depth == 0) {
            return text.substr(open, i - open + 1);
        }
    }
    return {};
}

/// The object value of the first `"name":{` whose body contains `must_contain`.
std::string_view shape(std::string_view model, std::string_view name, std::string_view must_contain) {
    const std::string key = "\"" + std::string{name} + "\":{";
    for (std::size_t at = model.find(key); at != std::string_view::npos; at = model.find(key, at + 1)) {
        const std::string_view body = balanced(model, at + key.size() - 1);
        if (body.find(must_contain) != std::string_view::npos) return body;
    }
    return {};
}

/// The quoted strings inside a JSON array text such as `["A","B"]`, JSON escapes
/// undone for `\\` and `\"` (all the model uses).
std::vector<std::string> strings_in(std::string_view array) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < array.size(); ++i) {
        if (array[i] != '"') continue;
        std::string s;
        for (++i; i < array.size() && array[i] != '"'; ++i) {
            if (array[i] == '\\' && i + 1 < array.size()) ++i;
            s += array[i];
        }
        out.push_back(s);
    }
    return out;
}

/// The value text of `"key":` in an object text, up to the next ',' or '}'
/// outside strings (for scalars), or the balanced container.
std::string value_of(std::string_view object, std::string_view key) {
    const std::string needle = "\"" + std::string{key} + "\":";
    const auto at = object.find(needle);
    if (at == std::string_view::npos) return {};
    std::size_t start = at + needle.size();
    while (start < object.size() && (object[start] == ' ' || object[start] == '\n')) ++start;
    if (object[start] == '{' || object[start] == '[') return std::string{balanced(object, start)};
    if (object[start] == '"') {
        const auto strings = strings_in(object.substr(start));
        return strings.empty() ? std::string{} : strings.front();
    }
    return std::string{object.substr(start, object.find_first_of(",}\n", start) - start)};
}

}  // namespace

TEST_CASE("the constants agree with the botocore service model", "[protocol][model]") {
    const auto model = read_model();
    if (!model) {
        sttj_test::skip(std::string(model_path) +
                        " not found (tests run from the repository root; the shared reference lives next to "
                        "it): the service-model checks did not run");
        return;
    }
    const std::string_view text{*model};

    SECTION("metadata: targetPrefix, jsonVersion, protocol") {
        const std::string_view metadata = shape(text, "metadata", "\"targetPrefix\"");
        REQUIRE_FALSE(metadata.empty());
        const std::string target_prefix = value_of(metadata, "targetPrefix");
        CHECK(target_prefix == "AWSShineFrontendService_20170701");
        CHECK(std::string{sttj::wire::target} == target_prefix + ".StopTextTranslationJob");
        const std::string json_version = value_of(metadata, "jsonVersion");
        CHECK(json_version == "1.1");
        CHECK(std::string{sttj::wire::content_type} == "application/x-amz-json-" + json_version);
        CHECK(value_of(metadata, "protocol") == "json");
        CHECK(value_of(metadata, "endpointPrefix") == sttj::wire::endpoint_prefix);
    }
    SECTION("the operation: name, method, requestUri, shapes") {
        const std::string_view operation = shape(text, "StopTextTranslationJob", "\"http\"");
        REQUIRE_FALSE(operation.empty());
        CHECK(value_of(operation, "name") == "StopTextTranslationJob");
        CHECK(std::string{sttj::wire::target}.ends_with("." + value_of(operation, "name")));
        const std::string http = value_of(operation, "http");
        CHECK(value_of(http, "method") == sttj::wire::http_method);
        CHECK(value_of(http, "requestUri") == sttj::wire::http_path);
        CHECK(value_of(value_of(operation, "input"), "shape") == "StopTextTranslationJobRequest");
        CHECK(value_of(value_of(operation, "output"), "shape") == "StopTextTranslationJobResponse");
    }
    SECTION("the three modeled errors") {
        const std::string_view operation = shape(text, "StopTextTranslationJob", "\"http\"");
        const std::string errors = value_of(operation, "errors");
        std::set<std::string> from_model;
        for (const std::string& s : strings_in(errors)) {
            if (s != "shape") from_model.insert(s);
        }
        std::set<std::string> from_sttj;
        for (const auto& info : sttj::known_errors) {
            if (info.modeled) from_sttj.insert(std::string{info.code});
        }
        CHECK(from_model == std::set<std::string>{"InternalServerException", "ResourceNotFoundException",
                                                  "TooManyRequestsException"});
        CHECK(from_sttj == from_model);
        for (const std::string& name : from_model) {
            INFO(name);
            const std::string_view error_shape = shape(text, name, "\"exception\":true");
            REQUIRE_FALSE(error_shape.empty());
            // The modeled message member is "Message", which parse_error reads.
            CHECK(error_shape.find("\"Message\":{\"shape\":\"String\"}") != std::string_view::npos);
        }
    }
    SECTION("the request and response members") {
        const std::string_view request = shape(text, "StopTextTranslationJobRequest", "\"members\"");
        REQUIRE_FALSE(request.empty());
        CHECK(strings_in(value_of(request, "required")) == std::vector<std::string>{"JobId"});
        CHECK(request.find("\"JobId\":{") != std::string_view::npos);
        const std::string_view response = shape(text, "StopTextTranslationJobResponse", "\"members\"");
        REQUIRE_FALSE(response.empty());
        CHECK(value_of(response, "required").empty());
        CHECK(value_of(value_of(response, "JobId"), "shape") == sttj::wire::job_id);
        CHECK(value_of(value_of(response, "JobStatus"), "shape") == sttj::wire::job_status);
    }
    SECTION("JobId: min, max and pattern") {
        const std::string_view job_id = shape(text, "JobId", "\"type\":\"string\"");
        REQUIRE_FALSE(job_id.empty());
        CHECK(value_of(job_id, "min") == "1");
        CHECK(value_of(job_id, "max") == std::to_string(sttj::job_id_max_scalars));
        const std::string pattern = value_of(job_id, "pattern");
        CHECK(pattern == R"(^([\p{L}\p{Z}\p{N}_.:/=+\-%@]*)$)");
        // The literal characters of the class are sttj's punctuation, in order.
        const std::string_view classes = R"(^([\p{L}\p{Z}\p{N})";
        REQUIRE(pattern.starts_with(classes));
        REQUIRE(pattern.ends_with("]*)$"));
        std::string literal = pattern.substr(classes.size(), pattern.size() - classes.size() - 4);
        for (std::size_t at; (at = literal.find('\\')) != std::string::npos;) literal.erase(at, 1);
        CHECK(literal == sttj::detail::job_id_ascii_punctuation);
        // And each one is accepted on its own; its neighbours in ASCII that are
        // not letters, digits or listed are not.
        for (const char c : literal) CHECK(sttj::is_valid_job_id(std::string(1, c)));
        for (const char c : std::string_view{"!\"#$&'()*,;<>?[\\]^`{|}~"}) {
            INFO("character " << c);
            CHECK_FALSE(sttj::is_valid_job_id(std::string(1, c)));
        }
    }
    SECTION("JobStatus: the enum, in order") {
        const std::string_view job_status = shape(text, "JobStatus", "\"enum\"");
        REQUIRE_FALSE(job_status.empty());
        const std::vector<std::string> from_model = strings_in(value_of(job_status, "enum"));
        std::vector<std::string> from_sttj;
        for (const sttj::JobStatus status : sttj::all_job_statuses) from_sttj.emplace_back(sttj::to_string(status));
        CHECK(from_model == from_sttj);
        CHECK(from_model.size() == 7);
    }
}

// =====================================================================
// Against the endpoint rule tests of the Smithy model
// =====================================================================

namespace {

const char* const smithy_model_path = "../shared/reference/service-model/api-models-aws-translate-2017-07-01.json";

/// The value text of `"key"` in a pretty-printed object text (any spacing):
/// a string's contents, a balanced container, or a scalar's text.
std::string field(std::string_view object, std::string_view key) {
    const std::string needle = "\"" + std::string{key} + "\"";
    const auto at = object.find(needle);
    if (at == std::string_view::npos) return {};
    std::size_t start = object.find_first_not_of(" \n\t", at + needle.size());
    if (start == std::string_view::npos || object[start] != ':') return {};
    start = object.find_first_not_of(" \n\t", start + 1);
    if (object[start] == '{' || object[start] == '[') return std::string{balanced(object, start)};
    if (object[start] == '"') return std::string{object.substr(start + 1, object.find('"', start + 1) - start - 1)};
    return std::string{object.substr(start, object.find_first_of(",}\n", start) - start)};
}

/// The objects of a JSON array text, in order.
std::vector<std::string_view> objects_in(std::string_view array) {
    std::vector<std::string_view> out;
    for (std::size_t at = array.find('{'); at != std::string_view::npos; at = array.find('{', at)) {
        const std::string_view object = balanced(array, at);
        if (object.empty()) break;
        out.push_back(object);
        at += object.size();
    }
    return out;
}

}  // namespace

TEST_CASE("Host agrees with the endpoint rule tests of the Smithy model", "[protocol][model]") {
    std::ifstream in{smithy_model_path, std::ios::binary};
    if (!in) {
        sttj_test::skip(std::string(smithy_model_path) +
                        " not found (tests run from the repository root; the shared reference lives next to "
                        "it): the endpoint checks did not run");
        return;
    }
    const std::string model{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
    const auto tests_at = model.find("\"smithy.rules#endpointTests\"");
    REQUIRE(tests_at != std::string::npos);
    const std::string cases = field(std::string_view{model}.substr(tests_at), "testCases");
    REQUIRE_FALSE(cases.empty());

    std::size_t regions = 0;
    std::size_t custom = 0;
    const std::vector<std::string_view> all = objects_in(std::string_view{cases}.substr(1));
    CHECK(all.size() == 44);
    for (const std::string_view test_case : all) {
        const std::string params = field(test_case, "params");
        const std::string url = field(field(field(test_case, "expect"), "endpoint"), "url");
        if (url.empty() || field(params, "UseFIPS") != "false" || field(params, "UseDualStack") != "false") continue;
        INFO(test_case);
        REQUIRE(url.starts_with("https://"));
        const std::string host = url.substr(8);
        if (const std::string endpoint = field(params, "Endpoint"); !endpoint.empty()) {
            // A custom endpoint is used as given.
            REQUIRE(endpoint.starts_with("https://"));
            const auto http = sttj::make_http_request(sample_request(), sttj::EndpointHost{endpoint.substr(8)});
            REQUIRE(http.has_value());
            CHECK(http->headers == request_headers(host, sample_body));
            ++custom;
            continue;
        }
        const std::string region = field(params, "Region");
        CHECK(sttj::endpoint_host(sttj::Region{region}) == host);
        const auto http = sttj::make_http_request(sample_request(), sttj::Region{region});
        REQUIRE(http.has_value());
        CHECK(http->headers == request_headers(host, sample_body));
        ++regions;
    }
    // The pinned model's cases without FIPS or dual-stack: 21 regions in five
    // partitions, and 2 custom endpoints.
    CHECK(regions == 21);
    CHECK(custom == 2);
}
