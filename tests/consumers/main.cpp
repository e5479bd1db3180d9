// The program every consumer test builds (tests/consumers/run.py): it parses a
// request and checks an id through whichever route brought sttj in, and
// prints what it saw so the runner can compare the exact output.
#include <sttj/sttj.hpp>

#include <cstdio>

int main() {
    const auto request = sttj::parse_request(R"({"JobId": "job-2026/11:28"})");
    if (!request) {
        std::printf("parse_request failed: %s at byte %zu\n", request.error().message.data(), request.error().offset);
        return 1;
    }
    const auto problem = sttj::find_job_id_error("bad!id");
    if (!problem) {
        std::puts("find_job_id_error accepted \"bad!id\"");
        return 1;
    }
    static_assert(sttj::is_valid_job_id("job-2026/11:28"));
    std::printf("sttj %s: JobId %.*s; \"bad!id\": %.*s at byte %zu\n", STTJ_VERSION_STRING,
                static_cast<int>(request->job_id.size()), request->job_id.data(),
                static_cast<int>(to_string(problem->reason).size()), to_string(problem->reason).data(),
                problem->offset);
    return 0;
}
