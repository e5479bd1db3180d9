// sttj: the command-line face of the sttj library.
//
//   sttj                 a short demo of the library
//   sttj check-id        validate JobIds from stdin, one per line
//   sttj parse KIND      parse a request, response or error document
//   sttj --help | --version
//
// Builds without exceptions (-fno-exceptions) and without heap allocation
// on the check-id path: fixed input and output buffers, constant memory.
// parse reads its whole input into a std::string (documents are small, and
// the parsers take one contiguous view).

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

/// A buffered writer over a FILE*, flushed explicitly; remembers write errors.
class Output {
public:
    explicit Output(std::FILE* file) noexcept : file_(file) {}
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;
    ~Output() { flush(); }

    Output& append(std::string_view text) noexcept {
        if (text.size() > capacity - size_) flush();
        if (text.size() > capacity) {
            write(text);
            return *this;
        }
        std::memcpy(buffer_ + size_, text.data(), text.size());
        size_ += text.size();
        return *this;
    }

    Output& append_decimal(std::uint64_t value) noexcept {
        char digits[20];
        std::size_t n = 0;
        do {
            digits[sizeof digits - ++n] = static_cast<char>('0' + value % 10);
            value /= 10;
        } while (value != 0);
        return append({digits + sizeof digits - n, n});
    }

    /// Uppercase hex, zero-padded to at least `min_digits`.
    Output& append_hex(std::uint32_t value, std::size_t min_digits) noexcept {
        char digits[8];
        std::size_t n = 0;
        while (n < min_digits || value != 0) {
            digits[sizeof digits - ++n] = "0123456789ABCDEF"[value & 0xF];
            value >>= 4;
        }
        return append({digits + sizeof digits - n, n});
    }

    /// `text` followed by spaces up to `width` bytes.
    Output& append_padded(std::string_view text, std::size_t width) noexcept {
        append(text);
        for (std::size_t i = text.size(); i < width; ++i) append(" "sv);
        return *this;
    }

    /// Writes out the buffer and flushes the FILE*; false if any write failed.
    bool flush() noexcept {
        write({buffer_, size_});
        size_ = 0;
        if (std::fflush(file_) != 0) failed_ = true;
        return !failed_;
    }

private:
    // 64 KiB: big enough that a pipe sees few, large writes.
    static constexpr std::size_t capacity = std::size_t{1} << 16;

    void write(std::string_view text) noexcept {
        if (!text.empty() && std::fwrite(text.data(), 1, text.size(), file_) != text.size()) failed_ = true;
    }

    std::FILE* file_;
    char buffer_[capacity];
    std::size_t size_ = 0;
    bool failed_ = false;
};

/// Writes a JobIdError in the check-id format, without the leading
/// "invalid: " and the newline (documented in write_help):
///   empty at byte 0 | too-long at byte N | character at byte N U+XXXX
///   | encoding at byte N (PROBLEM) byte 0xHH
void write_job_id_error(Output& out, const sttj::JobIdError& error) {
    out.append(sttj::to_string(error.reason)).append(" at byte "sv).append_decimal(error.offset);
    if (error.reason == sttj::JobIdReason::Character) {
        out.append(" U+"sv).append_hex(static_cast<std::uint32_t>(error.code_point), 4);
    } else if (error.reason == sttj::JobIdReason::Encoding) {
        out.append(" ("sv).append(sttj::detail::to_string(error.utf8_problem)).append(") byte 0x"sv);
        out.append_hex(static_cast<std::uint32_t>(error.code_point), 2);
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

void write_usage(Output& out) {
    out.append("Usage: sttj [COMMAND [ARGS...]]\n"
               "       sttj --help | --version\n"
               "\n"
               "Commands (with no command, sttj runs demo):\n"sv);
    constexpr std::size_t width = 12;  // a longer synopsis gets its own line
    for (const Command& command : commands) {
        out.append("  "sv);
        if (command.synopsis.size() > width) {
            out.append(command.synopsis).append("\n"sv).append_padded(""sv, 2 + width + 2);
        } else {
            out.append_padded(command.synopsis, width).append("  "sv);
        }
        out.append(command.summary).append("\n"sv);
    }
}

void write_help(Output& out) {
    out.append("sttj " STTJ_VERSION_STRING
               ": a model of the Amazon Translate StopTextTranslationJob call.\n\n"sv);
    write_usage(out);
    out.append(
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
        "offending byte in 2 uppercase hex digits. PROBLEM is one of:\n"sv);
    for (auto problem = std::uint8_t{1}; problem <= static_cast<std::uint8_t>(sttj::detail::Utf8Problem::TooLarge);
         ++problem) {
        out.append("  "sv).append(sttj::detail::to_string(static_cast<sttj::detail::Utf8Problem>(problem)));
        out.append("\n"sv);
    }
    out.append(
        "A valid JobId is 1 to 32 Unicode scalar values, each in \\p{L}, \\p{Z} or\n"
        "\\p{N} (Unicode "sv);
    out.append(sttj::detail::unicode_version);
    out.append(
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
        "2 on a usage or I/O error.\n"sv);
}

int usage_error(std::string_view message, std::string_view subject) {
    Output err{stderr};
    err.append("sttj: "sv).append(message).append(" '"sv).append(subject).append("'\n\n"sv);
    write_usage(err);
    err.append("\nTry 'sttj --help' for more information.\n"sv);
    return exit_usage;
}

/// Commands that take no arguments call this first.
bool reject_arguments(Args args) {
    if (args.empty()) return false;
    usage_error("unexpected argument"sv, args[0]);
    return true;
}

/// The exit code after writing `out` successfully, or 2 if writing failed.
int finish(Output& out, int code) {
    if (out.flush()) return code;
    std::fputs("sttj: error writing to standard output\n", stderr);
    return exit_usage;
}

// ------------------------------------------------------------------ demo

void write_request(Output& out, const sttj::StopTextTranslationJobRequest& request) {
    out.append(sttj::to_json(request)).append("\n"sv);
}

void write_http_request(Output& out, const sttj::HttpRequest& http) {
    out.append("  "sv).append(http.method).append(" "sv).append(http.path).append("\n"sv);
    for (const sttj::HttpHeader& header : http.headers) {
        out.append("  "sv).append(header.name).append(": "sv).append(header.value).append("\n"sv);
    }
    out.append("\n  "sv).append(http.body).append("\n"sv);
}

/// `error: CATEGORY: [MEMBER: ]MESSAGE at byte N`, without the newline (see write_help).
void write_parse_error(Output& out, const sttj::Error& error) {
    out.append("error: "sv).append(sttj::to_string(error.category)).append(": "sv);
    if (!error.member.empty()) out.append(error.member).append(": "sv);
    out.append(error.message).append(" at byte "sv).append_decimal(error.offset);
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

void write_sample_response(Output& out) {
    out.append("\nParsing a response:\n  "sv).append(sample_response).append("\n  -> "sv);
    const auto response = sttj::parse_response(sample_response);
    if (!response) {
        write_parse_error(out, response.error());
        out.append("\n"sv);
        return;
    }
    out.append(sttj::to_json(*response)).append("\n"sv);
    if (response->job_status) {
        out.append("  JobStatus "sv).append(sttj::to_string(*response->job_status)).append(": "sv);
        out.append(sttj::is_terminal(*response->job_status) ? "terminal\n"sv : "not terminal\n"sv);
    }
}

void write_sample_error(Output& out) {
    out.append("\nParsing an error (the header's code wins over the body's __type):\n  "sv);
    out.append(sttj::wire::error_type_header).append(": "sv).append(sample_error_header).append("\n  "sv);
    out.append(sample_error_body).append("\n"sv);
    const auto error = sttj::parse_error(sample_error_body, sample_error_header);
    if (!error) {
        out.append("  -> "sv);
        write_parse_error(out, error.error());
        out.append("\n"sv);
        return;
    }
    out.append("  -> "sv).append(sttj::to_json(*error)).append("\n"sv);
    out.append("  code:    "sv).append(error->code.view()).append("\n"sv);
    out.append("  message: "sv).append(error->message ? error->message->view() : "(none)"sv).append("\n"sv);
    const auto known = sttj::find_known_error(*error);
    if (!known) {
        out.append("  not a known error code\n"sv);
        return;
    }
    const sttj::ErrorInfo& info = sttj::error_info(*known);
    out.append("  known:   "sv).append(info.modeled ? "modeled by the operation"sv : "AWS common error"sv);
    out.append(", HTTP "sv).append_decimal(static_cast<std::uint64_t>(info.http_status));
    out.append(info.retryable ? ", retryable"sv : ", not retryable"sv);
    out.append(info.throttling ? ", throttling\n"sv : ", not throttling\n"sv);
}

void write_validation(Output& out, std::string_view id) {
    out.append("  \""sv).append(id).append("\": "sv);
    const auto made = sttj::JobId::make(id);
    if (made) {
        out.append("valid\n"sv);
        return;
    }
    out.append("invalid: "sv);
    write_job_id_error(out, made.error());
    out.append("\n    ("sv).append(made.error().message()).append(")\n"sv);
}

void write_stop_table(Output& out) {
    out.append("What StopTextTranslationJob does to a job, by status:\n"sv);
    for (const sttj::JobStatus status : sttj::all_job_statuses) {
        out.append("  "sv).append_padded(sttj::to_string(status), 20).append(" -> "sv);
        out.append_padded(sttj::to_string(sttj::status_after_stop(status)), 20).append("  "sv);
        out.append(sttj::to_string(sttj::stop_effect(status))).append("\n"sv);
    }
}

int run_demo(Args args) {
    if (reject_arguments(args)) return exit_usage;
    using namespace sttj::literals;
    Output out{stdout};
    out.append("sttj " STTJ_VERSION_STRING " demo\n\nA request:\n  "sv);
    const sttj::StopTextTranslationJobRequest request{"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e"_job_id};
    write_request(out, request);
    out.append("\nAs an HTTP request (unsigned):\n"sv);
    write_http_request(out, sttj::make_http_request(request));
    write_sample_response(out);
    write_sample_error(out);

    out.append("\nValidating JobIds (byte offsets, not character counts):\n"sv);
    write_validation(out, "\xC3\xBC" "bersetzung-2024.01"sv);  // "übersetzung-2024.01"
    write_validation(out, "\xC3\xBC" "bersetzung#2024"sv);     // '#' is not allowed

    out.append("\n"sv);
    write_stop_table(out);
    out.append("\nUnicode version: "sv).append(sttj::detail::unicode_version).append("\n"sv);
    return finish(out, exit_ok);
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

/// Validates LF-separated ids fed in chunks of any size, writing one result
/// line per id. A line that spans chunks is kept only up to kept_line_bytes.
class IdChecker {
public:
    explicit IdChecker(Output& out) noexcept : out_(out) {}

    /// Checks every line that `chunk` completes and keeps the start of an unfinished one.
    void feed(std::string_view chunk) noexcept {
        while (!chunk.empty()) {
            const auto* lf = static_cast<const char*>(std::memchr(chunk.data(), '\n', chunk.size()));
            if (lf == nullptr) {
                keep(chunk);
                return;
            }
            const std::string_view line = chunk.substr(0, static_cast<std::size_t>(lf - chunk.data()));
            if (pending_) {
                keep(line);
                check_kept();
            } else {
                check(line);  // whole line in this chunk: validate it in place
            }
            chunk.remove_prefix(line.size() + 1);
        }
    }

    /// Checks the last line if the input did not end with LF.
    void finish() noexcept {
        if (pending_) check_kept();
    }

    [[nodiscard]] bool all_valid() const noexcept { return all_valid_; }

private:
    void keep(std::string_view part) noexcept {
        pending_ = true;
        const std::size_t n = part.size() < kept_line_bytes - kept_size_ ? part.size() : kept_line_bytes - kept_size_;
        std::memcpy(kept_ + kept_size_, part.data(), n);
        kept_size_ += n;
    }

    void check_kept() noexcept {
        check({kept_, kept_size_});
        kept_size_ = 0;
        pending_ = false;
    }

    void check(std::string_view id) noexcept {
        const auto error = sttj::find_job_id_error(id);
        if (!error) {
            out_.append("valid\n"sv);
            return;
        }
        all_valid_ = false;
        out_.append("invalid: "sv);
        write_job_id_error(out_, *error);
        out_.append("\n"sv);
    }

    Output& out_;
    char kept_[kept_line_bytes];
    std::size_t kept_size_ = 0;
    bool pending_ = false;  // a line has started but its LF is not yet seen
    bool all_valid_ = true;
};

// 1 MiB reads; the test build may shrink it (-DSTTJ_CLI_READ_BUFFER=7) to
// make lines cross buffer boundaries.
#ifndef STTJ_CLI_READ_BUFFER
#define STTJ_CLI_READ_BUFFER (1 << 20)
#endif

int run_check_id(Args args) {
    if (reject_arguments(args)) return exit_usage;
    static char input[STTJ_CLI_READ_BUFFER];
    Output out{stdout};
    IdChecker checker{out};
    std::size_t n = 0;
    while ((n = std::fread(input, 1, sizeof input, stdin)) != 0) checker.feed({input, n});
    if (std::ferror(stdin)) {
        out.flush();
        std::fputs("sttj: error reading standard input\n", stderr);
        return exit_usage;
    }
    checker.finish();
    return finish(out, checker.all_valid() ? exit_ok : exit_invalid);
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

/// Parses `parse`'s arguments; on a usage error writes it and returns false.
bool parse_options(Args args, ParseOptions& options) {
    if (args.empty()) {
        usage_error("missing document kind (request, response or error) after"sv, "parse"sv);
        return false;
    }
    const std::string_view kind = args[0];
    if (kind == "request"sv) {
        options.kind = DocumentKind::Request;
    } else if (kind == "response"sv) {
        options.kind = DocumentKind::Response;
    } else if (kind == "error"sv) {
        options.kind = DocumentKind::Error;
    } else {
        usage_error("unknown document kind (want request, response or error)"sv, kind);
        return false;
    }
    bool options_ended = false;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (!options_ended && arg == "--"sv) {
            options_ended = true;
        } else if (!options_ended && arg == "--lenient"sv) {
            if (options.kind != DocumentKind::Response) {
                usage_error("option valid only for 'parse response':"sv, arg);
                return false;
            }
            options.lenient = true;
        } else if (!options_ended && arg == "--error-type-header"sv) {
            if (options.kind != DocumentKind::Error) {
                usage_error("option valid only for 'parse error':"sv, arg);
                return false;
            }
            if (options.has_error_type_header) {
                usage_error("option given twice:"sv, arg);
                return false;
            }
            if (i + 1 == args.size()) {
                usage_error("missing value for option"sv, arg);
                return false;
            }
            options.has_error_type_header = true;
            options.error_type_header = args[++i];
        } else if (!options_ended && arg.size() > 1 && arg.starts_with('-')) {
            usage_error("unknown option"sv, arg);
            return false;
        } else if (options.file != nullptr) {
            usage_error("unexpected argument"sv, arg);
            return false;
        } else {
            options.file = args[i];
        }
    }
    if (options.file != nullptr && options.file == "-"sv) options.file = nullptr;
    return true;
}

/// Reads all of `file` (stdin if nullptr) into `text`; on failure writes the
/// reason to stderr and returns false.
bool read_all(const char* file, std::string& text) {
    std::FILE* in = file == nullptr ? stdin : std::fopen(file, "rb");
    if (in == nullptr) {
        Output err{stderr};
        err.append("sttj: cannot open '"sv).append(file).append("': "sv).append(std::strerror(errno)).append("\n"sv);
        return false;
    }
    static char chunk[STTJ_CLI_READ_BUFFER];
    std::size_t n = 0;
    while ((n = std::fread(chunk, 1, sizeof chunk, in)) != 0) text.append(chunk, n);
    const bool failed = std::ferror(in) != 0;
    const int read_errno = errno;
    if (file != nullptr) std::fclose(in);
    if (failed) {
        Output err{stderr};
        err.append("sttj: error reading "sv);
        if (file == nullptr) {
            err.append("standard input"sv);
        } else {
            err.append("'"sv).append(file).append("'"sv);
        }
        err.append(": "sv).append(std::strerror(read_errno)).append("\n"sv);
        return false;
    }
    return true;
}

/// Prints the canonical JSON of a parsed document, or the rejection on stderr.
template <class T>
int report_parse(const sttj::Result<T>& parsed) {
    if (!parsed) {
        Output err{stderr};
        write_parse_error(err, parsed.error());
        err.append("\n"sv);
        return exit_invalid;
    }
    Output out{stdout};
    out.append(sttj::to_json(*parsed)).append("\n"sv);
    return finish(out, exit_ok);
}

int run_parse(Args args) {
    ParseOptions options;
    if (!parse_options(args, options)) return exit_usage;
    std::string input;
    if (!read_all(options.file, input)) return exit_usage;
    switch (options.kind) {
        case DocumentKind::Request: return report_parse(sttj::parse_request(input));
        case DocumentKind::Response:
            return options.lenient ? report_parse(sttj::parse_response_lenient(input))
                                   : report_parse(sttj::parse_response(input));
        case DocumentKind::Error: {
            const auto error = sttj::parse_error(input, options.error_type_header);
            if (error && error->message_truncated) {
                Output err{stderr};
                err.append("sttj: warning: message cut to "sv).append_decimal(sttj::error_message_capacity);
                err.append(" bytes\n"sv);
            }
            return report_parse(error);
        }
    }
    return exit_usage;
}

// ------------------------------------------------------------------ main

int run_version() {
    Output out{stdout};
    out.append("sttj " STTJ_VERSION_STRING "\nUnicode "sv).append(sttj::detail::unicode_version).append("\n"sv);
    return finish(out, exit_ok);
}

int run_help() {
    Output out{stdout};
    write_help(out);
    return finish(out, exit_ok);
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
    const Args all{argv, static_cast<std::size_t>(argc)};
    if (all.size() < 2) return run_demo({});
    const std::string_view first = all[1];
    if (first == "--help"sv || first == "-h"sv) return run_help();
    if (first == "--version"sv) return run_version();
    for (const Command& command : commands) {
        if (command.name == first) return command.run(all.subspan(2));
    }
    return usage_error(first.starts_with('-') ? "unknown option"sv : "unknown command"sv, first);
}
