// Tests for <sttj/lifecycle.hpp>: terminal statuses, the transition
// matrix, and what a stop request does.
// The header comes first: this proves it is self-contained.
#include <sttj/lifecycle.hpp>

#include <array>
#include <cstddef>
#include <set>
#include <string_view>
#include <vector>

#include <catch2/catch.hpp>

namespace {

using sttj::JobStatus;
using sttj::StopEffect;

constexpr JobStatus S = JobStatus::Submitted;
constexpr JobStatus IP = JobStatus::InProgress;
constexpr JobStatus C = JobStatus::Completed;
constexpr JobStatus CWE = JobStatus::CompletedWithError;
constexpr JobStatus F = JobStatus::Failed;
constexpr JobStatus SR = JobStatus::StopRequested;
constexpr JobStatus ST = JobStatus::Stopped;

constexpr std::array<JobStatus, 7> statuses = {S, IP, C, CWE, F, SR, ST};

std::size_t index_of(JobStatus s) { return static_cast<std::size_t>(s); }

// expected_transition[from][to], rows and columns in declaration order:
//                            S  IP  C CWE  F SR ST
constexpr bool expected_transition[7][7] = {
    /* SUBMITTED            */ {0, 1, 0, 0, 0, 0, 0},
    /* IN_PROGRESS          */ {0, 0, 1, 1, 1, 1, 0},
    /* COMPLETED            */ {0, 0, 0, 0, 0, 0, 0},
    /* COMPLETED_WITH_ERROR */ {0, 0, 0, 0, 0, 0, 0},
    /* FAILED               */ {0, 0, 0, 0, 0, 0, 0},
    /* STOP_REQUESTED       */ {0, 0, 1, 1, 1, 0, 1},
    /* STOPPED              */ {0, 0, 0, 0, 0, 0, 0},
};

}  // namespace

TEST_CASE("is_terminal for every status", "[lifecycle]") {
    CHECK_FALSE(sttj::is_terminal(S));
    CHECK_FALSE(sttj::is_terminal(IP));
    CHECK(sttj::is_terminal(C));
    CHECK(sttj::is_terminal(CWE));
    CHECK(sttj::is_terminal(F));
    CHECK_FALSE(sttj::is_terminal(SR));
    CHECK(sttj::is_terminal(ST));
}

TEST_CASE("can_transition: the full 7x7 matrix", "[lifecycle]") {
    REQUIRE(statuses == sttj::all_job_statuses);
    int allowed = 0;
    for (const JobStatus from : statuses) {
        for (const JobStatus to : statuses) {
            INFO(sttj::to_string(from) << " -> " << sttj::to_string(to));
            CHECK(sttj::can_transition(from, to) == expected_transition[index_of(from)][index_of(to)]);
            allowed += sttj::can_transition(from, to) ? 1 : 0;
        }
    }
    CHECK(allowed == 9);
}

TEST_CASE("stop_effect, status_after_stop and the StopEffect names for every status", "[lifecycle]") {
    CHECK(sttj::stop_effect(S) == StopEffect::NotStarted);
    CHECK(sttj::stop_effect(IP) == StopEffect::MarksStopRequested);
    CHECK(sttj::stop_effect(C) == StopEffect::AlreadyEnded);
    CHECK(sttj::stop_effect(CWE) == StopEffect::AlreadyEnded);
    CHECK(sttj::stop_effect(F) == StopEffect::AlreadyEnded);
    CHECK(sttj::stop_effect(SR) == StopEffect::AlreadyStopping);
    CHECK(sttj::stop_effect(ST) == StopEffect::AlreadyEnded);

    CHECK(sttj::status_after_stop(S) == S);
    CHECK(sttj::status_after_stop(IP) == SR);
    CHECK(sttj::status_after_stop(C) == C);
    CHECK(sttj::status_after_stop(CWE) == CWE);
    CHECK(sttj::status_after_stop(F) == F);
    CHECK(sttj::status_after_stop(SR) == SR);
    CHECK(sttj::status_after_stop(ST) == ST);

    CHECK(sttj::to_string(StopEffect::MarksStopRequested) ==
          "marked STOP_REQUESTED; ends STOPPED, or COMPLETED if it finished first");
    CHECK(sttj::to_string(StopEffect::AlreadyStopping) == "no change: a stop is already under way (undocumented)");
    CHECK(sttj::to_string(StopEffect::AlreadyEnded) == "no change: the job has ended (undocumented)");
    CHECK(sttj::to_string(StopEffect::NotStarted) == "no change predicted: the job has not started (undocumented)");
    CHECK(sttj::to_string(static_cast<StopEffect>(4)) == "unknown");
}

TEST_CASE("can_end_after_stop for every status", "[lifecycle]") {
    CHECK_FALSE(sttj::can_end_after_stop(S));
    CHECK_FALSE(sttj::can_end_after_stop(IP));
    CHECK(sttj::can_end_after_stop(C));
    CHECK(sttj::can_end_after_stop(CWE));
    CHECK(sttj::can_end_after_stop(F));
    CHECK_FALSE(sttj::can_end_after_stop(SR));
    CHECK(sttj::can_end_after_stop(ST));
}

TEST_CASE("lifecycle invariants", "[lifecycle]") {
    for (const JobStatus s : statuses) {
        INFO("status " << sttj::to_string(s));
        bool has_outgoing = false;
        for (const JobStatus t : statuses) has_outgoing |= sttj::can_transition(s, t);
        // Terminal statuses, and only they, have no way out.
        CHECK(has_outgoing == !sttj::is_terminal(s));
        // Staying put is not a transition.
        CHECK_FALSE(sttj::can_transition(s, s));
        // A job that can end after a stop ends for good.
        if (sttj::can_end_after_stop(s)) CHECK(sttj::is_terminal(s));
        // A stop request leaves the status alone or makes one legal step.
        const JobStatus after = sttj::status_after_stop(s);
        CHECK((after == s || sttj::can_transition(s, after)));
        // ... and it changes the status exactly when it marks the job.
        CHECK((after != s) == (sttj::stop_effect(s) == StopEffect::MarksStopRequested));
    }
}

TEST_CASE("every status but SUBMITTED is reachable from SUBMITTED", "[lifecycle]") {
    // Statuses reachable in one or more transitions.
    std::set<JobStatus> reached;
    std::vector<JobStatus> frontier{S};
    while (!frontier.empty()) {
        const JobStatus from = frontier.back();
        frontier.pop_back();
        for (const JobStatus to : statuses) {
            if (sttj::can_transition(from, to) && reached.insert(to).second) frontier.push_back(to);
        }
    }
    CHECK(reached == std::set<JobStatus>{IP, C, CWE, F, SR, ST});
    // Nothing leads back into SUBMITTED: it is only ever the first status.
    for (const JobStatus from : statuses) CHECK_FALSE(sttj::can_transition(from, S));
}
