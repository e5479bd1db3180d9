// What the sttj tool's files share: exit codes, printing, and the commands
// that main.cpp dispatches to (one .cpp file each).
//
// Output goes through stdio: main() gives stdout a full buffer, so a command
// prints piece by piece and the pipe still sees few, large writes. A failed
// write sets the stream's error flag, which finish() checks once at the end.

#ifndef STTJ_TOOL_CLI_HPP
#define STTJ_TOOL_CLI_HPP

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <span>
#include <string_view>

#include <sttj/sttj.hpp>

// 1 MiB reads. A test build may shrink it (-DSTTJ_CLI_READ_BUFFER=7) to make
// lines cross reads.
#ifndef STTJ_CLI_READ_BUFFER
#define STTJ_CLI_READ_BUFFER (1 << 20)
#endif

namespace cli {

inline constexpr std::size_t read_buffer_size = STTJ_CLI_READ_BUFFER;

enum ExitCode : int { exit_ok = 0, exit_invalid = 1, exit_usage = 2 };

using Args = std::span<char* const>;  // the arguments after the command name

// ------------------------------------------------------------------ printing

/// Writes each of `texts` (anything that converts to std::string_view) to `out`.
template <class... Texts>
void print(std::FILE* out, const Texts&... texts) noexcept {
    for (const std::string_view text : {std::string_view{texts}...}) {
        if (text.empty()) continue;
#if defined(__GLIBC__)
        // The tool has one thread, so skip the lock that glibc's fwrite takes
        // on every call: check-id makes a few calls per id.
        fwrite_unlocked(text.data(), 1, text.size(), out);
#else
        std::fwrite(text.data(), 1, text.size(), out);
#endif
    }
}

/// `text` followed by spaces up to `width` bytes.
inline void print_padded(std::FILE* out, std::string_view text, std::size_t width) noexcept {
    print(out, text);
    for (std::size_t i = text.size(); i < width; ++i) std::fputc(' ', out);
}

/// A number as text for print(), made by decimal() or hex().
struct Digits {
    char text[20]{};
    std::size_t size = 0;
    operator std::string_view() const noexcept { return {text + sizeof text - size, size}; }
};

inline Digits decimal(std::uint64_t value) noexcept {
    Digits d;
    do {
        d.text[sizeof d.text - ++d.size] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    return d;
}

/// Uppercase hex, zero-padded to at least `min_digits`.
inline Digits hex(std::uint32_t value, std::size_t min_digits) noexcept {
    Digits d;
    while (d.size < min_digits || value != 0) {
        d.text[sizeof d.text - ++d.size] = "0123456789ABCDEF"[value & 0xF];
        value >>= 4;
    }
    return d;
}

/// `code` once stdout is flushed; exit_usage, with a message, if any write
/// to stdout failed.
inline int finish(int code) noexcept {
    if (std::fflush(stdout) == 0 && std::ferror(stdout) == 0) return code;
    print(stderr, "sttj: error writing to standard output\n");
    return exit_usage;
}

// ------------------------------------------------------------------ main.cpp

/// Prints `sttj: MESSAGE 'SUBJECT'` and the usage on stderr; returns exit_usage.
int usage_error(std::string_view message, std::string_view subject);

/// Commands that take no arguments call this first: true (after a usage
/// error) if there are any.
bool reject_arguments(Args args);

// ------------------------------------------------------------------ commands

int run_demo(Args args);      // demo.cpp
int run_check_id(Args args);  // check_id.cpp
int run_parse(Args args);     // parse.cpp

/// A JobIdError in the check-id format, without the leading "invalid: " and
/// the newline (the formats are in main.cpp's help). check_id.cpp.
void print_job_id_error(std::FILE* out, const sttj::JobIdError& error);

/// `error: CATEGORY: [MEMBER: ]MESSAGE at byte N`, without the newline. parse.cpp.
void print_parse_error(std::FILE* out, const sttj::Error& error);

}  // namespace cli

#endif  // STTJ_TOOL_CLI_HPP
