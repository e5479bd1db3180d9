#ifndef STTJ_PROTOCOL_HPP
#define STTJ_PROTOCOL_HPP

// The HTTP framing of StopTextTranslationJob under AWS JSON 1.1, the
// client's side: the HTTP message types and the request to sign and send.
// Signing (SigV4) and sending are the caller's. The service's side (reading
// a request, building the reply) is in http_server.hpp.
//
//   auto http = sttj::make_http_request(request, sttj::Region{"us-east-1"});
//   if (http) send(http->method, http->path, http->headers, http->body);

#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "detail/isa.hpp"
#include "model.hpp"
#include "serialize.hpp"
#include "wire_names.hpp"

namespace sttj {

/// One header field. Names compare case-insensitively on the wire; the ones
/// sttj writes are spelled as in wire_names.hpp.
struct HttpHeader {
    std::string name;
    std::string value;

    // User-provided, so that value-initialization (std::vector's) does not
    // zero the strings first, in code that differs by instruction set
    // (tests/mixed_isa).
    HttpHeader() noexcept {}
    HttpHeader(std::string header_name, std::string header_value) noexcept
        : name(std::move(header_name)), value(std::move(header_value)) {}

    friend bool operator==(const HttpHeader&, const HttpHeader&) = default;
};

/// An unsigned request: `POST /`, its headers, the JSON body.
struct HttpRequest {
    std::string_view method;  ///< "POST"
    std::string_view path;    ///< "/"
    std::vector<HttpHeader> headers;
    std::string body;
};

/// A reply: the status, its headers, the JSON body.
struct HttpResponse {
    int status = 200;
    std::vector<HttpHeader> headers;
    std::string body;
};

/// Where a request goes: an AWS Region such as "us-east-1", whose Translate
/// endpoint host make_http_request works out (see endpoint_host).
struct Region {
    std::string_view name;
};

/// Where a request goes: a custom endpoint's host, with its port if any
/// ("localhost:4566"), sent as the Host header unchanged.
struct EndpointHost {
    std::string_view host;
};

namespace detail {

// The partitions of botocore's partitions.json, in its order, each with the
// DNS suffix of its endpoints. A partition's regionRegex is
// ^<prefix>\-\w+\-\d+$ (for "aws", one of several prefixes). Their explicit
// region lists add only the pseudo-regions aws-*-global, which are left out.
struct Partition {
    std::string_view prefix;
    std::string_view dns_suffix;
};
inline constexpr Partition partitions[] = {
    {"us", "amazonaws.com"},      {"eu", "amazonaws.com"},       {"ap", "amazonaws.com"},
    {"sa", "amazonaws.com"},      {"ca", "amazonaws.com"},       {"me", "amazonaws.com"},
    {"af", "amazonaws.com"},      {"il", "amazonaws.com"},       {"mx", "amazonaws.com"},
    {"cn", "amazonaws.com.cn"},   {"us-gov", "amazonaws.com"},   {"us-iso", "c2s.ic.gov"},
    {"us-isob", "sc2s.sgov.gov"}, {"eu-isoe", "cloud.adc-e.uk"}, {"us-isof", "csp.hci.ic.gov"},
};
/// A region matching no partition is in "aws" (the aws.partition rule function).
inline constexpr std::string_view default_dns_suffix = "amazonaws.com";

/// A header's name and value, for make_headers to copy.
struct HeaderText {
    std::string_view name;
    std::string_view value;
};

}  // namespace detail

// The helpers below: tagged (detail/isa.hpp), as their code may differ by
// instruction set (and build_request calls to_json).
namespace detail::inline STTJ_DETAIL_ISA {

[[nodiscard]] constexpr bool is_ascii_digit(char c) noexcept { return c >= '0' && c <= '9'; }
[[nodiscard]] constexpr bool is_ascii_alnum(char c) noexcept {
    return is_ascii_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/// Whether `region` matches ^<prefix>\-\w+\-\d+$ (\w: letters, digits, '_').
[[nodiscard]] constexpr bool in_partition(std::string_view region, std::string_view prefix) noexcept {
    if (region.size() <= prefix.size() || region.substr(0, prefix.size()) != prefix || region[prefix.size()] != '-') {
        return false;
    }
    const std::string_view rest = region.substr(prefix.size() + 1);
    const std::size_t dash = rest.find('-');
    if (dash == 0 || dash == std::string_view::npos || dash + 1 == rest.size()) return false;
    for (std::size_t i = 0; i < rest.size(); ++i) {
        const char c = rest[i];
        if (i < dash ? !(is_ascii_alnum(c) || c == '_') : i > dash && !is_ascii_digit(c)) return false;
    }
    return true;
}

/// The DNS suffix of the region's partition.
[[nodiscard]] constexpr std::string_view dns_suffix(std::string_view region) noexcept {
    for (const Partition& partition : partitions) {
        if (in_partition(region, partition.prefix)) return partition.dns_suffix;
    }
    return default_dns_suffix;
}

/// Whether `value` can be sent as a header value that reads back the same:
/// not empty, visible ASCII only (no spaces, which HTTP trims, no controls).
[[nodiscard]] constexpr bool is_plain_header_value(std::string_view value) noexcept {
    for (const char c : value) {
        if (c < '!' || c > '~') return false;
    }
    return !value.empty();
}

/// The headers, made in place. No standard template copies or moves an
/// HttpHeader here, so none is compiled out of line with code that differs
/// by instruction set (tests/mixed_isa checks what is).
[[nodiscard]] inline std::vector<HttpHeader> make_headers(std::initializer_list<HeaderText> texts) {
    std::vector<HttpHeader> headers(texts.size());
    HttpHeader* out = headers.data();
    for (const HeaderText& text : texts) {
        out->name.assign(text.name);
        out->value.assign(text.value);
        ++out;
    }
    return headers;
}

/// The request, with Host first (as RFC 9110 asks of clients) unless `host` is empty.
[[nodiscard]] inline HttpRequest build_request(const StopTextTranslationJobRequest& request, std::string_view host) {
    std::string body = to_json(request);
    const std::string length = std::to_string(body.size());
    const HeaderText content_type{wire::content_type_header, wire::content_type};
    const HeaderText content_length{wire::content_length_header, length};
    const HeaderText target{wire::target_header, wire::target};
    std::vector<HttpHeader> headers =
        host.empty() ? make_headers({content_type, content_length, target})
                     : make_headers({{wire::host_header, host}, content_type, content_length, target});
    return HttpRequest{wire::http_method, wire::http_path, std::move(headers), std::move(body)};
}

}  // namespace detail::inline STTJ_DETAIL_ISA

inline namespace STTJ_DETAIL_ISA {  // calls to_json: tagged (detail/isa.hpp)

/// A region name as botocore accepts one (a DNS label): 1 to 63 ASCII
/// letters, digits and '-', not starting or ending with '-', not all digits.
[[nodiscard]] constexpr bool is_valid_region_name(std::string_view name) noexcept {
    if (name.empty() || name.size() > 63 || name.front() == '-' || name.back() == '-') return false;
    bool all_digits = true;
    for (const char c : name) {
        if (!detail::is_ascii_alnum(c) && c != '-') return false;
        all_digits = all_digits && detail::is_ascii_digit(c);
    }
    return !all_digits;
}

/// Translate's endpoint host in a region, as the service model's endpoint
/// rules give it: "translate.<region>.<DNS suffix of its partition>", e.g.
/// translate.us-east-1.amazonaws.com, translate.cn-north-1.amazonaws.com.cn.
/// nullopt if `region` is not a valid region name.
[[nodiscard]] inline std::optional<std::string> endpoint_host(Region region) {
    if (!is_valid_region_name(region.name)) return std::nullopt;
    std::string host{wire::endpoint_prefix};
    host += '.';
    host += region.name;
    host += '.';
    host += detail::dns_suffix(region.name);
    return host;
}

/// The request without a Host header, for an HTTP client that writes Host
/// from the URL it connects to: Content-Type, Content-Length, X-Amz-Target.
[[nodiscard]] inline HttpRequest make_http_request(const StopTextTranslationJobRequest& request) {
    return detail::build_request(request, {});
}

/// The request to a custom endpoint, ready to sign and send: Host (first, as
/// RFC 9110 asks of clients), Content-Type, Content-Length, X-Amz-Target.
/// nullopt if the host is empty or holds a byte outside visible ASCII.
[[nodiscard]] inline std::optional<HttpRequest> make_http_request(const StopTextTranslationJobRequest& request,
                                                                  EndpointHost endpoint) {
    if (!detail::is_plain_header_value(endpoint.host)) return std::nullopt;
    return detail::build_request(request, endpoint.host);
}

/// The request to Translate in a region, ready to sign and send: as above,
/// with Host from endpoint_host(region); nullopt for an invalid region name.
///
///   auto http = sttj::make_http_request(request, sttj::Region{"us-east-1"});
[[nodiscard]] inline std::optional<HttpRequest> make_http_request(const StopTextTranslationJobRequest& request,
                                                                  Region region) {
    const std::optional<std::string> host = endpoint_host(region);
    if (!host) return std::nullopt;
    return detail::build_request(request, *host);
}

}  // inline namespace STTJ_DETAIL_ISA

}  // namespace sttj

#endif  // STTJ_PROTOCOL_HPP
