// sttj: parse a request once and write it back with to_json.
#include <sttj/sttj.hpp>

#include <string>

std::string echo(std::string_view json) {
    const auto request = sttj::parse_request(json);
    return request ? sttj::to_json(*request) : std::string();
}
