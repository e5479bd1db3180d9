// Compile-time tests: every constexpr function of the public headers in a
// static_assert, and compile-time results equal to run-time results.
// The umbrella header comes first: this proves it is self-contained.
#include <sttj/sttj.hpp>

#include <array>
#include <compare>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <catch2/catch.hpp>

namespace {

using sttj::ErrorCategory;
using sttj::JobId;
using sttj::JobIdError;
using sttj::JobIdReason;
using sttj::JobStatus;
using sttj::StopEffect;
using sttj::detail::Utf8Problem;

// The literals below are UTF-8 (GCC's and Clang's default execution charset).
static_assert(std::string_view{"é"} == "\xC3\xA9");

// ------------------------------------------------------------ job_status.hpp

static_assert(sttj::to_string(JobStatus::Submitted) == "SUBMITTED");
static_assert(sttj::to_string(JobStatus::InProgress) == "IN_PROGRESS");
static_assert(sttj::to_string(JobStatus::Completed) == "COMPLETED");
static_assert(sttj::to_string(JobStatus::CompletedWithError) == "COMPLETED_WITH_ERROR");
static_assert(sttj::to_string(JobStatus::Failed) == "FAILED");
static_assert(sttj::to_string(JobStatus::StopRequested) == "STOP_REQUESTED");
static_assert(sttj::to_string(JobStatus::Stopped) == "STOPPED");
static_assert(sttj::to_string(static_cast<JobStatus>(7)).empty());

static_assert(sttj::job_status_from_string("SUBMITTED") == JobStatus::Submitted);
static_assert(sttj::job_status_from_string("IN_PROGRESS") == JobStatus::InProgress);
static_assert(sttj::job_status_from_string("COMPLETED") == JobStatus::Completed);
static_assert(sttj::job_status_from_string("COMPLETED_WITH_ERROR") == JobStatus::CompletedWithError);
static_assert(sttj::job_status_from_string("FAILED") == JobStatus::Failed);
static_assert(sttj::job_status_from_string("STOP_REQUESTED") == JobStatus::StopRequested);
static_assert(sttj::job_status_from_string("STOPPED") == JobStatus::Stopped);
static_assert(!sttj::job_status_from_string("stopped"));
static_assert(!sttj::job_status_from_string("STOPPED "));
static_assert(!sttj::job_status_from_string(std::string_view{"STOPPED\0", 8}));
static_assert(!sttj::job_status_from_string("STOP"));
static_assert(!sttj::job_status_from_string(""));

constexpr bool round_trips() {
    for (const JobStatus s : sttj::all_job_statuses) {
        if (sttj::job_status_from_string(sttj::to_string(s)) != s) return false;
    }
    return true;
}
static_assert(round_trips());
static_assert(sttj::all_job_statuses.size() == 7);
static_assert(sttj::all_job_statuses[0] == JobStatus::Submitted);
static_assert(sttj::all_job_statuses[1] == JobStatus::InProgress);
static_assert(sttj::all_job_statuses[2] == JobStatus::Completed);
static_assert(sttj::all_job_statuses[3] == JobStatus::CompletedWithError);
static_assert(sttj::all_job_statuses[4] == JobStatus::Failed);
static_assert(sttj::all_job_statuses[5] == JobStatus::StopRequested);
static_assert(sttj::all_job_statuses[6] == JobStatus::Stopped);

// ------------------------------------------------------------- lifecycle.hpp

static_assert(!sttj::is_terminal(JobStatus::Submitted));
static_assert(!sttj::is_terminal(JobStatus::InProgress));
static_assert(sttj::is_terminal(JobStatus::Completed));
static_assert(sttj::is_terminal(JobStatus::CompletedWithError));
static_assert(sttj::is_terminal(JobStatus::Failed));
static_assert(!sttj::is_terminal(JobStatus::StopRequested));
static_assert(sttj::is_terminal(JobStatus::Stopped));

static_assert(sttj::can_transition(JobStatus::Submitted, JobStatus::InProgress));
static_assert(!sttj::can_transition(JobStatus::Submitted, JobStatus::StopRequested));
static_assert(sttj::can_transition(JobStatus::InProgress, JobStatus::StopRequested));
static_assert(sttj::can_transition(JobStatus::InProgress, JobStatus::Completed));
static_assert(!sttj::can_transition(JobStatus::InProgress, JobStatus::Stopped));
static_assert(sttj::can_transition(JobStatus::StopRequested, JobStatus::Stopped));
static_assert(sttj::can_transition(JobStatus::StopRequested, JobStatus::Completed));
static_assert(!sttj::can_transition(JobStatus::StopRequested, JobStatus::InProgress));
static_assert(!sttj::can_transition(JobStatus::Stopped, JobStatus::InProgress));
static_assert(!sttj::can_transition(JobStatus::Completed, JobStatus::Failed));

constexpr int transition_count() {
    int n = 0;
    for (const JobStatus from : sttj::all_job_statuses) {
        for (const JobStatus to : sttj::all_job_statuses) n += sttj::can_transition(from, to) ? 1 : 0;
    }
    return n;
}
static_assert(transition_count() == 9);

static_assert(sttj::stop_effect(JobStatus::Submitted) == StopEffect::NotStarted);
static_assert(sttj::stop_effect(JobStatus::InProgress) == StopEffect::MarksStopRequested);
static_assert(sttj::stop_effect(JobStatus::Completed) == StopEffect::AlreadyEnded);
static_assert(sttj::stop_effect(JobStatus::CompletedWithError) == StopEffect::AlreadyEnded);
static_assert(sttj::stop_effect(JobStatus::Failed) == StopEffect::AlreadyEnded);
static_assert(sttj::stop_effect(JobStatus::StopRequested) == StopEffect::AlreadyStopping);
static_assert(sttj::stop_effect(JobStatus::Stopped) == StopEffect::AlreadyEnded);

static_assert(sttj::status_after_stop(JobStatus::Submitted) == JobStatus::Submitted);
static_assert(sttj::status_after_stop(JobStatus::InProgress) == JobStatus::StopRequested);
static_assert(sttj::status_after_stop(JobStatus::Completed) == JobStatus::Completed);
static_assert(sttj::status_after_stop(JobStatus::StopRequested) == JobStatus::StopRequested);
static_assert(sttj::status_after_stop(JobStatus::Stopped) == JobStatus::Stopped);

static_assert(!sttj::can_end_after_stop(JobStatus::Submitted));
static_assert(!sttj::can_end_after_stop(JobStatus::InProgress));
static_assert(sttj::can_end_after_stop(JobStatus::Completed));
static_assert(sttj::can_end_after_stop(JobStatus::CompletedWithError));
static_assert(sttj::can_end_after_stop(JobStatus::Failed));
static_assert(!sttj::can_end_after_stop(JobStatus::StopRequested));
static_assert(sttj::can_end_after_stop(JobStatus::Stopped));

static_assert(sttj::to_string(StopEffect::MarksStopRequested) ==
              "marked STOP_REQUESTED; ends STOPPED, or COMPLETED if it finished first");
static_assert(sttj::to_string(StopEffect::AlreadyStopping) == "no change: a stop is already under way (undocumented)");
static_assert(sttj::to_string(StopEffect::AlreadyEnded) == "no change: the job has ended (undocumented)");
static_assert(sttj::to_string(StopEffect::NotStarted) == "no change predicted: the job has not started (undocumented)");

// ----------------------------------------------------------------- error.hpp

static_assert(sttj::to_string(ErrorCategory::Syntax) == "syntax");
static_assert(sttj::to_string(ErrorCategory::Encoding) == "encoding");
static_assert(sttj::to_string(ErrorCategory::Schema) == "schema");
static_assert(sttj::to_string(ErrorCategory::Constraint) == "constraint");
static_assert(sttj::to_string(ErrorCategory::Limit) == "limit");
static_assert(sttj::Error{ErrorCategory::Limit, 3, "x"} == sttj::Error{ErrorCategory::Limit, 3, "x"});
static_assert(!(sttj::Error{ErrorCategory::Limit, 3, "x"} == sttj::Error{ErrorCategory::Limit, 4, "x"}));

// ---------------------------------------------------------------- result.hpp

constexpr sttj::Result<int> result_ok{5};
constexpr sttj::Result<int> result_err{sttj::Unexpected{sttj::Error{ErrorCategory::Schema, 9, "missing JobId"}}};
static_assert(result_ok.has_value() && *result_ok == 5 && result_ok.value_or(0) == 5);
static_assert(!result_err.has_value() && result_err.error().offset == 9 && result_err.value_or(-1) == -1);
static_assert(result_err.error().category == ErrorCategory::Schema);
static_assert(!(result_ok == result_err));
static_assert(result_ok == sttj::Result<int>{5});

// ---------------------------------------------------------------- job_id.hpp

static_assert(sttj::to_string(JobIdReason::Empty) == "empty");
static_assert(sttj::to_string(JobIdReason::TooLong) == "too-long");
static_assert(sttj::to_string(JobIdReason::Encoding) == "encoding");
static_assert(sttj::to_string(JobIdReason::Character) == "character");
static_assert(JobIdError{JobIdReason::Empty, 0, 0}.message() == "JobId is empty");
static_assert(JobIdError{JobIdReason::TooLong, 32, 0}.message() == "JobId is longer than 32 characters");
static_assert(sttj::to_string(Utf8Problem::Surrogate) == "UTF-8 encoded surrogate");

static_assert(sttj::detail::unicode_version == "15.0.0");
static_assert(sttj::detail::is_letter_separator_number(U'a'));
static_assert(sttj::detail::is_letter_separator_number(0x2028));
static_assert(sttj::detail::is_letter_separator_number(0x31350));
static_assert(!sttj::detail::is_letter_separator_number(U'_'));  // allowed, but as punctuation
static_assert(sttj::detail::is_job_id_scalar(U'_'));
static_assert(!sttj::detail::is_job_id_scalar(0x0301));

constexpr auto decoded = sttj::detail::decode_utf8("x\xF0\x9F\x98\x80", 1);
static_assert(decoded.code_point == 0x1F600 && decoded.length == 4 && decoded.problem == Utf8Problem::None);
static_assert(sttj::detail::decode_utf8("\xE0\x9F\xBF", 0).problem == Utf8Problem::Overlong);

// ASCII ids.
static_assert(sttj::is_valid_job_id("5236d36c2b1c4a8f8f1a6d7e9b0c3d2e"));
static_assert(sttj::is_valid_job_id("a"));
static_assert(sttj::is_valid_job_id("job_1.2:3/4=5+6-7%8@9 x"));
static_assert(!sttj::is_valid_job_id(""));
static_assert(!sttj::is_valid_job_id("abc!"));
static_assert(sttj::find_job_id_error("") == JobIdError{JobIdReason::Empty, 0, 0});
static_assert(sttj::find_job_id_error("abc!") == JobIdError{JobIdReason::Character, 3, U'!'});
static_assert(sttj::find_job_id_error("abc\n") == JobIdError{JobIdReason::Character, 3, U'\n'});
static_assert(sttj::find_job_id_error("abcdefghijklmnopqrstuvwxyz0123456") == JobIdError{JobIdReason::TooLong, 32, 0});
static_assert(!sttj::find_job_id_error("abcdefghijklmnopqrstuvwxyz012345"));

// Non-ASCII ids.
static_assert(sttj::is_valid_job_id("Grüße東京٣"));
static_assert(sttj::is_valid_job_id("\u2028"));
static_assert(sttj::is_valid_job_id("\u3000\u00A0\u2029"));
static_assert(sttj::is_valid_job_id("\U00020000"));
static_assert(!sttj::is_valid_job_id("a\xC0\x80"));
static_assert(sttj::find_job_id_error("a\xC0\x80") ==
              JobIdError{JobIdReason::Encoding, 1, 0xC0, Utf8Problem::InvalidByte});
static_assert(sttj::find_job_id_error("東\xED\xA0\x80") ==
              JobIdError{JobIdReason::Encoding, 3, 0xED, Utf8Problem::Surrogate});
static_assert(sttj::find_job_id_error("é\xE2\x82") ==
              JobIdError{JobIdReason::Encoding, 2, 0xE2, Utf8Problem::Truncated});
static_assert(sttj::find_job_id_error("Grüße\xEF\xBF\xBF") == JobIdError{JobIdReason::Character, 7, 0xFFFF});
static_assert(sttj::find_job_id_error("e\u0301") == JobIdError{JobIdReason::Character, 1, 0x301});
static_assert(sttj::find_job_id_error("東東東東東東東東東東東東東東東東東東東東東東東東東東東東東東東東東") ==
              JobIdError{JobIdReason::TooLong, 96, 0});  // 33 x U+6771

// JobId::make and the literal at compile time.
constexpr auto made_ok = JobId::make("Grüße東京٣");
static_assert(made_ok.has_value());
static_assert(made_ok->view() == "Grüße東京٣");
static_assert(made_ok->size() == 15);
constexpr auto made_bad = JobId::make("Grüße!");
static_assert(!made_bad.has_value());
static_assert(made_bad.error() == JobIdError{JobIdReason::Character, 7, U'!'});
static_assert(made_bad.error().offset == 7);
static_assert(JobId::make("").error() == JobIdError{JobIdReason::Empty, 0, 0});
static_assert(JobId::make("ab\xFF").error() == JobIdError{JobIdReason::Encoding, 2, 0xFF, Utf8Problem::InvalidByte});
static_assert(*made_ok == JobId::literal("Grüße東京٣"));
static_assert(JobId::literal("a") < JobId::literal("b"));
static_assert((JobId::literal("b") <=> JobId::literal("a")) == std::strong_ordering::greater);
using namespace sttj::literals;
static_assert("Grüße東京٣"_job_id == *made_ok);
static_assert(JobId::make("abc").value_or("zzz"_job_id) == "abc"_job_id);
static_assert(JobId::make("ab!").value_or("zzz"_job_id) == "zzz"_job_id);

// ----------------------------------------------------------------- model.hpp

constexpr sttj::StopTextTranslationJobRequest request{"job-1"_job_id};
static_assert(request == sttj::StopTextTranslationJobRequest{"job-1"_job_id});
static_assert(!(request == sttj::StopTextTranslationJobRequest{"job-2"_job_id}));
static_assert(request.job_id.view() == "job-1");

constexpr sttj::StopTextTranslationJobResponse response{"job-1"_job_id, JobStatus::StopRequested};
static_assert(response == sttj::StopTextTranslationJobResponse{"job-1"_job_id, JobStatus::StopRequested});
static_assert(!(response == sttj::StopTextTranslationJobResponse{"job-1"_job_id, JobStatus::Stopped}));
static_assert(!(response == sttj::StopTextTranslationJobResponse{"job-1"_job_id, std::nullopt}));
static_assert(!(response == sttj::StopTextTranslationJobResponse{std::nullopt, JobStatus::StopRequested}));
static_assert(sttj::StopTextTranslationJobResponse{} ==
              sttj::StopTextTranslationJobResponse{std::nullopt, std::nullopt});

// ------------------------------------------- compile time equals run time

constexpr std::array<std::string_view, 24> table_ids = {
    "",
    "a",
    "abc!",
    "abc\n",
    "abc\r",
    " ",
    "5236d36c2b1c4a8f8f1a6d7e9b0c3d2e",   // 32: the SSE2 path at run time
    "5236d36c2b1c4a8f8f1a6d7e9b0c3d2e0",  // 33
    "0123456789abcdef",                   // 16: the smallest SSE2 length
    "0123456789abcde",                    // 15
    "0123456789abcde!",                   // a bad byte at the end of 16
    "!0123456789abcdefghijklmnopqrstu",   // a bad byte at the start of 32
    "job_1.2:3/4=5+6-7%8@9 x",
    "Grüße東京٣",
    "\u2028",
    "a\xC0\x80",
    "\xED\xA0\x80",
    "\xF4\x90\x80\x80",
    "\xEF\xBF\xBF",
    "\xE6\x9D",
    "\x80",
    "e\u0301",
    "\U00020000\U00020000\U00020000\U00020000\U00020000\U00020000\U00020000\U00020000"
    "\U00020000\U00020000\U00020000\U00020000\U00020000\U00020000\U00020000\U00020000"
    "\U00020000\U00020000\U00020000\U00020000\U00020000\U00020000\U00020000\U00020000"
    "\U00020000\U00020000\U00020000\U00020000\U00020000\U00020000\U00020000\U00020000",  // 32 x 4 bytes
    "abcdefghijklmnopqrstuvwxyz`",  // '`' | 0x20 is itself: just outside a..z
};

struct Verdicts {
    std::array<std::optional<JobIdError>, table_ids.size()> errors{};
    std::array<bool, table_ids.size()> valid{};
    std::array<bool, table_ids.size()> made{};
};

constexpr Verdicts compile_time_verdicts = [] {
    Verdicts v;
    for (std::size_t i = 0; i < table_ids.size(); ++i) {
        v.errors[i] = sttj::find_job_id_error(table_ids[i]);
        v.valid[i] = sttj::is_valid_job_id(table_ids[i]);
        v.made[i] = JobId::make(table_ids[i]).has_value();
    }
    return v;
}();

// Spot checks that the table says what the comments say.
static_assert(!compile_time_verdicts.errors[6]);
static_assert(compile_time_verdicts.errors[7] == JobIdError{JobIdReason::TooLong, 32, 0});
static_assert(compile_time_verdicts.errors[10] == JobIdError{JobIdReason::Character, 15, U'!'});
static_assert(compile_time_verdicts.errors[11] == JobIdError{JobIdReason::Character, 0, U'!'});
static_assert(!compile_time_verdicts.errors[22]);
static_assert(compile_time_verdicts.errors[23] == JobIdError{JobIdReason::Character, 26, U'`'});

}  // namespace

TEST_CASE("compile-time results equal run-time results", "[static]") {
    for (std::size_t i = 0; i < table_ids.size(); ++i) {
        INFO("table_ids[" << i << "]");
        // A copy in a std::string: the run-time path, fast path included.
        const std::string copy{table_ids[i]};
        const auto run_time = sttj::find_job_id_error(copy);
        REQUIRE(run_time == compile_time_verdicts.errors[i]);
        REQUIRE(sttj::is_valid_job_id(copy) == compile_time_verdicts.valid[i]);
        REQUIRE(JobId::make(copy).has_value() == compile_time_verdicts.made[i]);
        REQUIRE(sttj::detail::find_job_id_error_scalar(copy) == compile_time_verdicts.errors[i]);
    }
}

TEST_CASE("constant expressions, checked where Catch2 reports them", "[static]") {
    STATIC_REQUIRE(sttj::to_string(JobStatus::StopRequested) == "STOP_REQUESTED");
    STATIC_REQUIRE(sttj::job_status_from_string("COMPLETED_WITH_ERROR") == JobStatus::CompletedWithError);
    STATIC_REQUIRE(sttj::is_terminal(JobStatus::Stopped));
    STATIC_REQUIRE(sttj::can_transition(JobStatus::StopRequested, JobStatus::Failed));
    STATIC_REQUIRE(sttj::stop_effect(JobStatus::InProgress) == StopEffect::MarksStopRequested);
    STATIC_REQUIRE(sttj::status_after_stop(JobStatus::InProgress) == JobStatus::StopRequested);
    STATIC_REQUIRE(sttj::can_end_after_stop(JobStatus::Stopped));
    STATIC_REQUIRE(sttj::to_string(ErrorCategory::Constraint) == "constraint");
    STATIC_REQUIRE(sttj::to_string(JobIdReason::TooLong) == "too-long");
    STATIC_REQUIRE(sttj::is_valid_job_id("Grüße東京٣"));
    STATIC_REQUIRE(sttj::find_job_id_error("a\xC0\x80") ==
                   JobIdError{JobIdReason::Encoding, 1, 0xC0, Utf8Problem::InvalidByte});
    STATIC_REQUIRE(JobId::make("bad!").error().offset == 3);
    STATIC_REQUIRE(JobId::make("good")->view() == "good");
    STATIC_REQUIRE(response.job_status == JobStatus::StopRequested);
    STATIC_REQUIRE(compile_time_verdicts.valid[13]);
}
