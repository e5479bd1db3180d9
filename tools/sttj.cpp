// sttj: the command-line face of the sttj library.
//
//   sttj                 a short demo of the library
//   sttj check-id        validate JobIds from stdin, one per line
//   sttj parse KIND      parse a request, response or error document
//   sttj --help | --version
//
// Builds without exceptions (-fno-exceptions) and without heap allocation
// on the check-id path: a fixed input buffer, stdout's static buffer,
// constant memory. parse reads its whole input into a std::string
// (documents are small, and the parsers take one contiguous view).

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <span>
#include <string>
#include <string_view>

#include <sttj/sttj.hpp>

#if defined(_WIN32)
#include <fcntl.h>
#include <io.h>
#endif

namespace {

using namespace std::string_view_literals;

// ------------------------------------------------------------------ output

// Output goes through stdio: main() gives stdout a full buffer, so a command
// prints piece by piece and the pipe still sees few, large writes. A failed
// write sets the stream's error flag, which finish() checks once at the end.

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
void print_padded(std::FILE* out, std::string_view text, std::size_t width) noexcept {
    print(out, text);
    for (std::size_t i = text.size(); i < width; ++i) std::fputc(' ', out);
}

/// A number as text for print(), made by decimal() or hex().
struct Digits {
    char text[20]{};
    std::size_t size = 0;
    operator std::string_view() const noexcept { return {text + sizeof text - size, size}; }
};

Digits decimal(std::uint64_t value) noexcept {
    Digits d;
    do {
        d.text[sizeof d.text - ++d.size] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    return d;
}

/// Uppercase hex, zero-padded to at least `min_digits`.
Digits hex(std::uint32_t value, std::size_t min_digits) noexcept {
    Digits d;
    while (d.size < min_digits || value != 0) {
        d.text[sizeof d.text - ++d.size] = "0123456789ABCDEF"[value & 0xF];
        value >>= 4;
    }
    return d;
}

/// Prints a JobIdError in the check-id format, without the leading
/// "invalid: " and the newline (documented in run_help):
///   empty at byte 0 | too-long at byte N | character at byte N U+XXXX
///   | encoding at byte N (PROBLEM) byte 0xHH
void print_job_id_error(std::FILE* out, const sttj::JobIdError& error) {
    print(out, sttj::to_string(error.reason), " at byte ", decimal(error.offset));
    if (error.reason == sttj::JobIdReason::Character) {
        print(out, " U+", hex(static_cast<std::uint32_t>(error.code_point), 4));
    } else if (error.reason == sttj::JobIdReason::Encoding) {
        print(out, " (", sttj::detail::to_string(error.utf8_problem), ") byte 0x",
              hex(static_cast<std::uint32_t>(error.code_point), 2));
    }
}

// ------------------------------------------------------------------ commands

using Args = std::span<char* const>;  // the arguments after the command name

int run_demo(Args args);
int run_check_id(Args args);
int run_parse(Args args);

/// A subcommand: `sttj NAME ARGS...`.
struct Command {
    std::string_view name;
    std::string_view synopsis;  ///< NAME and its arguments, for the usage text
    std::string_view summary;
    int (*run)(Args);
};

// The dispatch table: adding a subcommand is one entry here plus its run_*
// function.
constexpr Command commands[] = {
    {"demo", "demo", "Show a request, JobId checks and the stop lifecycle (the default).", run_demo},
    {"check-id", "check-id", "Validate JobIds read from stdin, one per line.", run_check_id},
    {"parse", "parse request|response|error [FILE] [--lenient] [--error-type-header VALUE]",
     "Parse a StopTextTranslationJob JSON document (stdin if no FILE).", run_parse},
};

enum ExitCode : int { exit_ok = 0, exit_invalid = 1, exit_usage = 2 };

void print_usage(std::FILE* out) {
    print(out,
          "Usage: sttj [COMMAND [ARGS...]]\n"
          "       sttj --help | --version\n"
          "\n"
          "Commands (with no command, sttj runs demo):\n");
    constexpr std::size_t width = 12;  // a longer synopsis gets its own line
    for (const Command& command : commands) {
        print(out, "  ");
        if (command.synopsis.size() > width) {
            print(out, command.synopsis, "\n");
            print_padded(out, "", 2 + width + 2);
        } else {
            print_padded(out, command.synopsis, width);
            print(out, "  ");
        }
        print(out, command.summary, "\n");
    }
}

int usage_error(std::string_view message, std::string_view subject) {
    print(stderr, "sttj: ", message, " '", subject, "'\n\n");
    print_usage(stderr);
    print(stderr, "\nTry 'sttj --help' for more information.\n");
    return exit_usage;
}

/// Commands that take no arguments call this first.
bool reject_arguments(Args args) {
    if (args.empty()) return false;
    usage_error("unexpected argument", args[0]);
    return true;
}

/// `code` once stdout is flushed; exit_usage, with a message, if any write
/// to stdout failed.
int finish(int code) noexcept {
    if (std::fflush(stdout) == 0 && std::ferror(stdout) == 0) return code;
    print(stderr, "sttj: error writing to standard output\n");
    return exit_usage;
}

// ------------------------------------------------------------------ demo

/// `error: CATEGORY: [MEMBER: ]MESSAGE at byte N`, without the newline (see run_help).
void print_parse_error(std::FILE* out, const sttj::Error& error) {
    print(out, "error: ", sttj::to_string(error.category), ": ");
    if (!error.member.empty()) print(out, error.member, ": ");
    print(out, error.message, " at byte ", decimal(error.offset));
}

// Samples for the demo, checked at compile time: the parsers are constexpr.
constexpr std::string_view sample_response =
    R"({"JobId":"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e","JobStatus":"STOP_REQUESTED"})";
constexpr std::string_view sample_error_body =
    R"({"__type":"com.amazonaws.translate#ResourceNotFoundException","message":"Job not found"})";
constexpr std::string_view sample_error_header =
    "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazon.coral.service/";
static_assert(sttj::parse_response(sample_response).has_value());
static_assert(sttj::parse_error(sample_error_body, sample_error_header).has_value());

void print_http_request(const sttj::HttpRequest& http) {
    print(stdout, "  ", http.method, " ", http.path, "\n");
    for (const sttj::HttpHeader& header : http.headers) print(stdout, "  ", header.name, ": ", header.value, "\n");
    print(stdout, "\n  ", http.body, "\n");
}

void print_sample_response() {
    print(stdout, "\nParsing a response:\n  ", sample_response, "\n  -> ");
    const auto response = sttj::parse_response(sample_response);
    if (!response) {
        print_parse_error(stdout, response.error());
        print(stdout, "\n");
        return;
    }
    print(stdout, sttj::to_json(*response), "\n");
    if (response->job_status) {
        print(stdout, "  JobStatus ", sttj::to_string(*response->job_status), ": ",
              sttj::is_terminal(*response->job_status) ? "terminal\n" : "not terminal\n");
    }
}

void print_sample_error() {
    print(stdout, "\nParsing an error (the header's code wins over the body's __type):\n  ",
          sttj::wire::error_type_header, ": ", sample_error_header, "\n  ", sample_error_body, "\n");
    const auto error = sttj::parse_error(sample_error_body, sample_error_header);
    if (!error) {
        print(stdout, "  -> ");
        print_parse_error(stdout, error.error());
        print(stdout, "\n");
        return;
    }
    print(stdout, "  -> ", sttj::to_json(*error), "\n");
    print(stdout, "  code:    ", error->code.view(), "\n");
    print(stdout, "  message: ", error->message ? error->message->view() : "(none)"sv, "\n");
    const auto known = sttj::find_known_error(*error);
    if (!known) {
        print(stdout, "  not a known error code\n");
        return;
    }
    const sttj::ErrorInfo& info = sttj::error_info(*known);
    print(stdout, "  known:   ", info.modeled ? "modeled by the operation" : "AWS common error",
          ", HTTP ", decimal(static_cast<std::uint64_t>(info.http_status)),
          info.retryable ? ", retryable" : ", not retryable",
          info.throttling ? ", throttling\n" : ", not throttling\n");
}

void print_validation(std::string_view id) {
    print(stdout, "  \"", id, "\": ");
    const auto made = sttj::JobId::make(id);
    if (made) {
        print(stdout, "valid\n");
        return;
    }
    print(stdout, "invalid: ");
    print_job_id_error(stdout, made.error());
    print(stdout, "\n    (", made.error().message(), ")\n");
}

void print_stop_table() {
    print(stdout, "What StopTextTranslationJob does to a job, by status:\n");
    for (const sttj::JobStatus status : sttj::all_job_statuses) {
        print(stdout, "  ");
        print_padded(stdout, sttj::to_string(status), 20);
        print(stdout, " -> ");
        print_padded(stdout, sttj::to_string(sttj::status_after_stop(status)), 20);
        print(stdout, "  ", sttj::to_string(sttj::stop_effect(status)), "\n");
    }
}

int run_demo(Args args) {
    if (reject_arguments(args)) return exit_usage;
    using namespace sttj::literals;
    const sttj::StopTextTranslationJobRequest request{"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e"_job_id};
    print(stdout, "sttj " STTJ_VERSION_STRING " demo\n\nA request:\n  ", sttj::to_json(request), "\n");
    print(stdout, "\nAs an HTTP request (unsigned):\n");
    print_http_request(sttj::make_http_request(request));
    print_sample_response();
    print_sample_error();

    print(stdout, "\nValidating JobIds (byte offsets, not character counts):\n");
    print_validation("\xC3\xBC" "bersetzung-2024.01"sv);  // "übersetzung-2024.01"
    print_validation("\xC3\xBC" "bersetzung#2024"sv);     // '#' is not allowed

    print(stdout, "\n");
    print_stop_table();
    print(stdout, "\nUnicode version: ", sttj::detail::unicode_version, "\n");
    return finish(exit_ok);
}

// ------------------------------------------------------------------ check-id

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

// 1 MiB reads; the test build may shrink it (-DSTTJ_CLI_READ_BUFFER=7) to
// make lines cross buffer boundaries.
#ifndef STTJ_CLI_READ_BUFFER
#define STTJ_CLI_READ_BUFFER (1 << 20)
#endif

int run_check_id(Args args) {
    if (reject_arguments(args)) return exit_usage;
    static char input[STTJ_CLI_READ_BUFFER];
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

// ------------------------------------------------------------------ parse

enum class DocumentKind : std::uint8_t { Request, Response, Error };

struct ParseOptions {
    DocumentKind kind = DocumentKind::Request;
    const char* file = nullptr;  ///< nullptr: stdin
    bool lenient = false;
    bool has_error_type_header = false;
    std::string_view error_type_header;
};

/// Parses `parse`'s arguments; on a usage error prints it and returns false.
bool parse_options(Args args, ParseOptions& options) {
    if (args.empty()) {
        usage_error("missing document kind (request, response or error) after", "parse");
        return false;
    }
    const std::string_view kind = args[0];
    if (kind == "request") {
        options.kind = DocumentKind::Request;
    } else if (kind == "response") {
        options.kind = DocumentKind::Response;
    } else if (kind == "error") {
        options.kind = DocumentKind::Error;
    } else {
        usage_error("unknown document kind (want request, response or error)", kind);
        return false;
    }
    bool options_ended = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (!options_ended && arg == "--") {
            options_ended = true;
        } else if (!options_ended && arg == "--lenient") {
            if (options.kind != DocumentKind::Response) {
                usage_error("option valid only for 'parse response':", arg);
                return false;
            }
            options.lenient = true;
        } else if (!options_ended && arg == "--error-type-header") {
            if (options.kind != DocumentKind::Error) {
                usage_error("option valid only for 'parse error':", arg);
                return false;
            }
            if (options.has_error_type_header) {
                usage_error("option given twice:", arg);
                return false;
            }
            if (i + 1 == args.size()) {
                usage_error("missing value for option", arg);
                return false;
            }
            options.has_error_type_header = true;
            options.error_type_header = args[++i];
        } else if (!options_ended && arg.size() > 1 && arg.starts_with('-')) {
            usage_error("unknown option", arg);
            return false;
        } else if (options.file != nullptr) {
            usage_error("unexpected argument", arg);
            return false;
        } else {
            options.file = args[i];
        }
    }
    if (options.file != nullptr && options.file == std::string_view{"-"}) options.file = nullptr;
    return true;
}

/// Reads all of `file` (stdin if nullptr) into `text`; on failure prints the
/// reason on stderr and returns false.
bool read_all(const char* file, std::string& text) {
    std::FILE* in = file == nullptr ? stdin : std::fopen(file, "rb");
    if (in == nullptr) {
        print(stderr, "sttj: cannot open '", file, "': ", std::strerror(errno), "\n");
        return false;
    }
    static char chunk[STTJ_CLI_READ_BUFFER];
    std::size_t n = 0;
    while ((n = std::fread(chunk, 1, sizeof chunk, in)) != 0) text.append(chunk, n);
    const bool failed = std::ferror(in) != 0;
    const int read_errno = errno;
    if (file != nullptr) std::fclose(in);
    if (failed) {
        if (file == nullptr) {
            print(stderr, "sttj: error reading standard input: ", std::strerror(read_errno), "\n");
        } else {
            print(stderr, "sttj: error reading '", file, "': ", std::strerror(read_errno), "\n");
        }
        return false;
    }
    return true;
}

/// Prints the canonical JSON of a parsed document, or the rejection on stderr.
template <class T>
int report(const sttj::Result<T>& parsed) {
    if (!parsed) {
        print_parse_error(stderr, parsed.error());
        print(stderr, "\n");
        return exit_invalid;
    }
    print(stdout, sttj::to_json(*parsed), "\n");
    return finish(exit_ok);
}

int run_parse(Args args) {
    ParseOptions options;
    if (!parse_options(args, options)) return exit_usage;
    std::string input;
    if (!read_all(options.file, input)) return exit_usage;
    switch (options.kind) {
        case DocumentKind::Request: return report(sttj::parse_request(input));
        case DocumentKind::Response:
            return options.lenient ? report(sttj::parse_response_lenient(input))
                                   : report(sttj::parse_response(input));
        case DocumentKind::Error: {
            const auto error = sttj::parse_error(input, options.error_type_header);
            if (error && error->message_truncated) {
                print(stderr, "sttj: warning: message cut to ", decimal(sttj::error_message_capacity), " bytes\n");
            }
            return report(error);
        }
    }
    return exit_usage;
}

// ------------------------------------------------------------------ main

int run_version() {
    print(stdout, "sttj " STTJ_VERSION_STRING "\nUnicode ", sttj::detail::unicode_version, "\n");
    return finish(exit_ok);
}

int run_help() {
    print(stdout, "sttj " STTJ_VERSION_STRING ": a model of the Amazon Translate StopTextTranslationJob call.\n\n");
    print_usage(stdout);
    print(stdout,
          "\n"
          "check-id reads stdin as raw bytes and splits it at LF (0x0A) only: a CR\n"
          "is part of the id, an empty line is an empty id, a last line without LF\n"
          "counts, and an empty input holds no ids. Lines may be of any length.\n"
          "It prints one line per id, in input order, exactly one of:\n"
          "  valid\n"
          "  invalid: empty at byte 0\n"
          "  invalid: too-long at byte N\n"
          "  invalid: character at byte N U+XXXX\n"
          "  invalid: encoding at byte N (PROBLEM) byte 0xHH\n"
          "The reason is the first problem found scanning the id from the front.\n"
          "N is the 0-based byte offset in the id of: the 33rd character (too-long),\n"
          "the disallowed character, or the first byte of the ill-formed UTF-8\n"
          "sequence. XXXX is its code point in 4 to 6 uppercase hex digits, HH the\n"
          "offending byte in 2 uppercase hex digits. PROBLEM is one of:\n");
    for (auto problem = std::uint8_t{1}; problem <= static_cast<std::uint8_t>(sttj::detail::Utf8Problem::TooLarge);
         ++problem) {
        print(stdout, "  ", sttj::detail::to_string(static_cast<sttj::detail::Utf8Problem>(problem)), "\n");
    }
    print(stdout,
          "A valid JobId is 1 to 32 Unicode scalar values, each in \\p{L}, \\p{Z} or\n"
          "\\p{N} (Unicode ",
          sttj::detail::unicode_version,
          ") or one of _ . : / = + - % @\n"
          "\n"
          "parse KIND [FILE] reads one whole JSON document from FILE, or from stdin\n"
          "when FILE is absent or '-', and parses it as KIND:\n"
          "  request    a StopTextTranslationJob request; JobId is required\n"
          "  response   a response; JobId and JobStatus are optional, an empty body\n"
          "             is allowed. --lenient keeps both as text of up to 256 bytes,\n"
          "             without checking the JobId rules or the status name\n"
          "  error      an AWS JSON 1.1 error body. --error-type-header VALUE gives\n"
          "             the X-Amzn-Errortype header, which takes precedence over the\n"
          "             body's code and __type members (an empty VALUE counts as absent)\n"
          "Options may come before or after FILE; '--' ends the options. An option\n"
          "for another KIND, a second FILE or an unreadable FILE is a usage error.\n"
          "On success it prints the canonical JSON (RFC 8785: no whitespace, members\n"
          "sorted, absent members omitted, unknown members dropped) and a LF on\n"
          "stdout, and nothing else:\n"
          "  request    {\"JobId\":\"ID\"}\n"
          "  response   {\"JobId\":\"ID\",\"JobStatus\":\"STATUS\"}, each member if present\n"
          "  error      {\"__type\":\"CODE\",\"message\":\"TEXT\"}, the message if present;\n"
          "             CODE is the raw code cut at its first ':', then without\n"
          "             anything up to and including its first '#'. A message over\n"
          "             1024 bytes is cut at a character boundary, and stderr gets\n"
          "             the line: sttj: warning: message cut to 1024 bytes\n"
          "On a rejected document stdout is empty and the first line on stderr is:\n"
          "  error: CATEGORY: MESSAGE at byte N\n"
          "CATEGORY is one of: syntax, encoding, schema, constraint, limit. MESSAGE\n"
          "starts with 'MEMBER: ' when the problem concerns one member\n"
          "(JobId, JobStatus, code, __type, message, Message, or X-Amzn-Errortype\n"
          "for the header). N is the 0-based byte offset in the input (in the header\n"
          "value for X-Amzn-Errortype). The first syntax, encoding or limit error in\n"
          "the document wins; a schema or constraint error is reported only for a\n"
          "document that is otherwise well-formed JSON.\n"
          "\n"
          "Exit status: 0 on success (for check-id: every id valid, or no ids);\n"
          "1 if check-id found an invalid id or parse rejected its input;\n"
          "2 on a usage or I/O error.\n");
    return finish(exit_ok);
}

}  // namespace

int main(int argc, char** argv) {
#if defined(_WIN32)
    // Windows opens the standard streams in text mode, where a 0x1A byte
    // ends the input and LF becomes CR LF: sttj reads and writes bytes.
    _setmode(_fileno(stdin), _O_BINARY);
    _setmode(_fileno(stdout), _O_BINARY);
    _setmode(_fileno(stderr), _O_BINARY);
#endif
    // Static buffers, so that stdio allocates none: stdout fully buffered
    // (few, large writes, even to a terminal); stdin unbuffered, as the
    // commands read it in large blocks into their own buffers.
    static char stdout_buffer[1 << 16];
    std::setvbuf(stdout, stdout_buffer, _IOFBF, sizeof stdout_buffer);
    std::setvbuf(stdin, nullptr, _IONBF, 0);

    const Args all{argv, static_cast<std::size_t>(argc)};
    if (all.size() < 2) return run_demo({});
    const std::string_view first = all[1];
    if (first == "--help" || first == "-h") return run_help();
    if (first == "--version") return run_version();
    for (const Command& command : commands) {
        if (command.name == first) return command.run(all.subspan(2));
    }
    return usage_error(first.starts_with('-') ? "unknown option" : "unknown command", first);
}
