// Buffers for testing code that must never touch a byte outside its input or
// output: each lives in a heap allocation of exactly its size, with no
// terminator and no slack, so ASan reports an access one byte past the end.
// A std::string is no such test: the byte after its contents is the NUL
// terminator, which ASan cannot flag and which hides a wrong answer (a NUL
// completes no UTF-8 sequence). Test code only.
#ifndef STTJ_TESTS_EXACT_BUFFER_HPP
#define STTJ_TESTS_EXACT_BUFFER_HPP

#include <algorithm>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

namespace sttj_test {

/// A copy of some bytes in a heap allocation of exactly their size, or of
/// their size plus one byte that follows them (`followed_by`). view() is the
/// bytes only, so a reader that stops where it must never sees the extra
/// byte, and one that reads past the end either trips ASan (exact) or meets
/// a byte chosen to change its answer (followed_by).
class ExactBytes {
public:
    explicit ExactBytes(std::string_view bytes) : ExactBytes(bytes, 0) {}

    /// `bytes`, then `next` in the same allocation (see set_next).
    [[nodiscard]] static ExactBytes followed_by(std::string_view bytes, char next) {
        ExactBytes copy{bytes, 1};
        copy.set_next(next);
        return copy;
    }

    [[nodiscard]] std::string_view view() const noexcept { return {data_.get(), size_}; }
    [[nodiscard]] const char* data() const noexcept { return data_.get(); }
    [[nodiscard]] std::size_t size() const noexcept { return size_; }

    /// Changes the byte after the view (only for a followed_by copy).
    void set_next(char next) noexcept { data_[size_] = next; }

private:
    ExactBytes(std::string_view bytes, std::size_t extra)
        // new char[0] is a unique, non-null pointer that ASan lets no one read.
        : size_(bytes.size()), data_(new char[bytes.size() + extra]) {
        std::copy(bytes.begin(), bytes.end(), data_.get());
    }

    std::size_t size_;
    std::unique_ptr<char[]> data_;
};

/// The bytes a fast path that reads one byte too many is most likely to
/// misjudge: every continuation byte (80..BF completes a truncated sequence
/// into an allowed character as often as not: F0 90 82 + 80..BF is
/// U+10080..U+100BF, Linear B ideograms, Lo), an allowed and a disallowed
/// ASCII character, the quote that ends a JSON string, and NUL.
[[nodiscard]] inline const std::string& dangerous_next_bytes() {
    static const std::string bytes = [] {
        std::string b;
        for (int c = 0x80; c <= 0xBF; ++c) b += static_cast<char>(c);
        return b + "k!\"" + std::string(1, '\0');
    }();
    return bytes;
}

/// The bytes to put after a whole JSON document: a reader that runs past
/// its end may take them for a closing `"` or `}`, whitespace, a
/// continuation byte or more of a value. (Inside a document an id is
/// followed by its closing quote, so the canonical parsers' over-reads of
/// an id show without any of these.)
[[nodiscard]] inline const std::string& dangerous_bytes_after_document() {
    static const std::string bytes = std::string("}\" k\x80\xBF") + std::string(1, '\0');
    return bytes;
}

/// An output buffer of `size` bytes on the heap for writers, alone in its
/// allocation (ASan reports a write one byte past the end) or followed by
/// `guard` more bytes that the writer must leave alone (a test without ASan
/// checks them with guard_intact). Every byte starts as 0xFF, which no
/// well-formed UTF-8, and so no JSON sttj writes, contains.
class ExactOutput {
public:
    explicit ExactOutput(std::size_t size, std::size_t guard = 0)
        : size_(size), guard_(guard), data_(new char[size + guard]) {
        std::fill(data_.get(), data_.get() + size + guard, untouched);
    }
    [[nodiscard]] char* data() noexcept { return data_.get(); }
    [[nodiscard]] std::size_t size() const noexcept { return size_; }
    /// The first `n` bytes of the buffer.
    [[nodiscard]] std::string_view view(std::size_t n) const noexcept { return {data_.get(), n}; }
    [[nodiscard]] bool guard_intact() const noexcept {
        return std::all_of(data_.get() + size_, data_.get() + size_ + guard_, [](char c) { return c == untouched; });
    }

    static constexpr char untouched = static_cast<char>(0xFF);

private:
    std::size_t size_;
    std::size_t guard_;
    std::unique_ptr<char[]> data_;
};

}  // namespace sttj_test

#endif  // STTJ_TESTS_EXACT_BUFFER_HPP
