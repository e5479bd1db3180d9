#ifndef STTJ_JOB_ID_HPP
#define STTJ_JOB_ID_HPP

#include <compare>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>
#include <type_traits>

#include "config.hpp"
#include "detail/attributes.hpp"
#include "detail/isa.hpp"
#include "detail/job_id_chars.hpp"
#include "detail/small_copy.hpp"
#include "detail/utf8.hpp"
#include "result.hpp"
#include "utf8_problem.hpp"

namespace sttj {

/// A JobId is 1 to 32 Unicode scalar values (the service model's min/max).
inline constexpr std::size_t job_id_max_scalars = 32;
/// 32 scalars of at most 4 UTF-8 bytes each.
inline constexpr std::size_t job_id_max_bytes = 4 * job_id_max_scalars;

/// Why a string is not a JobId.
enum class JobIdReason : std::uint8_t {
    Empty,      ///< no characters (min length is 1)
    TooLong,    ///< more than 32 scalar values
    Encoding,   ///< not well-formed UTF-8
    Character,  ///< a scalar outside L*, Z*, N* and `_ . : / = + - % @`
};

inline namespace STTJ_DETAIL_ISA {  // detail/isa.hpp

/// The reason's name as the CLI prints it: "empty", "too-long", "encoding", "character".
[[nodiscard]] constexpr std::string_view to_string(JobIdReason reason) noexcept {
    switch (reason) {
        case JobIdReason::Empty: return "empty";
        case JobIdReason::TooLong: return "too-long";
        case JobIdReason::Encoding: return "encoding";
        case JobIdReason::Character: return "character";
    }
    return "unknown";
}

}  // inline namespace STTJ_DETAIL_ISA

/// The first problem in a would-be JobId, scanning from the front.
struct JobIdError {
    JobIdReason reason;
    /// Byte offset of the problem: 0 for Empty; the 33rd scalar for TooLong;
    /// the first byte of the ill-formed sequence for Encoding; the disallowed
    /// scalar for Character.
    std::size_t offset;
    /// The disallowed scalar for Character, the offending byte for Encoding, else 0.
    char32_t code_point;
    /// For Encoding, what is wrong with the sequence.
    Utf8Problem utf8_problem = Utf8Problem::None;

    /// A static description of the reason.
    [[nodiscard]] constexpr std::string_view message() const noexcept {
        switch (reason) {
            case JobIdReason::Empty: return "JobId is empty";
            case JobIdReason::TooLong: return "JobId is longer than 32 characters";
            case JobIdReason::Encoding: return "JobId is not well-formed UTF-8";
            case JobIdReason::Character: return "JobId has a character outside [\\p{L}\\p{Z}\\p{N}_.:/=+\\-%@]";
        }
        return "JobId is invalid";
    }

    friend constexpr bool operator==(const JobIdError&, const JobIdError&) noexcept = default;
};

namespace detail::inline STTJ_DETAIL_ISA {

/// The definition of a valid JobId, one scalar at a time. Every faster path
/// must agree with this function (the fuzzers and property tests check it).
[[nodiscard]] constexpr std::optional<JobIdError> find_job_id_error_scalar(std::string_view id) noexcept {
    if (id.empty()) return JobIdError{JobIdReason::Empty, 0, 0};
    std::size_t scalars = 0;
    for (std::size_t pos = 0; pos < id.size();) {
        const Utf8Step step = decode_utf8(id, pos);
        if (step.problem != Utf8Problem::None) {
            return JobIdError{JobIdReason::Encoding, pos, static_cast<std::uint8_t>(id[pos]), step.problem};
        }
        if (++scalars > job_id_max_scalars) return JobIdError{JobIdReason::TooLong, pos, 0};
        if (!is_job_id_scalar(step.code_point)) return JobIdError{JobIdReason::Character, pos, step.code_point};
        pos += step.length;
    }
    return std::nullopt;
}

/// is_valid_job_id's definition.
[[nodiscard]] constexpr bool is_valid_job_id_scalar(std::string_view utf8) noexcept {
    return !find_job_id_error_scalar(utf8).has_value();
}

}  // namespace detail::inline STTJ_DETAIL_ISA

namespace detail::inline STTJ_DETAIL_RUN_TIME {
// The run-time code (impl/job_id.ipp): the fast paths, else the definition.
[[nodiscard]] STTJ_DETAIL_FUNC std::optional<JobIdError> find_job_id_error_run_time(std::string_view utf8) noexcept;
[[nodiscard]] STTJ_DETAIL_FUNC bool is_valid_job_id_run_time(std::string_view utf8) noexcept;
}  // namespace detail::inline STTJ_DETAIL_RUN_TIME

inline namespace STTJ_DETAIL_ISA {

/// The first reason `utf8` is not a valid JobId, or nullopt if it is valid.
/// Note that `$` in the service's ECMA-262 pattern does not match before a
/// final newline: "abc\n" is rejected (Character, offset 3).
[[nodiscard]] constexpr std::optional<JobIdError> find_job_id_error(std::string_view utf8) noexcept {
    STTJ_DETAIL_RUN_TIME_RETURN(detail::find_job_id_error_run_time(utf8));
    return detail::find_job_id_error_scalar(utf8);
}

/// Whether `utf8` is a valid JobId: 1..32 scalars, each in \p{L}, \p{Z},
/// \p{N} (Unicode 15.0) or one of `_ . : / = + - % @`.
[[nodiscard]] constexpr bool is_valid_job_id(std::string_view utf8) noexcept {
    STTJ_DETAIL_RUN_TIME_RETURN(detail::is_valid_job_id_run_time(utf8));
    return detail::is_valid_job_id_scalar(utf8);
}

}  // inline namespace STTJ_DETAIL_ISA

namespace detail {
// Deliberately not constexpr: reaching it in a consteval call is the compile
// error a bad JobId literal produces, and its name is the message.
inline void job_id_literal_is_not_a_valid_job_id() noexcept {}
}  // namespace detail

namespace detail::inline STTJ_DETAIL_ISA {
/// The tag of JobId's constructor for text sttj's parsers have already
/// validated. The constructor is public so that std::optional<JobId> can
/// build a JobId in place; the tag lives in `detail`, which users leave
/// alone. Tagged (isa.hpp), as the constructor's code depends on the
/// instruction set: so are std::optional's functions that build a JobId
/// with it, which name it.
struct ValidatedJobIdKey {
    explicit ValidatedJobIdKey() = default;
};
}  // namespace detail::inline STTJ_DETAIL_ISA

/// A validated JobId, stored inline (no heap): 128 bytes hold 32 scalars.
class JobId {
public:
    /// For sttj's parsers: `valid` has passed find_job_id_error. Misused with
    /// a longer text, it keeps the first job_id_max_bytes bytes: it never
    /// writes past its storage.
    /// (A template over the tag, which is tagged, so that each instruction
    /// set gets its own; detail/isa.hpp.)
    template <class Key>
    requires std::is_same_v<Key, detail::ValidatedJobIdKey> STTJ_DETAIL_ALWAYS_INLINE constexpr JobId(
        Key, std::string_view valid) noexcept
        : JobId({valid.data(), valid.size() < job_id_max_bytes ? valid.size() : job_id_max_bytes}) {}

    /// Validates `utf8` and copies it, or says why it is not a JobId.
    // (A template, like literal(), so that each instruction set gets its
    // own instantiation: the validator is tagged, detail/isa.hpp. Leave
    // IsaTag defaulted.)
    template <class IsaTag = detail::isa_tag>
    [[nodiscard]] static constexpr Result<JobId, JobIdError> make(std::string_view utf8) noexcept {
        if (const auto error = find_job_id_error(utf8)) return Unexpected{*error};
        return JobId{utf8};
    }

    /// A JobId checked at compile time: `JobId::literal("abc")` fails to compile
    /// if the text is not a valid JobId.
    template <class IsaTag = detail::isa_tag>
    [[nodiscard]] static consteval JobId literal(std::string_view utf8) {
        if (detail::find_job_id_error_scalar(utf8)) detail::job_id_literal_is_not_a_valid_job_id();
        return JobId{utf8};
    }

    // The size as std::size_t: with any other type, the call also weighs
    // string_view's iterator-pair constructor, whose constraints are costly
    // for the compiler to check (bench/README.md, compile time).
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {bytes_, std::size_t{size_}}; }
    [[nodiscard]] constexpr const char* data() const noexcept { return bytes_; }
    /// Size in bytes (not scalars).
    [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }

    friend constexpr bool operator==(const JobId& a, const JobId& b) noexcept { return a.view() == b.view(); }
    /// Byte-wise (= code point) order.
    friend constexpr std::strong_ordering operator<=>(const JobId& a, const JobId& b) noexcept {
        return a.view().compare(b.view()) <=> 0;  // libc++ 14's string_view has no <=>
    }

private:
    // Only called with validated text, so size <= job_id_max_bytes. The
    // unused tail is zeroed. Always inline: it is not tagged (isa.hpp), and
    // the code that fills the storage is; its callers are.
    STTJ_DETAIL_ALWAYS_INLINE constexpr explicit JobId(std::string_view valid) noexcept : size_(valid.size()) {
        if (std::is_constant_evaluated()) {
            for (std::size_t i = 0; i < job_id_max_bytes; ++i) bytes_[i] = i < valid.size() ? valid[i] : '\0';
        } else {
            detail::store_zero128(bytes_);
            detail::copy_at_most_128(bytes_, valid.data(), valid.size());
        }
    }

    char bytes_[job_id_max_bytes];
    // Not a byte: with a size g++ can bound (at most 255), a caller's
    // memcpy(out, id.data(), id.size()) becomes an inline `rep movsq`,
    // which takes longer than parsing the id (bench/README.md).
    std::size_t size_;
};

static_assert(std::is_trivially_copyable_v<JobId>);

namespace literals {
/// `"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e"_job_id`: a JobId checked at compile time.
consteval JobId operator""_job_id(const char* text, std::size_t size) {
    return JobId::literal(std::string_view{text, size});
}
}  // namespace literals

}  // namespace sttj

/// Hashes the id's bytes, like std::hash<std::string_view>.
template <>
struct std::hash<sttj::JobId> {
    std::size_t operator()(const sttj::JobId& id) const noexcept { return std::hash<std::string_view>{}(id.view()); }
};

#if !defined(STTJ_SEPARATE_COMPILATION)
#include "impl/job_id.ipp"
#endif

#endif  // STTJ_JOB_ID_HPP
