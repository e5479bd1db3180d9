// RE2: the same class, UTF-8 mode (RE2's default); invalid UTF-8 does not
// match the class. FullMatch anchors both ends. The 1..32 scalar length is
// checked after the match by counting lead bytes: with `{1,32}` in the
// pattern RE2's DFA runs out of memory and it falls back to a 20 us NFA.
#include <re2/re2.h>

#include <memory>

#include "common.hpp"

namespace bench {
namespace {

struct Re2Validator {
    std::shared_ptr<const re2::RE2> re = std::make_shared<const re2::RE2>(R"([\p{L}\p{Z}\p{N}_.:/=+\-%@]+)");
    bool operator()(std::string_view id) const noexcept {
        if (!re2::RE2::FullMatch(re2::StringPiece(id.data(), id.size()), *re)) return false;
        std::size_t scalars = 0;  // well-formed UTF-8 now: count the bytes that are not 10xxxxxx
        for (const char c : id) scalars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        return scalars <= 32;
    }
};

Register re2_cases{[] { add_validators("re2", Re2Validator{}); }};

}  // namespace
}  // namespace bench
