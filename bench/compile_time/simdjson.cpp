// simdjson: parse once (On-Demand), read JobId (no serializer for new documents).
#include <simdjson.h>

#include <string>

std::string echo(const std::string& json) {
    simdjson::ondemand::parser parser;
    simdjson::padded_string padded(json);
    auto document = parser.iterate(padded);
    std::string_view id;
    if (document["JobId"].get_string().get(id) != simdjson::SUCCESS) return {};
    return std::string(id);
}
