// PCRE2 with the JIT: the service's pattern, UTF + UCP, invalid UTF-8 allowed
// in the subject (PCRE2_MATCH_INVALID_UTF: it then simply does not match), the
// 1..32 scalar length checked by the quantifier.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <cstdio>
#include <cstdlib>
#include <memory>

#include "common.hpp"

namespace bench {
namespace {

struct Pcre2Validator {
    std::shared_ptr<pcre2_code> code;
    std::shared_ptr<pcre2_match_data> match;

    Pcre2Validator() {
        int error = 0;
        PCRE2_SIZE offset = 0;
        static constexpr char pattern[] = R"(\A[\p{L}\p{Z}\p{N}_.:/=+\-%@]{1,32}\z)";
        pcre2_code* compiled = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(pattern), PCRE2_ZERO_TERMINATED,
                                             PCRE2_UTF | PCRE2_UCP | PCRE2_MATCH_INVALID_UTF, &error, &offset, nullptr);
        if (compiled == nullptr || pcre2_jit_compile(compiled, PCRE2_JIT_COMPLETE) != 0) {
            std::fprintf(stderr, "sttj_bench: PCRE2 compile or JIT failed\n");
            std::abort();
        }
        code.reset(compiled, pcre2_code_free);
        match.reset(pcre2_match_data_create_from_pattern(compiled, nullptr), pcre2_match_data_free);
    }
    bool operator()(std::string_view id) const noexcept {
        return pcre2_jit_match(code.get(), reinterpret_cast<PCRE2_SPTR>(id.data()), id.size(), 0, 0, match.get(),
                               nullptr) > 0;
    }
};

Register pcre2_cases{[] { add_validators("pcre2_jit", Pcre2Validator{}); }};

}  // namespace
}  // namespace bench
