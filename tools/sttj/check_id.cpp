// sttj check-id: validates the JobIds on stdin, one per LF-terminated line,
// and prints one result line for each (the formats are in main.cpp's help).
//
// Constant memory and no heap allocation, however long the input or its
// lines: stdin is read in blocks into one static buffer, and of a line that
// spans blocks only its first bytes are kept (see kept_line_bytes).

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <span>
#include <string_view>

#include <sttj/sttj.hpp>

#include "cli.hpp"

namespace cli {
namespace {

// Why a line's first 132 bytes decide its result (see
// detail::find_job_id_error_scalar in include/sttj/job_id.hpp): the scan
// stops at the first problem, and at the latest at the 33rd scalar, which is
// then reported as Encoding if ill-formed, else TooLong. The 32 scalars
// before it take at most 4 * 32 = 128 bytes, so the 33rd starts at byte <= 128
// and decoding it reads at most 4 bytes: bytes 0..131. With those 132 bytes
// in hand the scan never reaches the end of the kept bytes early, so it never
// reports a Truncated sequence or a shorter-than-real length. And a kept
// prefix of 132 bytes is never valid (a valid id has <= 128 bytes), so a long
// line cannot pass.
constexpr std::size_t kept_line_bytes = sttj::job_id_max_bytes + 4;

/// Splits stdin at LF. A line that lies whole in the read buffer is returned
/// in place; one that spans reads is copied, cut to kept_line_bytes.
class LineReader {
public:
    explicit LineReader(std::span<char> buffer) noexcept : buffer_(buffer) {}

    /// The next line, without its LF. False at the end of the input (a last
    /// line without LF counts) and on a read error (see failed()).
    bool next(std::string_view& line) noexcept {
        while (true) {
            if (const std::size_t lf = rest_.find('\n'); lf != std::string_view::npos) {
                line = rest_.substr(0, lf);
                rest_.remove_prefix(lf + 1);
                if (spanning_) line = take_kept(line);
                return true;
            }
            if (!rest_.empty()) {
                keep(rest_);
                rest_ = {};
                spanning_ = true;
            }
            const std::size_t n = at_end_ ? 0 : std::fread(buffer_.data(), 1, buffer_.size(), stdin);
            if (n == 0) {
                at_end_ = true;
                if (!spanning_ || failed()) return false;
                line = take_kept({});
                return true;
            }
            rest_ = {buffer_.data(), n};
        }
    }

    [[nodiscard]] bool failed() const noexcept { return std::ferror(stdin) != 0; }

private:
    void keep(std::string_view part) noexcept {
        const std::size_t n = part.size() < kept_line_bytes - kept_size_ ? part.size() : kept_line_bytes - kept_size_;
        if (n == 0) return;  // an empty view's data() may be null, which memcpy must not get
        std::memcpy(kept_ + kept_size_, part.data(), n);
        kept_size_ += n;
    }

    /// The kept start of a spanning line, completed by `last_part`.
    std::string_view take_kept(std::string_view last_part) noexcept {
        keep(last_part);
        const std::string_view line{kept_, kept_size_};
        kept_size_ = 0;
        spanning_ = false;
        return line;
    }

    std::span<char> buffer_;
    std::string_view rest_;  // what the last read holds after the lines returned so far
    char kept_[kept_line_bytes];
    std::size_t kept_size_ = 0;
    bool spanning_ = false;  // kept_ holds the start of a line whose LF is not yet read
    bool at_end_ = false;
};

/// Prints the result line for `id`; false if it is invalid.
bool print_check(std::string_view id) {
    const auto error = sttj::find_job_id_error(id);
    if (!error) {
        print(stdout, "valid\n");
        return true;
    }
    print(stdout, "invalid: ");
    print_job_id_error(stdout, *error);
    print(stdout, "\n");
    return false;
}

}  // namespace

void print_job_id_error(std::FILE* out, const sttj::JobIdError& error) {
    print(out, sttj::to_string(error.reason), " at byte ", decimal(error.offset));
    if (error.reason == sttj::JobIdReason::Character) {
        print(out, " U+", hex(static_cast<std::uint32_t>(error.code_point), 4));
    } else if (error.reason == sttj::JobIdReason::Encoding) {
        print(out, " (", sttj::to_string(error.utf8_problem), ") byte 0x",
              hex(static_cast<std::uint32_t>(error.code_point), 2));
    }
}

int run_check_id(Args args) {
    if (reject_arguments(args)) return exit_usage;
    static char input[read_buffer_size];
    LineReader lines{input};
    bool all_valid = true;
    for (std::string_view id; lines.next(id);) all_valid = print_check(id) && all_valid;
    if (lines.failed()) {
        std::fflush(stdout);
        print(stderr, "sttj: error reading standard input\n");
        return exit_usage;
    }
    return finish(all_valid ? exit_ok : exit_invalid);
}

}  // namespace cli
