// Tests for <sttj/model.hpp>: the request and response of StopTextTranslationJob.
// The header comes first: this proves it is self-contained.
#include <sttj/model.hpp>

#include <optional>
#include <type_traits>

#include <catch2/catch.hpp>

namespace {

using sttj::JobId;
using sttj::JobStatus;
using sttj::StopTextTranslationJobRequest;
using sttj::StopTextTranslationJobResponse;
using namespace sttj::literals;

}  // namespace

TEST_CASE("StopTextTranslationJobRequest", "[model]") {
    const StopTextTranslationJobRequest request{"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e"_job_id};
    CHECK(request.job_id.view() == "5236d36c2b1c4a8f8f1a6d7e9b0c3d2e");

    const auto made = JobId::make("5236d36c2b1c4a8f8f1a6d7e9b0c3d2e");
    REQUIRE(made.has_value());
    CHECK(request == StopTextTranslationJobRequest{*made});
    CHECK_FALSE(request == StopTextTranslationJobRequest{"5236d36c2b1c4a8f8f1a6d7e9b0c3d2f"_job_id});
    CHECK(request != StopTextTranslationJobRequest{"other"_job_id});

    // The JobId is required: there is no request without one.
    STATIC_REQUIRE_FALSE(std::is_default_constructible_v<StopTextTranslationJobRequest>);
    STATIC_REQUIRE(std::is_aggregate_v<StopTextTranslationJobRequest>);
    STATIC_REQUIRE(std::is_trivially_copyable_v<StopTextTranslationJobRequest>);
    STATIC_REQUIRE(std::is_same_v<decltype(StopTextTranslationJobRequest::job_id), JobId>);
}

TEST_CASE("StopTextTranslationJobResponse and its optional members", "[model]") {
    // Both members are optional on the wire: an empty response is valid.
    const StopTextTranslationJobResponse empty{};
    CHECK_FALSE(empty.job_id.has_value());
    CHECK_FALSE(empty.job_status.has_value());
    STATIC_REQUIRE(std::is_default_constructible_v<StopTextTranslationJobResponse>);
    STATIC_REQUIRE(std::is_same_v<decltype(StopTextTranslationJobResponse::job_id), std::optional<JobId>>);
    STATIC_REQUIRE(
        std::is_same_v<decltype(StopTextTranslationJobResponse::job_status), std::optional<sttj::OpenJobStatus>>);

    const StopTextTranslationJobResponse full{.job_id = "job-1"_job_id, .job_status = JobStatus::StopRequested};
    REQUIRE(full.job_id.has_value());
    CHECK(full.job_id->view() == "job-1");
    CHECK(full.job_status == JobStatus::StopRequested);

    const StopTextTranslationJobResponse only_id{.job_id = "job-1"_job_id, .job_status = std::nullopt};
    const StopTextTranslationJobResponse only_status{.job_id = std::nullopt, .job_status = JobStatus::StopRequested};

    // Equality compares both members, presence included.
    CHECK(full == StopTextTranslationJobResponse{"job-1"_job_id, JobStatus::StopRequested});
    CHECK(empty == StopTextTranslationJobResponse{std::nullopt, std::nullopt});
    CHECK_FALSE(full == empty);
    CHECK_FALSE(full == only_id);
    CHECK_FALSE(full == only_status);
    CHECK_FALSE(only_id == only_status);
    CHECK_FALSE(only_id == empty);
    CHECK_FALSE(only_status == empty);
    CHECK_FALSE(full == StopTextTranslationJobResponse{"job-2"_job_id, JobStatus::StopRequested});
    CHECK_FALSE(full == StopTextTranslationJobResponse{"job-1"_job_id, JobStatus::Stopped});
    // SUBMITTED is the first enumerator (value 0): present-with-0 is not absent.
    CHECK_FALSE((StopTextTranslationJobResponse{std::nullopt, JobStatus::Submitted} == empty));

    // Members can be set after construction.
    StopTextTranslationJobResponse built;
    built.job_id = "job-1"_job_id;
    CHECK(built == only_id);
    built.job_status = JobStatus::StopRequested;
    CHECK(built == full);
    built.job_id.reset();
    CHECK(built == only_status);
}
