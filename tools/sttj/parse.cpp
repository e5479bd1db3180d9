// sttj parse request|response|error [FILE] [--lenient|--strict] [--error-type-header VALUE]:
// parses one whole document and prints its canonical JSON, or the rejection
// on stderr (the formats are in main.cpp's help).
//
// The input is read whole into a std::string: documents are small, and the
// parsers take one contiguous view.

#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include <sttj/sttj.hpp>

#include "cli.hpp"

namespace cli {
namespace {

enum class DocumentKind : std::uint8_t { Request, Response, Error };

struct ParseOptions {
    DocumentKind kind = DocumentKind::Request;
    const char* file = nullptr;  ///< nullptr: stdin
    bool lenient = false;
    bool strict = false;
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
        } else if (!options_ended && (arg == "--lenient" || arg == "--strict")) {
            if (options.kind != DocumentKind::Response) {
                usage_error("option valid only for 'parse response':", arg);
                return false;
            }
            (arg == "--lenient" ? options.lenient : options.strict) = true;
            if (options.lenient && options.strict) {
                usage_error("options exclude each other: --lenient and", arg);
                return false;
            }
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
    static char chunk[read_buffer_size];
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

}  // namespace

namespace {
// CATEGORY: [MEMBER: ]MESSAGE at byte N
void print_error_fields(std::FILE* out, const sttj::Error& error) {
    print(out, sttj::to_string(error.category), ": ");
    if (!error.member.empty()) print(out, error.member, ": ");
    print(out, error.message, " at byte ", decimal(error.offset));
}
}  // namespace

void print_parse_error(std::FILE* out, const sttj::Error& error) {
    print(out, "error: ");
    print_error_fields(out, error);
}

int run_parse(Args args) {
    ParseOptions options;
    if (!parse_options(args, options)) return exit_usage;
    std::string input;
    if (!read_all(options.file, input)) return exit_usage;
    switch (options.kind) {
        case DocumentKind::Request: return report(sttj::parse_request(input));
        case DocumentKind::Response:
            if (options.lenient) return report(sttj::parse_response_lenient(input));
            return options.strict ? report(sttj::parse_response_strict(input)) : report(sttj::parse_response(input));
        case DocumentKind::Error: {
            const auto error = sttj::parse_error(input, options.error_type_header);
            if (error && error->message_truncated) {
                print(stderr, "sttj: warning: message cut to ", decimal(sttj::error_message_capacity), " bytes\n");
            }
            if (error && error->body_problem) {
                print(stderr, "sttj: note: the code was read, but the body is not a well-formed error document: ");
                print_error_fields(stderr, *error->body_problem);
                print(stderr, "\n");
            }
            return report(error);
        }
    }
    return exit_usage;
}

}  // namespace cli
