#ifndef STTJ_PROTOCOL_HPP
#define STTJ_PROTOCOL_HPP

// The HTTP framing of StopTextTranslationJob under AWS JSON 1.1. Signing
// (SigV4) and sending are the caller's: this gives what goes into them.

#include <array>
#include <string>
#include <string_view>

#include "detail/isa.hpp"
#include "model.hpp"
#include "serialize.hpp"
#include "wire_names.hpp"

namespace sttj {

struct HttpHeader {
    std::string_view name;
    std::string_view value;
};

/// An unsigned request: POST / with Content-Type and X-Amz-Target, JSON body.
struct HttpRequest {
    std::string_view method;
    std::string_view path;
    std::array<HttpHeader, 2> headers;
    std::string body;
};

inline namespace STTJ_DETAIL_ISA {  // calls to_json: tagged (detail/isa.hpp)

/// The request ready to sign and send.
[[nodiscard]] inline HttpRequest make_http_request(const StopTextTranslationJobRequest& request) {
    return HttpRequest{
        wire::http_method,
        wire::http_path,
        {{{wire::content_type_header, wire::content_type}, {wire::target_header, wire::target}}},
        to_json(request),
    };
}

}  // inline namespace STTJ_DETAIL_ISA

}  // namespace sttj

#endif  // STTJ_PROTOCOL_HPP
