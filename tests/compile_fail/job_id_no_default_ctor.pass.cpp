// The positive twin of job_id_no_default_ctor.fail.cpp: initialised from a literal.
#include <sttj/sttj.hpp>
void f() {
    sttj::JobId id = sttj::JobId::literal("x");
    (void)id;
}
