// Shared pieces of sttj_bench: the case registry, the corpora and the plain
// structs the peers parse into. Every translation unit registers its cases
// with a static Register object; main.cpp hands them to Google Benchmark, or
// runs one of them a fixed number of times for callgrind.
#ifndef STTJ_BENCH_COMMON_HPP
#define STTJ_BENCH_COMMON_HPP

#include <benchmark/benchmark.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <sttj/sttj.hpp>

namespace bench {

/// Corpus size: a power of two, large enough that branch predictors cannot
/// learn the inputs, small enough (a few hundred KiB at most) to stay in L2.
inline constexpr std::size_t corpus_size = 1024;
inline constexpr std::size_t corpus_mask = corpus_size - 1;

// ------------------------------------------------------------------ corpora
/// 32 lowercase hex digits: the shape of a real Amazon Translate JobId.
const std::vector<std::string>& hex32_ids();
/// Valid ids of 5..32 scalars mixing ASCII with 2-, 3- and 4-byte UTF-8
/// letters and digits from many scripts (see corpus.cpp for the mix).
const std::vector<std::string>& unicode_ids();
/// Invalid ids: empty, too long, a disallowed ASCII or non-ASCII character,
/// ill-formed UTF-8 (see corpus.cpp for the mix).
const std::vector<std::string>& invalid_ids();
/// Requests and responses with 32-hex ids, for the serializers.
const std::vector<sttj::StopTextTranslationJobRequest>& requests();
const std::vector<sttj::StopTextTranslationJobResponse>& responses();

/// The byte layouts of the parse_* corpora. Every layout encodes the same
/// requests and responses (parse_requests(), parse_responses()), so the
/// layouts differ in nothing else.
enum class Shape : std::uint8_t {
    compact,    ///< `{"JobId":"<id>","JobStatus":"<s>"}`, raw UTF-8: the service and the JS SDK
    botocore,   ///< Python's json.dumps defaults: ", " and ": ", non-ASCII as \uXXXX
    pretty,     ///< json.dumps(indent=2, ensure_ascii=False): newlines, indent, raw UTF-8
    reordered,  ///< compact, JobId last, after an unknown 36-character string member
};
inline constexpr std::array<Shape, 4> all_shapes = {Shape::compact, Shape::botocore, Shape::pretty, Shape::reordered};
/// The shape's part of a case name: parse_request_<name>/<impl>.
constexpr std::string_view shape_name(Shape shape) noexcept {
    switch (shape) {
        case Shape::compact: return "compact";
        case Shape::botocore: return "botocore";
        case Shape::pretty: return "pretty";
        case Shape::reordered: return "reordered";
    }
    return "?";
}
/// The requests and responses every shape encodes: 70% 32-hex ids, 15%
/// UUID-like, 15% mixed scripts (see corpus.cpp); statuses uniform.
const std::vector<sttj::StopTextTranslationJobRequest>& parse_requests();
const std::vector<sttj::StopTextTranslationJobResponse>& parse_responses();
/// Document i encodes parse_requests()[i] (parse_responses()[i]) in `shape`.
const std::vector<std::string>& request_docs(Shape shape);
const std::vector<std::string>& response_docs(Shape shape);

// -------------------------------------------- what the peers parse into
/// The peers' stand-in for sttj::JobId: the same 128 inline bytes, but no
/// character validation (no JSON library has a Unicode category check).
struct PlainJobId {
    char bytes[sttj::job_id_max_bytes] = {};
    std::uint8_t size = 0;

    /// Copies `text` if it fits in 128 bytes (the only check the peers make).
    bool assign(std::string_view text) noexcept;
    [[nodiscard]] std::string_view view() const noexcept { return {bytes, size}; }
};
struct PlainRequest {
    PlainJobId job_id;
};
struct PlainResponse {
    std::optional<PlainJobId> job_id;
    std::optional<sttj::JobStatus> job_status;  // mapped with sttj::job_status_from_string (whole-string compare)
};

// ------------------------------------------------------------ registry
/// One benchmark case: `<operation>/<implementation>`.
struct Case {
    std::string name;
    std::function<void(benchmark::State&)> bench;  // Google Benchmark body
    std::function<void(std::size_t)> count;        // runs exactly N operations (callgrind mode)
    std::function<std::size_t()> verify;           // mismatches on the corpus; 0 = all right
};
std::vector<Case>& registry();

/// The loop both modes share: `op(i)` performs operation number i.
template <class Op>
void bench_loop(benchmark::State& state, Op& op) {
    std::size_t i = 0;
    for (auto _ : state) {
        op(i & corpus_mask);
        ++i;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
}

// Kept out of line and named, so callgrind can count only this function
// (--toggle-collect='*bench*count_loop*').
template <class Op>
[[gnu::noinline]] void count_loop(std::size_t n, Op& op) {
    for (std::size_t i = 0; i < n; ++i) op(i & corpus_mask);
}

/// Calls `parse(i)` out of line, for every implementation alike. Whether
/// g++ inlined an implementation's parse lambda into the loop depended on
/// the size of code elsewhere in the TU, and moved a parse row by some 18
/// instructions (bench/README.md).
template <class Parse>
[[gnu::noinline]] auto parse_out_of_line(const Parse& parse, std::size_t i) {
    return parse(i);
}

/// Registers `op` (a callable taking the corpus index) as `name`; `verify`
/// returns the number of corpus entries the implementation gets wrong
/// (against sttj, or for the parse cases against the expected values).
template <class Op>
void add(std::string name, Op op, std::function<std::size_t()> verify = {}) {
    auto shared = std::make_shared<Op>(std::move(op));
    registry().push_back(Case{
        std::move(name),
        [shared](benchmark::State& state) { bench_loop(state, *shared); },
        [shared](std::size_t n) { count_loop(n, *shared); },
        std::move(verify),
    });
}

/// Registers validate_hex32/, validate_unicode/ and validate_invalid/<impl>
/// for a peer whose `is_valid(std::string_view)` answers yes or no.
template <class IsValid>
void add_validators(const std::string& impl, IsValid is_valid) {
    const std::pair<const char*, const std::vector<std::string>* (*)()> corpora[] = {
        {"validate_hex32/", [] { return &hex32_ids(); }},
        {"validate_unicode/", [] { return &unicode_ids(); }},
        {"validate_invalid/", [] { return &invalid_ids(); }},
    };
    for (const auto& [op, corpus] : corpora) {
        const std::vector<std::string>& ids = *corpus();
        add(
            op + impl, [&ids, is_valid](std::size_t i) mutable { benchmark::DoNotOptimize(is_valid(ids[i])); },
            [&ids, is_valid]() mutable {
                return count_disagreements(ids, [&](std::string_view id) { return is_valid(id); });
            });
    }
}

/// Runs `fn` at static-initialization time: `static Register r{[] { add(...); }};`
struct Register {
    template <class Fn>
    explicit Register(Fn fn) {
        fn();
    }
};

// ------------------------------------------------------ verification helpers
/// Counts ids on which `is_valid` disagrees with sttj.
std::size_t count_disagreements(const std::vector<std::string>& ids,
                                const std::function<bool(std::string_view)>& is_valid);
/// Counts documents i whose parse is not `want[i]` (a failed parse counts).
std::size_t count_request_mismatches(const std::vector<sttj::StopTextTranslationJobRequest>& want,
                                     const std::function<std::optional<PlainRequest>(std::size_t)>& parse);
std::size_t count_response_mismatches(const std::vector<sttj::StopTextTranslationJobResponse>& want,
                                      const std::function<std::optional<PlainResponse>(std::size_t)>& parse);
/// Counts outputs that differ from sttj's canonical JSON.
std::size_t count_serialize_mismatches(bool response, const std::function<std::string(std::size_t)>& serialize);

/// Registers parse_request_<shape>/ and parse_response_<shape>/<impl> for
/// every shape. `make_request(docs)` returns a callable that parses docs[i]
/// into a std::optional<PlainRequest>, copying the JobId out as a caller
/// would (std::nullopt: the parse failed); `make_response(docs)` likewise
/// into a std::optional<PlainResponse>. Each case is verified against
/// parse_requests() or parse_responses().
template <class MakeRequest, class MakeResponse>
void add_parsers(const std::string& impl, MakeRequest make_request, MakeResponse make_response) {
    for (const Shape shape : all_shapes) {
        const std::string shape_suffix = std::string(shape_name(shape)) + "/" + impl;
        auto request = make_request(request_docs(shape));
        add(
            "parse_request_" + shape_suffix,
            [request](std::size_t i) { benchmark::DoNotOptimize(parse_out_of_line(request, i)); },
            [request] { return count_request_mismatches(parse_requests(), request); });
        auto response = make_response(response_docs(shape));
        add(
            "parse_response_" + shape_suffix,
            [response](std::size_t i) { benchmark::DoNotOptimize(parse_out_of_line(response, i)); },
            [response] { return count_response_mismatches(parse_responses(), response); });
    }
}

/// Registers serialize_request/ and serialize_response/<impl> for a peer whose
/// `serialize(x)` returns the JSON of a request or a response as a std::string.
template <class Serialize>
void add_string_serializers(const std::string& impl, Serialize serialize) {
    const auto add_one = [&](const char* op, const auto& inputs, bool is_response) {
        add(
            op + impl,
            [serialize, &inputs](std::size_t i) {
                std::string json = serialize(inputs[i]);
                benchmark::DoNotOptimize(json.data());
                benchmark::ClobberMemory();
            },
            [serialize, &inputs, is_response] {
                return count_serialize_mismatches(is_response, [&](std::size_t i) { return serialize(inputs[i]); });
            });
    };
    add_one("serialize_request/", requests(), false);
    add_one("serialize_response/", responses(), true);
}

}  // namespace bench

#endif  // STTJ_BENCH_COMMON_HPP
