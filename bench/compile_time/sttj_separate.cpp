// sttj built with STTJ_SEPARATE_COMPILATION (config.hpp): the same TU as
// sttj.cpp; the run-time code is compiled once, elsewhere (src/sttj.cpp).
#define STTJ_SEPARATE_COMPILATION
#include <sttj/sttj.hpp>

#include <string>

std::string echo(std::string_view json) {
    const auto request = sttj::parse_request(json);
    return request ? sttj::to_json(*request) : std::string();
}
