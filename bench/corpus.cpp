// Deterministic corpora (fixed seed, own integer mapping: no
// std::uniform_int_distribution, whose output differs between standard
// libraries) and the verification helpers.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string_view>

#include "common.hpp"

namespace bench {
namespace {

constexpr std::uint64_t seed = 0x5717'2024'0001'beefULL;

[[noreturn]] void die(const char* what) {
    std::fprintf(stderr, "sttj_bench: %s\n", what);
    std::abort();
}

struct Rng {
    std::mt19937_64 engine{seed};
    /// Uniform in [lo, hi] (the tiny modulo bias is irrelevant here).
    std::uint64_t in(std::uint64_t lo, std::uint64_t hi) { return lo + engine() % (hi - lo + 1); }
    bool percent(unsigned p) { return in(0, 99) < p; }
};

void append_utf8(std::string& out, char32_t cp) {
    char bytes[4];
    out.append(bytes, sttj::detail::encode_utf8(cp, bytes));
}

// Allowed characters by UTF-8 length. Every range is L*, N* or Z* since
// Unicode 3.1 at the latest, so PCRE2 10.42 and RE2 (Unicode 14), ICU 72 and
// sttj (Unicode 15.0) all agree on them.
struct Range {
    char32_t first, last;
};
constexpr std::string_view ascii_allowed = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.:/=+-%@ ";
constexpr Range two_byte[] = {{0xC0, 0xD6},   {0xDF, 0xF6},   {0x391, 0x3A1}, {0x3B1, 0x3C9},
                              {0x410, 0x44F}, {0x5D0, 0x5EA}, {0x627, 0x63A}, {0x660, 0x669}};
constexpr Range three_byte[] = {{0x905, 0x939},   {0x966, 0x96F},   {0xE01, 0xE30},   {0x2160, 0x2182},
                                {0x3000, 0x3000}, {0x3041, 0x3096}, {0x30A1, 0x30FA}, {0x4E00, 0x9FA5},
                                {0xAC00, 0xD7A3}, {0xFF10, 0xFF19}, {0xFF21, 0xFF3A}};
constexpr Range four_byte[] = {
    {0x10330, 0x1034A}, {0x10400, 0x1044F}, {0x1D400, 0x1D454}, {0x1D7CE, 0x1D7FF}, {0x20000, 0x2A6D6}};

template <std::size_t N>
char32_t pick(Rng& rng, const Range (&ranges)[N]) {
    const Range r = ranges[rng.in(0, N - 1)];
    return static_cast<char32_t>(rng.in(r.first, r.last));
}

void append_ascii(Rng& rng, std::string& out) { out += ascii_allowed[rng.in(0, ascii_allowed.size() - 1)]; }

// One allowed scalar: 40% ASCII, 25% 2-byte, 25% 3-byte, 10% 4-byte.
void append_mixed(Rng& rng, std::string& out) {
    const auto roll = rng.in(0, 99);
    if (roll < 40) {
        append_ascii(rng, out);
    } else if (roll < 65) {
        append_utf8(out, pick(rng, two_byte));
    } else if (roll < 90) {
        append_utf8(out, pick(rng, three_byte));
    } else {
        append_utf8(out, pick(rng, four_byte));
    }
}

std::string hex32(Rng& rng) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string id;
    for (int i = 0; i < 32; ++i) id += digits[rng.in(0, 15)];
    return id;
}

std::string mixed(Rng& rng, std::size_t scalars) {
    std::string id;
    for (std::size_t i = 0; i < scalars; ++i) append_mixed(rng, id);
    return id;
}

// A valid prefix of 0..20 scalars (ASCII or mixed), then one problem, then a
// valid tail of 0..8 scalars.
std::string invalid(Rng& rng) {
    static constexpr std::string_view bad_ascii = "#!$&*?<>\"\\\n\t~^`'(),;[]{}|";
    static constexpr char32_t bad_scalars[] = {0xA7, 0x20AC, 0x1F600, 0x301, 0x2014, 0xAD, 0xE000};
    // clang-format would put each piece of a split literal ("\xE3\x81" "a") on a line of its own.
    // clang-format off
    static constexpr std::string_view ill_formed[] = {
        "\x80", "\xBF", "\xC0\xAF", "\xC1\x81", "\xE3\x81", "\xED\xA0\x80", "\xF5\x80\x80\x80",
        "\xF4\x90\x80\x80", "\xFF", "\xE0\x80\xAF", "\xF0\x8F\xBF\xBF", "\xE3\x81" "a", "\xC3",
    };
    // clang-format on
    const auto roll = rng.in(0, 99);
    if (roll < 4) return {};  // empty
    if (roll < 20) {          // too long: 33..48 ASCII scalars (a UUID with hyphens has 36)
        std::string id;
        const auto n = rng.in(33, 48);
        for (std::uint64_t i = 0; i < n; ++i) append_ascii(rng, id);
        return id;
    }
    if (roll < 25) return mixed(rng, rng.in(33, 40));  // too long, mixed scripts
    std::string id = rng.percent(50) ? mixed(rng, rng.in(0, 20)) : [&] {
        std::string ascii;
        const auto n = rng.in(0, 20);
        for (std::uint64_t i = 0; i < n; ++i) append_ascii(rng, ascii);
        return ascii;
    }();
    if (roll < 50) {
        id += bad_ascii[rng.in(0, bad_ascii.size() - 1)];
    } else if (roll < 70) {
        append_utf8(id, bad_scalars[rng.in(0, std::size(bad_scalars) - 1)]);
    } else {
        id += ill_formed[rng.in(0, std::size(ill_formed) - 1)];
    }
    const auto tail = rng.in(0, 8);
    for (std::uint64_t i = 0; i < tail; ++i) append_mixed(rng, id);
    return id;
}

std::string hex_digits(Rng& rng, int n) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < n; ++i) out += digits[rng.in(0, 15)];
    return out;
}

// A random (version 4) UUID: 8-4-4-4-12 lowercase hex, 36 characters, as
// the AWS SDKs write a ClientToken and the service a RequestId.
std::string uuid(Rng& rng) {
    static constexpr char variant[] = "89ab";
    return hex_digits(rng, 8) + '-' + hex_digits(rng, 4) + "-4" + hex_digits(rng, 3) + '-' + variant[rng.in(0, 3)] +
           hex_digits(rng, 3) + '-' + hex_digits(rng, 12);
}

// A UUID-like JobId. A JobId has at most 32 characters, so a whole UUID (36)
// does not fit: this is a version 4 UUID cut after its 32nd character,
// 8-4-4-4-8 (`1b2c3d4e-5f60-4718-9a0b-1c2d3e4f`), which keeps the hyphens
// and the version and variant digits of a real one.
std::string uuid_like_id(Rng& rng) { return uuid(rng).substr(0, 32); }

// `text` as a JSON string the way Python's json.dumps writes it: '"', '\\'
// and the controls escaped (\b \f \n \r \t, others \u00XX); with
// ensure_ascii (the default), also every character outside ' '..'~' as
// \uXXXX with lowercase hex, a character above U+FFFF as a surrogate pair.
std::string json_string(std::string_view text, bool ensure_ascii) {
    static constexpr char hex[] = "0123456789abcdef";
    const auto escape_u = [](std::string& out, char32_t unit) {
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4) out += hex[(unit >> shift) & 0xF];
    };
    std::string out = "\"";
    for (std::size_t pos = 0; pos < text.size();) {
        const sttj::detail::Utf8Step step = sttj::detail::decode_utf8(text, pos);
        if (step.problem != sttj::detail::Utf8Problem::None) die("json_string: ill-formed UTF-8");
        const char32_t cp = step.code_point;
        switch (cp) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\f': out += "\\f"; break;
            case '\n': out += "\\n"; break;
            case '\r': out += "\\r"; break;
            case '\t': out += "\\t"; break;
            default:
                if (cp < 0x20 || (ensure_ascii && cp > 0x7E && cp < 0x10000)) {
                    escape_u(out, cp);
                } else if (ensure_ascii && cp >= 0x10000) {
                    escape_u(out, 0xD800 + ((cp - 0x10000) >> 10));
                    escape_u(out, 0xDC00 + ((cp - 0x10000) & 0x3FF));
                } else {
                    out.append(text, pos, step.length);
                }
        }
        pos += step.length;
    }
    return out += '"';
}

// One parse document pair (request, response) in `shape`. `extra` is the
// unknown member's 36-character value for Shape::reordered.
std::string request_doc(Shape shape, std::string_view id, std::string_view extra) {
    switch (shape) {
        case Shape::compact: return R"({"JobId":)" + json_string(id, false) + "}";
        case Shape::botocore: return R"({"JobId": )" + json_string(id, true) + "}";
        case Shape::pretty: return "{\n  \"JobId\": " + json_string(id, false) + "\n}";
        case Shape::reordered:
            return R"({"ClientToken":)" + json_string(extra, false) + R"(,"JobId":)" + json_string(id, false) + "}";
    }
    die("request_doc: unknown shape");
}

std::string response_doc(Shape shape, std::string_view id, std::string_view status, std::string_view extra) {
    const std::string s = json_string(status, false);
    switch (shape) {
        case Shape::compact: return R"({"JobId":)" + json_string(id, false) + R"(,"JobStatus":)" + s + "}";
        case Shape::botocore: return R"({"JobId": )" + json_string(id, true) + R"(, "JobStatus": )" + s + "}";
        case Shape::pretty: return "{\n  \"JobId\": " + json_string(id, false) + ",\n  \"JobStatus\": " + s + "\n}";
        case Shape::reordered:
            return R"({"JobStatus":)" + s + R"(,"RequestId":)" + json_string(extra, false) + R"(,"JobId":)" +
                   json_string(id, false) + "}";
    }
    die("response_doc: unknown shape");
}

struct Corpora {
    std::vector<std::string> hex32, unicode, invalid;
    std::vector<sttj::StopTextTranslationJobRequest> requests, parse_requests;
    std::vector<sttj::StopTextTranslationJobResponse> responses, parse_responses;
    std::array<std::vector<std::string>, all_shapes.size()> request_docs, response_docs;

    Corpora() {
        Rng rng;
        for (std::size_t i = 0; i < corpus_size; ++i) hex32.push_back(bench::hex32(rng));
        for (std::size_t i = 0; i < corpus_size; ++i) unicode.push_back(mixed(rng, rng.in(5, 32)));
        for (std::size_t i = 0; i < corpus_size; ++i) invalid.push_back(bench::invalid(rng));
        for (std::size_t i = 0; i < corpus_size; ++i) {
            const auto status = sttj::all_job_statuses[rng.in(0, sttj::all_job_statuses.size() - 1)];
            requests.push_back({job_id(hex32[i])});
            responses.push_back({job_id(hex32[i]), status});
        }
        for (const auto& id : hex32) check(sttj::is_valid_job_id(id), "hex32 corpus: an id is invalid");
        for (const auto& id : unicode) check(sttj::is_valid_job_id(id), "unicode corpus: an id is invalid");
        for (const auto& id : invalid) check(!sttj::is_valid_job_id(id), "invalid corpus: an id is valid");

        // The parse corpora, from the same generator after the ones above
        // (which they leave as they were): one id, status and pair of
        // UUIDs per index, laid out in each shape. The ids are 70% 32-hex,
        // 15% UUID-like and 15% mixed scripts (717, 154 and 153 of 1024),
        // in a shuffled order.
        enum class IdKind : std::uint8_t { hex32, uuid_like, mixed };
        std::vector<IdKind> kinds(corpus_size, IdKind::hex32);
        const std::size_t uuid_like_count = (corpus_size * 15 + 50) / 100;
        const std::size_t mixed_count = corpus_size * 15 / 100;
        std::fill_n(kinds.begin(), uuid_like_count, IdKind::uuid_like);
        std::fill_n(kinds.begin() + uuid_like_count, mixed_count, IdKind::mixed);
        for (std::size_t i = corpus_size - 1; i > 0; --i) std::swap(kinds[i], kinds[rng.in(0, i)]);
        for (std::size_t i = 0; i < corpus_size; ++i) {
            const std::string id = kinds[i] == IdKind::hex32       ? bench::hex32(rng)
                                   : kinds[i] == IdKind::uuid_like ? uuid_like_id(rng)
                                                                   : mixed(rng, rng.in(5, 32));
            const auto status = sttj::all_job_statuses[rng.in(0, sttj::all_job_statuses.size() - 1)];
            const std::string client_token = uuid(rng);
            const std::string request_id = uuid(rng);
            parse_requests.push_back({job_id(id)});
            parse_responses.push_back({job_id(id), status});
            for (const Shape shape : all_shapes) {
                const auto s = static_cast<std::size_t>(shape);
                request_docs[s].push_back(request_doc(shape, id, client_token));
                response_docs[s].push_back(response_doc(shape, id, to_string(status), request_id));
            }
        }
        // sttj must read every document of every shape right, or no case
        // that is compared with it means anything.
        for (const Shape shape : all_shapes) {
            const auto s = static_cast<std::size_t>(shape);
            for (std::size_t i = 0; i < corpus_size; ++i) {
                const auto request = sttj::parse_request(request_docs[s][i]);
                check(request && *request == parse_requests[i], "sttj::parse_request misreads a parse corpus");
                const auto response = sttj::parse_response(response_docs[s][i]);
                check(response && *response == parse_responses[i], "sttj::parse_response misreads a parse corpus");
            }
        }
    }
    static sttj::JobId job_id(std::string_view id) {
        const auto made = sttj::JobId::make(id);
        if (!made) die("a corpus JobId is invalid");
        return *made;
    }
    static void check(bool ok, const char* what) {
        if (!ok) die(what);
    }
};

const Corpora& corpora() {
    static const Corpora instance;
    return instance;
}

}  // namespace

const std::vector<std::string>& hex32_ids() { return corpora().hex32; }
const std::vector<std::string>& unicode_ids() { return corpora().unicode; }
const std::vector<std::string>& invalid_ids() { return corpora().invalid; }
const std::vector<sttj::StopTextTranslationJobRequest>& requests() { return corpora().requests; }
const std::vector<sttj::StopTextTranslationJobResponse>& responses() { return corpora().responses; }
const std::vector<sttj::StopTextTranslationJobRequest>& parse_requests() { return corpora().parse_requests; }
const std::vector<sttj::StopTextTranslationJobResponse>& parse_responses() { return corpora().parse_responses; }
const std::vector<std::string>& request_docs(Shape shape) {
    return corpora().request_docs[static_cast<std::size_t>(shape)];
}
const std::vector<std::string>& response_docs(Shape shape) {
    return corpora().response_docs[static_cast<std::size_t>(shape)];
}

bool PlainJobId::assign(std::string_view text) noexcept {
    if (text.size() > sizeof bytes) return false;
    std::memcpy(bytes, text.data(), text.size());
    size = static_cast<std::uint8_t>(text.size());
    return true;
}

std::vector<Case>& registry() {
    static std::vector<Case> cases;
    return cases;
}

std::size_t count_disagreements(const std::vector<std::string>& ids,
                                const std::function<bool(std::string_view)>& is_valid) {
    std::size_t bad = 0;
    for (const auto& id : ids) bad += is_valid(id) != sttj::is_valid_job_id(id);
    return bad;
}

std::size_t count_request_mismatches(const std::vector<sttj::StopTextTranslationJobRequest>& want,
                                     const std::function<std::optional<PlainRequest>(std::size_t)>& parse) {
    std::size_t bad = 0;
    for (std::size_t i = 0; i < want.size(); ++i) {
        const auto got = parse(i);
        bad += !got || got->job_id.view() != want[i].job_id.view();
    }
    return bad;
}

std::size_t count_response_mismatches(const std::vector<sttj::StopTextTranslationJobResponse>& want,
                                      const std::function<std::optional<PlainResponse>(std::size_t)>& parse) {
    std::size_t bad = 0;
    for (std::size_t i = 0; i < want.size(); ++i) {
        const auto got = parse(i);
        const bool same_id = got && got->job_id.has_value() == want[i].job_id.has_value() &&
                             (!want[i].job_id || got->job_id->view() == want[i].job_id->view());
        bad += !same_id || got->job_status != want[i].job_status;
    }
    return bad;
}

std::size_t count_serialize_mismatches(bool response, const std::function<std::string(std::size_t)>& serialize) {
    std::size_t bad = 0;
    for (std::size_t i = 0; i < corpus_size; ++i) {
        const std::string want = response ? sttj::to_json(responses()[i]) : sttj::to_json(requests()[i]);
        bad += serialize(i) != want;
    }
    return bad;
}

}  // namespace bench
