#ifndef STTJ_ERROR_HPP
#define STTJ_ERROR_HPP

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "detail/isa.hpp"

namespace sttj {

/// What kind of rule a rejected input broke.
enum class ErrorCategory : std::uint8_t {
    Syntax,      ///< not a JSON text (RFC 8259)
    Encoding,    ///< not well-formed UTF-8, or a lone surrogate escape
    Schema,      ///< valid JSON of the wrong shape: missing, duplicated or mistyped member
    Constraint,  ///< right shape, but a value the service rejects (bad JobId, unknown JobStatus)
    Limit,       ///< beyond a documented limit of this library (nesting depth)
    Protocol,    ///< HTTP framing: wrong method or path, a missing, repeated or wrong header
};

inline namespace STTJ_DETAIL_ISA {  // detail/isa.hpp

/// The lowercase name used in messages and by the CLI: "syntax", "encoding", ...
[[nodiscard]] constexpr std::string_view to_string(ErrorCategory category) noexcept {
    switch (category) {
        case ErrorCategory::Syntax: return "syntax";
        case ErrorCategory::Encoding: return "encoding";
        case ErrorCategory::Schema: return "schema";
        case ErrorCategory::Constraint: return "constraint";
        case ErrorCategory::Limit: return "limit";
        case ErrorCategory::Protocol: return "protocol";
    }
    return "unknown";
}

}  // inline namespace STTJ_DETAIL_ISA

/// Why an input was rejected: its category, the byte offset in the input
/// where the problem was found, a static message, and the wire name of the
/// member whose name or value holds the problem (empty when there is none).
struct Error {
    ErrorCategory category;
    std::size_t offset;
    std::string_view message;
    std::string_view member = {};

    friend constexpr bool operator==(const Error&, const Error&) noexcept = default;
};

}  // namespace sttj

#endif  // STTJ_ERROR_HPP
