// Conan's test_package: parse a request and check an id through the package.
#include <sttj/sttj.hpp>

#include <cstdio>

int main() {
    const auto request = sttj::parse_request(R"({"JobId":"job-1"})");
    const auto problem = sttj::find_job_id_error("bad!id");
    if (!request || request->job_id.view() != "job-1" || !problem || problem->offset != 3) {
        std::puts("sttj test_package: FAILED");
        return 1;
    }
    std::printf("sttj %s test_package: ok\n", STTJ_VERSION_STRING);
    return 0;
}
