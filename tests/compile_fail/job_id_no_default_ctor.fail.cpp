// A JobId always holds a valid id: it has no default constructor.
// expect-error: no matching
// expect-error: sttj::JobId
#include <sttj/sttj.hpp>
void f() {
    sttj::JobId id;
    (void)id;
}
