#ifndef STTJ_TESTING_FUZZING_HPP
#define STTJ_TESTING_FUZZING_HPP

// Structure-aware fuzzing without a dependency: sttj::fuzzing::Source turns
// arbitrary bytes (a fuzzer's input) into *valid* sttj values, like LLVM's
// FuzzedDataProvider. Every byte it reads steers a choice, it never fails,
// and once the bytes run out it reads zeros, so even empty input gives a
// value. Everything is constexpr.
//
// A complete libFuzzer target that checks a round-trip law for your code:
//
//   #include <sttj/testing/fuzzing.hpp>
//   #include <sttj/parse.hpp>
//   #include <sttj/serialize.hpp>
//   #include <cstdlib>
//
//   extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
//       sttj::fuzzing::Source source{data, size};
//       const sttj::StopTextTranslationJobResponse response = source.response();  // always valid
//       const auto again = sttj::parse_response(sttj::to_json(response));
//       if (!again || !(*again == response)) std::abort();  // abort(), not assert()
//       return 0;
//   }

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <optional>
#include <span>
#include <string_view>

#include "../detail/isa.hpp"
#include "../detail/job_id_chars.hpp"
#include "../detail/json_reader.hpp"  // encode_utf8
#include "../error_response.hpp"
#include "../inline_string.hpp"
#include "../job_id.hpp"
#include "../job_status.hpp"
#include "../model.hpp"

// Tagged (detail/isa.hpp): Source calls the tagged JobId::make.
namespace sttj::fuzzing::inline STTJ_DETAIL_ISA {

namespace detail {

// The scalars a JobId may hold, numbered: the allowed ASCII ones first
// (a-z, A-Z, 0-9, then the rest in code point order), then every non-ASCII
// scalar of the generated L/Z/N table in code point order.
struct JobIdAlphabet {
    static constexpr std::size_t entries = sttj::detail::letter_separator_number_table_size;

    char ascii[128] = {};
    std::size_t ascii_count = 0;
    // cumulative[i]: how many non-ASCII scalars the entries before i hold.
    std::uint32_t cumulative[entries + 1] = {};

    static constexpr char32_t first_of(std::uint32_t entry) noexcept { return entry & 0x1FFFFFu; }
    static constexpr std::uint32_t length_of(std::uint32_t entry) noexcept { return (entry >> 21) + 1; }

    constexpr JobIdAlphabet() noexcept {
        const auto add_range = [this](char first, char last) {
            for (char c = first; c <= last; ++c) ascii[ascii_count++] = c;
        };
        add_range('a', 'z');
        add_range('A', 'Z');
        add_range('0', '9');
        for (int c = 0; c < 128; ++c) {
            const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum && sttj::detail::is_job_id_scalar(static_cast<char32_t>(c))) {
                ascii[ascii_count++] = static_cast<char>(c);
            }
        }
        std::uint32_t total = 0;
        for (std::size_t i = 0; i < entries; ++i) {
            cumulative[i] = total;
            const std::uint32_t entry = sttj::detail::letter_separator_number_table[i];
            if (first_of(entry) >= 0x80) total += length_of(entry);
        }
        cumulative[entries] = total;
    }

    // No table entry straddles U+0080, so "first >= 0x80" splits ASCII from the rest.
    [[nodiscard]] constexpr bool ascii_entries_are_pure() const noexcept {
        for (std::size_t i = 0; i < entries; ++i) {
            const std::uint32_t entry = sttj::detail::letter_separator_number_table[i];
            if (first_of(entry) < 0x80 && first_of(entry) + length_of(entry) - 1 >= 0x80) return false;
        }
        return true;
    }
};

inline constexpr JobIdAlphabet job_id_alphabet{};
static_assert(job_id_alphabet.ascii_entries_are_pure());
static_assert(job_id_alphabet.ascii_count == 72);  // 52 letters, 10 digits, space, `_ . : / = + - % @`

}  // namespace detail

/// How many Unicode scalar values may appear in a JobId (Unicode 15.0).
inline constexpr std::size_t job_id_alphabet_size =
    detail::job_id_alphabet.ascii_count + detail::job_id_alphabet.cumulative[detail::JobIdAlphabet::entries];
/// How many of them are ASCII; they come first in the alphabet's numbering.
inline constexpr std::size_t job_id_ascii_alphabet_size = detail::job_id_alphabet.ascii_count;

/// The `index`-th scalar allowed in a JobId (taken modulo job_id_alphabet_size):
/// 0 is 'a'; the 72 ASCII ones come first, then the others in code point order.
[[nodiscard]] constexpr char32_t job_id_alphabet_at(std::size_t index) noexcept {
    const auto& alphabet = detail::job_id_alphabet;
    index %= job_id_alphabet_size;
    if (index < alphabet.ascii_count) return static_cast<unsigned char>(alphabet.ascii[index]);
    const auto rest = static_cast<std::uint32_t>(index - alphabet.ascii_count);
    // The last entry whose cumulative count is <= rest holds it (entries of
    // ASCII ranges hold none and come first).
    std::size_t low = 0;
    std::size_t high = detail::JobIdAlphabet::entries;
    while (high - low > 1) {
        const std::size_t mid = low + (high - low) / 2;
        if (alphabet.cumulative[mid] <= rest) {
            low = mid;
        } else {
            high = mid;
        }
    }
    const std::uint32_t entry = sttj::detail::letter_separator_number_table[low];
    return detail::JobIdAlphabet::first_of(entry) + (rest - alphabet.cumulative[low]);
}

/// Reads fuzzer bytes front to back and turns them into valid sttj values.
class Source {
public:
    /// An empty source: every value it makes is the one made from zeros.
    constexpr Source() noexcept = default;
    constexpr Source(const std::uint8_t* data, std::size_t size) noexcept : bytes_(data), size_(size) {}
    constexpr explicit Source(std::span<const std::uint8_t> bytes) noexcept
        : bytes_(bytes.data()), size_(bytes.size()) {}
    constexpr explicit Source(std::string_view bytes) noexcept : chars_(bytes.data()), size_(bytes.size()) {}

    /// Bytes not read yet.
    [[nodiscard]] constexpr std::size_t remaining() const noexcept { return size_ - pos_; }

    /// The next byte, or 0 once the input is used up.
    constexpr std::uint8_t byte() noexcept {
        if (pos_ >= size_) return 0;
        const std::size_t at = pos_++;
        return bytes_ != nullptr ? bytes_[at] : static_cast<std::uint8_t>(chars_[at]);
    }

    /// A scalar allowed in a JobId: one byte picks one of the 72 ASCII ones
    /// (84% of the time), or it and two more pick any of the others.
    [[nodiscard]] constexpr char32_t job_id_scalar() noexcept {
        constexpr std::uint32_t ascii_span = 3 * job_id_ascii_alphabet_size;  // 216: whole multiples keep it uniform
        const std::uint8_t first = byte();
        if (first < ascii_span) return job_id_alphabet_at(first % job_id_ascii_alphabet_size);
        std::uint32_t wide = static_cast<std::uint32_t>(first - ascii_span) << 16;
        wide |= static_cast<std::uint32_t>(byte()) << 8;
        wide |= byte();
        return job_id_alphabet_at(job_id_ascii_alphabet_size +
                                  wide % (job_id_alphabet_size - job_id_ascii_alphabet_size));
    }

    /// Any Unicode scalar value: one byte for ASCII (controls included), or
    /// three bytes for any scalar (surrogates skipped).
    [[nodiscard]] constexpr char32_t scalar() noexcept {
        const std::uint8_t first = byte();
        if (first < 0x80) return first;
        std::uint32_t wide = static_cast<std::uint32_t>(first & 0x7F) << 16;
        wide |= static_cast<std::uint32_t>(byte()) << 8;
        wide |= byte();
        wide %= 0x110000 - 0x800;  // the scalars: all code points but the 2048 surrogates
        return wide >= 0xD800 ? wide + 0x800 : wide;
    }

    /// A valid JobId: one byte for the length (1 to 32 scalars), then one
    /// job_id_scalar() per character.
    [[nodiscard]] constexpr JobId job_id() noexcept {
        const std::size_t scalars = byte() % job_id_max_scalars + 1;
        char text[job_id_max_bytes] = {};
        std::size_t size = 0;
        for (std::size_t i = 0; i < scalars; ++i) size += sttj::detail::encode_utf8(job_id_scalar(), text + size);
        const auto made = JobId::make({text, size});
        return made ? *made : JobId::literal("a");  // never taken: the alphabet holds allowed scalars only
    }

    /// One of the seven statuses, from one byte.
    [[nodiscard]] constexpr JobStatus job_status() noexcept {
        return all_job_statuses[byte() % all_job_statuses.size()];
    }

    /// A status as a response may carry it: one byte picks one of the seven
    /// (7 values in 8), else the next byte gives the number of scalar()s (0
    /// to 16, so at most 64 bytes) of unknown text.
    [[nodiscard]] constexpr OpenJobStatus open_job_status() noexcept {
        const std::uint8_t pick = byte();
        if (pick % 8 != 7) return all_job_statuses[pick % all_job_statuses.size()];
        static_assert(16 * 4 <= job_status_text_capacity);
        char text[job_status_text_capacity] = {};
        std::size_t size = 0;
        for (std::size_t i = 0, n = byte() % 17; i < n; ++i) size += sttj::detail::encode_utf8(scalar(), text + size);
        const auto status = OpenJobStatus::from_wire({text, size});
        return status ? *status : OpenJobStatus{JobStatus::Submitted};  // never taken: well-formed, short enough
    }

    [[nodiscard]] constexpr StopTextTranslationJobRequest request() noexcept { return {job_id()}; }

    /// One byte says which members are present (bit 0 JobId, bit 1 JobStatus),
    /// then each present member (the status from open_job_status()).
    [[nodiscard]] constexpr StopTextTranslationJobResponse response() noexcept {
        const std::uint8_t present = byte();
        StopTextTranslationJobResponse response;
        if (present & 1) response.job_id = job_id();
        if (present & 2) response.job_status = open_job_status();
        return response;
    }

    /// An ErrorResponse as parse_error() could return it from a body: the code
    /// is one of the known codes (half the time) or 1 to 32 scalars without
    /// ':' (sanitizing cuts at the first one, so no parsed code has one); '#'
    /// may appear (write_json then adds a leading '#'). The message is
    /// absent or up to 1024 bytes of scalars. message_truncated stays false:
    /// it describes a parsed input, and the canonical JSON of a value re-parses
    /// with it false.
    [[nodiscard]] constexpr ErrorResponse error_response() noexcept {
        ErrorResponse response;
        const std::uint8_t kind = byte();
        char code[4 * 32] = {};
        std::size_t code_size = 0;
        if (kind < 128) {
            const std::string_view known = known_errors[kind % known_errors.size()].code;
            for (const char c : known) code[code_size++] = c;
        } else {
            for (std::size_t i = 0, n = kind % 32 + 1; i < n; ++i) {
                char32_t c = scalar();
                if (c == ':') c = '_';
                code_size += sttj::detail::encode_utf8(c, code + code_size);
            }
        }
        response.code = *InlineString<error_code_capacity>::from({code, code_size});

        const std::uint8_t shape = byte();
        if (shape & 1) {
            // 0..126 scalars from this byte; 127 says "long": 127 + 4 * next byte.
            std::size_t scalars = shape >> 1;
            if (scalars == 127) scalars += 4 * std::size_t{byte()};
            char message[error_message_capacity] = {};
            std::size_t size = 0;
            for (std::size_t i = 0; i < scalars; ++i) {
                char encoded[4] = {};
                const std::size_t length = sttj::detail::encode_utf8(scalar(), encoded);
                if (size + length > error_message_capacity) break;
                for (std::size_t k = 0; k < length; ++k) message[size + k] = encoded[k];
                size += length;
            }
            response.message = InlineString<error_message_capacity>::from({message, size});
        }
        return response;
    }

private:
    const std::uint8_t* bytes_ = nullptr;
    const char* chars_ = nullptr;
    std::size_t size_ = 0;
    std::size_t pos_ = 0;
};

}  // namespace sttj::fuzzing::inline STTJ_DETAIL_ISA

#endif  // STTJ_TESTING_FUZZING_HPP
