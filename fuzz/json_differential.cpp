// Fuzz target: at the syntax level (is this an RFC 8259 JSON text?), sttj
// agrees with RapidJSON, an independent strict parser (Debian rapidjson-dev).
//
// "sttj says it is JSON" := the parse did not fail with Syntax or Encoding
// (Schema and Constraint errors are only reported for well-formed JSON; a
// non-object document is a Schema error). The verdict is taken from six
// entry points that share one reader: a bare walk of the document with
// detail::JsonReader, parse_request, parse_response, parse_response_strict,
// parse_response_lenient and parse_error (body only; its verdict is its
// body_problem when it kept a code); each must agree with RapidJSON.
//
// RapidJSON is run strict: no comments, trailing commas, NaN/Infinity
// (default flags), kParseValidateEncodingFlag, kParseIterativeFlag (no
// recursion, so deep nesting is fine) and kParseNumbersAsStringsFlag (no
// conversion work: only the verdict matters). It reads from a MemoryStream,
// not an EncodedInputStream, so it does not skip a UTF-8 BOM (RFC 8259 lets a
// parser ignore one; sttj does not, and neither does RapidJSON here).
//
// Intended divergences, found by fuzzing this target; each is skipped by the
// classify() function below and nothing else is:
//  1. Nesting deeper than 512 levels: sttj says Limit (its documented bound),
//     RapidJSON's iterative parser has none. Skipped whenever sttj says Limit
//     (parse_response also says Limit for a JobStatus text over 64 bytes,
//     parse_response_lenient for a JobId/JobStatus text over 256 bytes;
//     that entry point's verdict is skipped then).
//  2. A lone low-surrogate escape ("\uDC00" with no high surrogate before
//     it): RFC 8259's grammar admits any \uXXXX, RapidJSON 1.1.0 accepts it,
//     sttj rejects it (Encoding: it cannot be turned into UTF-8). A lone
//     *high* surrogate is rejected by both, so it never diverges.
//  3. Numbers beyond double range (1e400, 0e999, a 400-digit integer):
//     RapidJSON rejects them (kParseErrorNumberTooBig, even with
//     kParseNumbersAsStringsFlag); RFC 8259's grammar and sttj accept them.
//  4. A NUL byte: RapidJSON's streams use '\0' as the end of input, so it
//     stops there and accepts `{}` followed by NUL and anything. The harness
//     counts RapidJSON as accepting only if it consumed every byte; sttj
//     rejects (data after the value). Not a skip: a correction.
//  5. Empty or all-blank input: not a JSON text (both say so), but
//     parse_response/parse_response_lenient/parse_error accept an empty body
//     by design (awsJson1_1); their verdicts are skipped for blank input.

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "common.hpp"

namespace {

enum class Verdict { Json, NotJson, NoVerdict };

const char* name(Verdict v) {
    switch (v) {
        case Verdict::Json: return "JSON";
        case Verdict::NotJson: return "not JSON";
        case Verdict::NoVerdict: return "no verdict";
    }
    return "?";
}

struct SttjVerdict {
    Verdict verdict;
    sttj::Error error;  // meaningful when it failed
    bool failed;
};

SttjVerdict from_error(bool ok, const sttj::Error& error) {
    if (ok) return {Verdict::Json, error, false};
    switch (error.category) {
        case sttj::ErrorCategory::Syntax:
        case sttj::ErrorCategory::Encoding: return {Verdict::NotJson, error, true};
        case sttj::ErrorCategory::Limit:
        case sttj::ErrorCategory::Protocol: return {Verdict::NoVerdict, error, true};  // no JSON parser gives it
        case sttj::ErrorCategory::Schema:
        case sttj::ErrorCategory::Constraint: return {Verdict::Json, error, true};
    }
    return {Verdict::NoVerdict, error, true};
}

template <class R>
SttjVerdict verdict_of(const R& result) {
    return from_error(result.has_value(), result.has_value() ? sttj::Error{} : result.error());
}

// parse_error keeps a code it read from a malformed body and reports the
// malformation as body_problem: that, not the result, is its verdict.
template <class R>
SttjVerdict error_verdict(const R& result) {
    if (result.has_value() && result->body_problem) return from_error(false, *result->body_problem);
    return verdict_of(result);
}

// The dedicated check: walk the document, skipping (and checking) every value.
SttjVerdict reader_verdict(std::string_view input) {
    sttj::detail::JsonReader reader{input};
    reader.read_document([&](std::string_view, std::size_t) { return reader.skip_value(1); });
    return from_error(!reader.failed(), reader.error());
}

struct RapidVerdict {
    bool accepted;
    rapidjson::ParseErrorCode code;
    std::size_t offset;
};

RapidVerdict rapidjson_verdict(std::string_view input) {
    static const char empty[1] = {};
    rapidjson::MemoryStream stream(input.empty() ? empty : input.data(), input.size());
    rapidjson::BaseReaderHandler<rapidjson::UTF8<>> handler;
    rapidjson::Reader reader;
    constexpr unsigned flags =
        rapidjson::kParseValidateEncodingFlag | rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag;
    const rapidjson::ParseResult result = reader.Parse<flags>(stream, handler);
    if (result.IsError()) return {false, result.Code(), result.Offset()};
    // Divergence 4: RapidJSON stops at a NUL byte as if the input ended there.
    if (stream.Tell() != input.size()) return {false, rapidjson::kParseErrorTermination, stream.Tell()};
    return {true, rapidjson::kParseErrorNone, 0};
}

void report(std::string_view input, const char* entry, const SttjVerdict& s, const RapidVerdict& r) {
    std::fprintf(stderr, "json_differential: %s says %s", entry, name(s.verdict));
    if (s.failed) {
        std::fprintf(stderr, " (%s)", sttj::to_string(s.error).c_str());
    }
    std::fprintf(stderr, "; RapidJSON says %s", r.accepted ? "JSON" : "not JSON");
    if (!r.accepted) std::fprintf(stderr, " (%s at %zu)", rapidjson::GetParseError_En(r.code), r.offset);
    std::fprintf(stderr, "\ninput (%zu bytes):", input.size());
    for (std::size_t i = 0; i < input.size() && i < 256; ++i) {
        std::fprintf(stderr, " %02x", static_cast<unsigned>(static_cast<unsigned char>(input[i])));
    }
    std::fprintf(stderr, "\n");
}

// Which intended divergence (2 or 3 above) explains a disagreement, or 0.
int intended_divergence(const SttjVerdict& s, const RapidVerdict& r) {
    // 2: sttj rejects a lone low surrogate escape that RapidJSON accepts.
    if (r.accepted && s.verdict == Verdict::NotJson && s.error.category == sttj::ErrorCategory::Encoding &&
        s.error.message == "lone low surrogate escape") {
        return 2;
    }
    // 3: RapidJSON rejects a number beyond double range that sttj accepts.
    if (!r.accepted && r.code == rapidjson::kParseErrorNumberTooBig && s.verdict == Verdict::Json) return 3;
    return 0;
}

// STTJ_FUZZ_VERBOSE=1 in the environment reports each skipped divergence.
bool verbose() {
    static const bool on = std::getenv("STTJ_FUZZ_VERBOSE") != nullptr;
    return on;
}

void compare(std::string_view input, const char* entry, const SttjVerdict& s, const RapidVerdict& r) {
    if (s.verdict == Verdict::NoVerdict) {  // divergence 1
        if (verbose()) std::fprintf(stderr, "json_differential: %s: skipped, sttj says Limit\n", entry);
        return;
    }
    if ((s.verdict == Verdict::Json) == r.accepted) return;
    if (const int reason = intended_divergence(s, r)) {
        if (verbose()) std::fprintf(stderr, "json_differential: %s: intended divergence %d\n", entry, reason);
        return;
    }
    report(input, entry, s, r);
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input = sttj_fuzz::as_text(data, size);
    const RapidVerdict rapid = rapidjson_verdict(input);

    compare(input, "JsonReader", reader_verdict(input), rapid);
    compare(input, "parse_request", verdict_of(sttj::parse_request(input)), rapid);
    if (!sttj_fuzz::is_blank(input)) {  // divergence 5
        compare(input, "parse_response", verdict_of(sttj::parse_response(input)), rapid);
        compare(input, "parse_response_strict", verdict_of(sttj::parse_response_strict(input)), rapid);
        compare(input, "parse_response_lenient", verdict_of(sttj::parse_response_lenient(input)), rapid);
        compare(input, "parse_error", error_verdict(sttj::parse_error(input)), rapid);
    }
    return 0;
}
