#ifndef STTJ_ERROR_RESPONSE_HPP
#define STTJ_ERROR_RESPONSE_HPP

#include <array>
#include <cstdint>
#include <optional>
#include <string_view>

#include "detail/isa.hpp"
#include "error.hpp"
#include "inline_string.hpp"

namespace sttj {

/// Longest error code kept after sanitizing. Codes are Smithy shape names
/// (the longest AWS ones are under 64 bytes); a longer one is a Limit error.
inline constexpr std::size_t error_code_capacity = 256;
/// Longest error message kept. A longer message is cut at a UTF-8 boundary and
/// ErrorResponse::message_truncated is set: the code still reaches the caller.
inline constexpr std::size_t error_message_capacity = 1024;

/// An AWS JSON 1.1 error response, as parse_error() resolves it.
struct ErrorResponse {
    /// The sanitized error code, e.g. "ResourceNotFoundException" (never empty).
    InlineString<error_code_capacity> code;
    /// From the body's `message` (or, failing that, `Message`) member.
    std::optional<InlineString<error_message_capacity>> message;
    bool message_truncated = false;
    /// What was wrong with the body when the code came from the header or
    /// from a member read before the problem; empty for a well-formed body.
    /// Describes the parsed input: write_json does not write it.
    std::optional<Error> body_problem;

    friend constexpr bool operator==(const ErrorResponse&, const ErrorResponse&) noexcept = default;
};

/// The errors a StopTextTranslationJob caller can meet: the three the
/// operation models, then AWS's common errors for all services.
enum class KnownError : std::uint8_t {
    InternalServerException,
    ResourceNotFoundException,
    TooManyRequestsException,
    AccessDeniedException,
    IncompleteSignature,
    InternalFailure,
    InvalidAction,
    InvalidClientTokenId,
    NotAuthorized,
    OptInRequired,
    RequestExpired,
    ServiceUnavailable,
    ThrottlingException,
    ValidationError,
};

/// What a client needs to know about a known error code.
struct ErrorInfo {
    KnownError error;
    std::string_view code;  ///< the wire code, e.g. "TooManyRequestsException"
    int http_status;        ///< the status the API reference documents
    bool retryable;         ///< worth retrying unchanged, after a back-off
    bool throttling;        ///< caused by request rate: back off harder
    bool modeled;           ///< listed in the operation's model (else a common error)
};

/// Sources: the Translate API reference for StopTextTranslationJob (the three
/// modeled errors; the Smithy model's @httpError says 500/404/429 where the
/// reference says 500/400/400, so clients must key on the code, not the
/// status) and the "Common Errors" page of the AWS API references.
/// `retryable`/`throttling` follow the fault/throttling classification the AWS
/// SDKs use: server faults and throttling are retried; RequestExpired needs a
/// corrected clock and a new signature, not a plain retry.
inline constexpr std::array<ErrorInfo, 14> known_errors = {{
    {KnownError::InternalServerException, "InternalServerException", 500, true, false, true},
    {KnownError::ResourceNotFoundException, "ResourceNotFoundException", 400, false, false, true},
    {KnownError::TooManyRequestsException, "TooManyRequestsException", 400, true, true, true},
    {KnownError::AccessDeniedException, "AccessDeniedException", 400, false, false, false},
    {KnownError::IncompleteSignature, "IncompleteSignature", 400, false, false, false},
    {KnownError::InternalFailure, "InternalFailure", 500, true, false, false},
    {KnownError::InvalidAction, "InvalidAction", 400, false, false, false},
    {KnownError::InvalidClientTokenId, "InvalidClientTokenId", 403, false, false, false},
    {KnownError::NotAuthorized, "NotAuthorized", 400, false, false, false},
    {KnownError::OptInRequired, "OptInRequired", 403, false, false, false},
    {KnownError::RequestExpired, "RequestExpired", 400, false, false, false},
    {KnownError::ServiceUnavailable, "ServiceUnavailable", 503, true, false, false},
    {KnownError::ThrottlingException, "ThrottlingException", 400, true, true, false},
    {KnownError::ValidationError, "ValidationError", 400, false, false, false},
}};

inline namespace STTJ_DETAIL_ISA {  // detail/isa.hpp

/// The facts about a known error.
[[nodiscard]] constexpr const ErrorInfo& error_info(KnownError error) noexcept {
    return known_errors[static_cast<std::size_t>(error)];
}

/// The known error whose code is exactly `code` (already sanitized), if any.
[[nodiscard]] constexpr std::optional<KnownError> find_known_error(std::string_view code) noexcept {
    for (const ErrorInfo& info : known_errors) {
        if (info.code == code) return info.error;
    }
    return std::nullopt;
}

/// The known error an ErrorResponse carries, if its code is one.
[[nodiscard]] constexpr std::optional<KnownError> find_known_error(const ErrorResponse& response) noexcept {
    return find_known_error(response.code.view());
}

/// The awsJson1_1 sanitizing rule: keep what comes before the first ':', then
/// what comes after the first '#'.
/// "aws.protocoltests.json#FooError:http://internal.amazon.com/..." -> "FooError".
[[nodiscard]] constexpr std::string_view sanitize_error_code(std::string_view raw) noexcept {
    if (const auto colon = raw.find(':'); colon != std::string_view::npos) raw = raw.substr(0, colon);
    if (const auto hash = raw.find('#'); hash != std::string_view::npos) raw = raw.substr(hash + 1);
    return raw;
}

}  // inline namespace STTJ_DETAIL_ISA

}  // namespace sttj

#endif  // STTJ_ERROR_RESPONSE_HPP
