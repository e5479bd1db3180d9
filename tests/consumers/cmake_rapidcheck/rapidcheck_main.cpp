// Uses <sttj/testing/rapidcheck.hpp> through the sttj::rapidcheck target
// alone: the target must bring RapidCheck's include path and library.
#include <sttj/sttj.hpp>
#include <sttj/testing/rapidcheck.hpp>

#include <cstdio>

int main() {
    const bool valid_ids_pass = rc::check("generated JobIds are valid",
                                          [](const sttj::JobId& id) { RC_ASSERT(sttj::is_valid_job_id(id.view())); });
    const bool invalid_ids_fail = rc::check("generated invalid ids get their error", [] {
        const sttj::gen::InvalidJobId bad = *sttj::gen::invalid_job_id();
        const auto problem = sttj::find_job_id_error(bad.text);
        RC_ASSERT(problem.has_value());
        RC_ASSERT(problem->reason == bad.reason);
        RC_ASSERT(problem->offset == bad.offset);
    });
    std::printf("sttj::rapidcheck: %s\n", valid_ids_pass && invalid_ids_fail ? "ok" : "FAILED");
    return valid_ids_pass && invalid_ids_fail ? 0 : 1;
}
