#ifndef STTJ_INLINE_STRING_HPP
#define STTJ_INLINE_STRING_HPP

#include <compare>
#include <cstddef>
#include <optional>
#include <string_view>

namespace sttj {

/// Text of at most `Capacity` bytes stored inline: constexpr, trivially
/// copyable, never on the heap. Holds the strings sttj cannot validate into
/// a richer type (error codes and messages, lenient output).
template <std::size_t Capacity>
class InlineString {
public:
    static constexpr std::size_t capacity = Capacity;

    constexpr InlineString() noexcept = default;

    /// A copy of `text`, or nullopt if it is longer than Capacity.
    [[nodiscard]] static constexpr std::optional<InlineString> from(std::string_view text) noexcept {
        if (text.size() > Capacity) return std::nullopt;
        InlineString result;
        for (std::size_t i = 0; i < text.size(); ++i) result.bytes_[i] = text[i];
        result.size_ = text.size();
        return result;
    }

    [[nodiscard]] constexpr std::string_view view() const noexcept { return {bytes_, size_}; }
    [[nodiscard]] constexpr std::size_t size() const noexcept { return size_; }
    [[nodiscard]] constexpr bool empty() const noexcept { return size_ == 0; }

    friend constexpr bool operator==(const InlineString& a, const InlineString& b) noexcept {
        return a.view() == b.view();
    }
    friend constexpr std::strong_ordering operator<=>(const InlineString& a, const InlineString& b) noexcept {
        return a.view().compare(b.view()) <=> 0;  // libc++ 14's string_view has no <=>
    }

private:
    char bytes_[Capacity] = {};
    std::size_t size_ = 0;
};

}  // namespace sttj

#endif  // STTJ_INLINE_STRING_HPP
