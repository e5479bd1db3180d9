// Deterministic corpora (fixed seed, own integer mapping: no
// std::uniform_int_distribution, whose output differs between standard
// libraries) and the verification helpers.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>

#include "common.hpp"

namespace bench {
namespace {

constexpr std::uint64_t seed = 0x5717'2024'0001'beefULL;

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
constexpr std::string_view ascii_allowed =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.:/=+-%@ ";
constexpr Range two_byte[] = {{0xC0, 0xD6},   {0xDF, 0xF6},   {0x391, 0x3A1}, {0x3B1, 0x3C9},
                              {0x410, 0x44F}, {0x5D0, 0x5EA}, {0x627, 0x63A}, {0x660, 0x669}};
constexpr Range three_byte[] = {{0x905, 0x939},   {0x966, 0x96F},   {0xE01, 0xE30},   {0x2160, 0x2182},
                                {0x3000, 0x3000}, {0x3041, 0x3096}, {0x30A1, 0x30FA}, {0x4E00, 0x9FA5},
                                {0xAC00, 0xD7A3}, {0xFF10, 0xFF19}, {0xFF21, 0xFF3A}};
constexpr Range four_byte[] = {{0x10330, 0x1034A}, {0x10400, 0x1044F}, {0x1D400, 0x1D454}, {0x1D7CE, 0x1D7FF},
                               {0x20000, 0x2A6D6}};

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
    static constexpr std::string_view ill_formed[] = {
        "\x80", "\xBF", "\xC0\xAF", "\xC1\x81", "\xE3\x81", "\xED\xA0\x80", "\xF5\x80\x80\x80",
        "\xF4\x90\x80\x80", "\xFF", "\xE0\x80\xAF", "\xF0\x8F\xBF\xBF", "\xE3\x81" "a", "\xC3",
    };
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

struct Corpora {
    std::vector<std::string> hex32, unicode, invalid, request_docs, response_docs;
    std::vector<sttj::StopTextTranslationJobRequest> requests;
    std::vector<sttj::StopTextTranslationJobResponse> responses;

    Corpora() {
        Rng rng;
        for (std::size_t i = 0; i < corpus_size; ++i) hex32.push_back(bench::hex32(rng));
        for (std::size_t i = 0; i < corpus_size; ++i) unicode.push_back(mixed(rng, rng.in(5, 32)));
        for (std::size_t i = 0; i < corpus_size; ++i) invalid.push_back(bench::invalid(rng));
        for (std::size_t i = 0; i < corpus_size; ++i) {
            const std::string& id = hex32[i];
            request_docs.push_back(R"({"JobId":")" + id + R"("})");
            const auto status = sttj::all_job_statuses[rng.in(0, sttj::all_job_statuses.size() - 1)];
            response_docs.push_back(R"({"JobId":")" + id + R"(","JobStatus":")" + std::string(to_string(status)) +
                                    R"("})");
            const auto job_id = sttj::JobId::make(id);
            if (!job_id) die("a hex32 id is invalid");
            requests.push_back({*job_id});
            responses.push_back({*job_id, status});
        }
        for (const auto& id : hex32) check(sttj::is_valid_job_id(id), "hex32 corpus: an id is invalid");
        for (const auto& id : unicode) check(sttj::is_valid_job_id(id), "unicode corpus: an id is invalid");
        for (const auto& id : invalid) check(!sttj::is_valid_job_id(id), "invalid corpus: an id is valid");
    }
    static void check(bool ok, const char* what) {
        if (!ok) die(what);
    }
    [[noreturn]] static void die(const char* what) {
        std::fprintf(stderr, "sttj_bench: %s\n", what);
        std::abort();
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
const std::vector<std::string>& request_docs() { return corpora().request_docs; }
const std::vector<std::string>& response_docs() { return corpora().response_docs; }
const std::vector<sttj::StopTextTranslationJobRequest>& requests() { return corpora().requests; }
const std::vector<sttj::StopTextTranslationJobResponse>& responses() { return corpora().responses; }

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

std::size_t count_request_mismatches(const std::function<std::optional<PlainRequest>(std::size_t)>& parse) {
    std::size_t bad = 0;
    for (std::size_t i = 0; i < corpus_size; ++i) {
        const auto got = parse(i);
        bad += !got || got->job_id.view() != requests()[i].job_id.view();
    }
    return bad;
}

std::size_t count_response_mismatches(const std::function<std::optional<PlainResponse>(std::size_t)>& parse) {
    std::size_t bad = 0;
    for (std::size_t i = 0; i < corpus_size; ++i) {
        const auto got = parse(i);
        const auto& want = responses()[i];
        bad += !got || !got->job_id || got->job_id->view() != want.job_id->view() ||
               got->job_status != want.job_status;
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
