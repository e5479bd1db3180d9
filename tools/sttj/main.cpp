// sttj: the command-line face of the sttj library.
//
//   sttj [demo]              a short demo of the library       demo.cpp
//   sttj check-id            validate JobIds from stdin        check_id.cpp
//   sttj parse KIND [FILE]   parse a request, response or      parse.cpp
//                            error document
//   sttj --help | --version                                    this file
//
// This file dispatches on the first argument and holds the usage and help
// texts; cli.hpp has what the files share. The tool builds without
// exceptions (-fno-exceptions), and check-id runs in constant memory without
// heap allocation.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string_view>

#include <sttj/sttj.hpp>

#include "cli.hpp"

#if defined(_WIN32)
#include <fcntl.h>
#include <io.h>
#endif

namespace cli {
namespace {

/// A subcommand: `sttj NAME ARGS...`.
struct Command {
    std::string_view name;
    std::string_view synopsis;  ///< NAME and its arguments, for the usage text
    std::string_view summary;
    int (*run)(Args);
};

// The dispatch table: adding a subcommand is one entry here plus its run_*
// function in a file of its own.
constexpr Command commands[] = {
    {"demo", "demo", "Show a request, JobId checks and the stop lifecycle (the default).", run_demo},
    {"check-id", "check-id", "Validate JobIds read from stdin, one per line.", run_check_id},
    {"parse", "parse request|response|error [FILE] [--lenient|--strict] [--error-type-header VALUE]",
     "Parse a StopTextTranslationJob JSON document (stdin if no FILE).", run_parse},
};

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
    for (auto problem = std::uint8_t{1}; problem <= static_cast<std::uint8_t>(sttj::Utf8Problem::TooLarge); ++problem) {
        print(stdout, "  ", sttj::to_string(static_cast<sttj::Utf8Problem>(problem)), "\n");
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
          "             is allowed. A status other than the seven known ones is kept\n"
          "             and printed back as it came (up to 64 bytes), as a client\n"
          "             must; --strict rejects it as a constraint error. --lenient\n"
          "             keeps both members as text of up to 256 bytes, without\n"
          "             checking the JobId rules\n"
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
          "             anything up to and including its first '#'. A CODE that\n"
          "             still holds a '#' is written with a leading '#' (b#c as\n"
          "             #b#c), so that reading the output again gives the same\n"
          "             CODE: the rule above keeps what follows the first '#'.\n"
          "             A message over 1024 bytes is cut at a character boundary,\n"
          "             and stderr gets the line: sttj: warning: message cut to\n"
          "             1024 bytes\n"
          "             A code is never lost to a problem in the body (an HTML\n"
          "             page from a proxy, a cut body, a mistyped message): with\n"
          "             the header, or a code or __type read whole before the\n"
          "             problem, it prints the code and exits 0, and stderr gets\n"
          "             the line: sttj: note: the code was read, but the body is\n"
          "             not a well-formed error document: CATEGORY: MESSAGE at byte N\n"
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

int run_version() {
    print(stdout, "sttj " STTJ_VERSION_STRING "\nUnicode ", sttj::detail::unicode_version, "\n");
    return finish(exit_ok);
}

}  // namespace

int usage_error(std::string_view message, std::string_view subject) {
    print(stderr, "sttj: ", message, " '", subject, "'\n\n");
    print_usage(stderr);
    print(stderr, "\nTry 'sttj --help' for more information.\n");
    return exit_usage;
}

bool reject_arguments(Args args) {
    if (args.empty()) return false;
    usage_error("unexpected argument", args[0]);
    return true;
}

}  // namespace cli

int main(int argc, char** argv) {
    using namespace cli;
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
