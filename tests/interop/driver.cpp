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
// `request` checks what a client sent: its body with sttj::parse_request and
// its framing (method, path, Content-Type, X-Amz-Target) against
// sttj::wire; a framing mismatch is rejected with category "framing".
// `response` and `error` write what a service would send back.

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

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

std::string rejected(std::string_view category, std::size_t offset, std::string_view message) {
    return "rejected\t" + std::string(category) + '\t' + std::to_string(offset) + '\t' + to_hex(message);
}

std::string rejected(const sttj::Error& error) {
    return rejected(sttj::to_string(error.category), error.offset, error.message);
}

struct Header {
    std::string name;
    std::string value;
};

std::string http(int status, std::string_view body, const std::vector<Header>& headers) {
    std::string out = "http\t" + std::to_string(status) + '\t' + to_hex(body);
    for (const Header& h : headers) out += '\t' + to_hex(h.name) + '\t' + to_hex(h.value);
    return out;
}

std::string check_request(const std::vector<std::string_view>& fields) {
    if (fields.size() < 4 || fields.size() % 2 != 0) return "bad-line";
    const std::string method = from_hex(fields[1]).value_or("");
    const std::string path = from_hex(fields[2]).value_or("");
    const std::string body = from_hex(fields[3]).value_or("");
    std::optional<std::string> content_type;
    std::optional<std::string> target;
    for (std::size_t i = 4; i < fields.size(); i += 2) {
        const std::string name = from_hex(fields[i]).value_or("");
        std::string value = from_hex(fields[i + 1]).value_or("");
        if (iequals(name, sttj::wire::content_type_header)) content_type = std::move(value);
        if (iequals(name, sttj::wire::target_header)) target = std::move(value);
    }
    if (method != sttj::wire::http_method) return rejected("framing", 0, "method is not POST");
    if (path != sttj::wire::http_path) return rejected("framing", 0, "path is not /");
    if (content_type != sttj::wire::content_type) return rejected("framing", 0, "wrong Content-Type");
    if (target != sttj::wire::target) return rejected("framing", 0, "wrong X-Amz-Target");
    const auto request = sttj::parse_request(body);
    if (!request) return rejected(request.error());
    return "accepted\t" + to_hex(request->job_id.view());
}

std::string write_response(const std::vector<std::string_view>& fields) {
    if (fields.size() != 3) return "bad-line";
    sttj::StopTextTranslationJobResponse response;
    if (const auto id = from_hex(fields[1])) {
        const auto made = sttj::JobId::make(*id);
        if (!made) return rejected("constraint", made.error().offset, made.error().message());
        response.job_id = *made;
    }
    if (const auto status = from_hex(fields[2])) {
        // Any status a response can carry, known or not (Smithy enums are open).
        response.job_status = sttj::OpenJobStatus::from_wire(*status);
        if (!response.job_status) return rejected("limit", 0, "JobStatus over 64 bytes or not UTF-8");
    }
    return http(200, sttj::to_json(response),
                {{std::string(sttj::wire::content_type_header), std::string(sttj::wire::content_type)}});
}

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
    // An unknown code is a client error unless the service says otherwise.
    const int status = known ? sttj::error_info(*known).http_status : 400;
    const std::string header = code.find('#') == std::string::npos ? code : '#' + code;
    return http(status, sttj::to_json(error),
                {{std::string(sttj::wire::content_type_header), std::string(sttj::wire::content_type)},
                 {std::string(sttj::wire::error_type_header), header}});
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
