// The sttj side of the interop tests (tests/interop/interop.py): reads one
// case per line on stdin, answers one line per case on stdout. Fields are
// separated by tabs; every field that carries text is hex-encoded (so any
// byte, NUL and newline included, passes), and "-" stands for an absent one.
//
//   request  METHOD PATH BODY [NAME VALUE]...   -> accepted JOB_ID
//                                                | rejected CATEGORY OFFSET MESSAGE
//   response JOB_ID|- STATUS|-                  -> http STATUS BODY [NAME VALUE]...
//                                                | rejected CATEGORY OFFSET MESSAGE
//   error    CODE MESSAGE|-                     -> http STATUS BODY [NAME VALUE]...
//                                                | rejected CATEGORY OFFSET MESSAGE
//
// `request` checks what a client sent as a mock endpoint would, with
// sttj::read_http_request (framing, then the body); `response` and `error`
// build what a service sends back, with sttj::make_http_response and
// sttj::make_http_error_response.

#include <sttj/http_server.hpp>
#include <sttj/sttj.hpp>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

std::string to_hex(std::string_view bytes) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        out += digits[b >> 4];
        out += digits[b & 0xF];
    }
    return out;
}

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/// The decoded field; nullopt for "-" (absent). Exits on malformed hex: the
/// caller (interop.py) wrote it, so that is a bug in the test.
std::optional<std::string> from_hex(std::string_view field) {
    if (field == "-") return std::nullopt;
    if (field.size() % 2 != 0) {
        std::fprintf(stderr, "driver: odd-length hex field\n");
        std::exit(2);
    }
    std::string out;
    for (std::size_t i = 0; i < field.size(); i += 2) {
        const int hi = hex_digit(field[i]);
        const int lo = hex_digit(field[i + 1]);
        if (hi < 0 || lo < 0) {
            std::fprintf(stderr, "driver: bad hex digit\n");
            std::exit(2);
        }
        out += static_cast<char>(hi * 16 + lo);
    }
    return out;
}

std::vector<std::string_view> split_tabs(std::string_view line) {
    std::vector<std::string_view> fields;
    for (;;) {
        const auto tab = line.find('\t');
        fields.push_back(line.substr(0, tab));
        if (tab == std::string_view::npos) return fields;
        line.remove_prefix(tab + 1);
    }
}

std::string rejected(std::string_view category, std::size_t offset, std::string_view message) {
    return "rejected\t" + std::string(category) + '\t' + std::to_string(offset) + '\t' + to_hex(message);
}

std::string rejected(const sttj::Error& error) {
    return rejected(sttj::to_string(error.category), error.offset, error.message);
}

std::string http(const sttj::HttpResponse& reply) {
    std::string out = "http\t" + std::to_string(reply.status) + '\t' + to_hex(reply.body);
    for (const sttj::HttpHeader& h : reply.headers) out += '\t' + to_hex(h.name) + '\t' + to_hex(h.value);
    return out;
}

// What a mock endpoint does with a request a client sent: read_http_request.
std::string check_request(const std::vector<std::string_view>& fields) {
    if (fields.size() < 4 || fields.size() % 2 != 0) return "bad-line";
    const std::string method = from_hex(fields[1]).value_or("");
    const std::string path = from_hex(fields[2]).value_or("");
    const std::string body = from_hex(fields[3]).value_or("");
    std::vector<sttj::HttpHeader> headers;
    for (std::size_t i = 4; i < fields.size(); i += 2) {
        headers.emplace_back(from_hex(fields[i]).value_or(""), from_hex(fields[i + 1]).value_or(""));
    }
    const auto request = sttj::read_http_request(method, path, headers, body);
    if (!request) return rejected(request.error());
    return "accepted\t" + to_hex(request->job_id.view());
}

// A success reply: make_http_response, with any status a response can carry.
std::string write_response(const std::vector<std::string_view>& fields) {
    if (fields.size() != 3) return "bad-line";
    sttj::StopTextTranslationJobResponse response;
    if (const auto id = from_hex(fields[1])) {
        const auto made = sttj::JobId::make(*id);
        if (!made) return rejected("constraint", made.error().offset, made.error().message());
        response.job_id = *made;
    }
    if (const auto status = from_hex(fields[2])) {
        // Known or not: Smithy enums are open.
        response.job_status = sttj::OpenJobStatus::from_wire(*status);
        if (!response.job_status) return rejected("limit", 0, "JobStatus over 64 bytes or not UTF-8");
    }
    return http(sttj::make_http_response(response));
}

// An error reply: make_http_error_response, the status from the error table
// (an unknown code is answered 400, the status of a client fault).
std::string write_error(const std::vector<std::string_view>& fields) {
    if (fields.size() != 3) return "bad-line";
    const std::string code = from_hex(fields[1]).value_or("");
    // Only a code that reads back as itself can be written.
    if (code.empty() || sttj::sanitize_error_code(code.find('#') == std::string::npos ? code : '#' + code) != code) {
        return rejected("constraint", 0, "the code does not read back as itself");
    }
    for (std::size_t i = 0; i < code.size(); ++i) {
        const auto byte = static_cast<unsigned char>(code[i]);
        if (byte < 0x20 || byte > 0x7E) return rejected("constraint", i, "code is not printable ASCII");
    }
    sttj::ErrorResponse error;
    const auto kept = sttj::InlineString<sttj::error_code_capacity>::from(code);
    if (!kept) return rejected("limit", sttj::error_code_capacity, "code too long");
    error.code = *kept;
    if (const auto message = from_hex(fields[2])) {
        error.message = sttj::InlineString<sttj::error_message_capacity>::from(*message);
        if (!error.message) return rejected("limit", sttj::error_message_capacity, "message too long");
    }
    const auto known = sttj::find_known_error(code);
    return http(sttj::make_http_error_response(error, known ? sttj::error_info(*known).http_status : 400));
}

}  // namespace

int main() {
    std::ios::sync_with_stdio(false);
    std::string line;
    while (std::getline(std::cin, line)) {
        const auto fields = split_tabs(line);
        std::string answer = "bad-line";
        if (fields[0] == "request") answer = check_request(fields);
        if (fields[0] == "response") answer = write_response(fields);
        if (fields[0] == "error") answer = write_error(fields);
        std::cout << answer << '\n';
    }
    std::cout.flush();
    return std::cout ? 0 : 1;
}
