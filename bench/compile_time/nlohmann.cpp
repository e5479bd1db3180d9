// nlohmann/json: parse once, read JobId, dump it back.
#include <nlohmann/json.hpp>

#include <string>

std::string echo(const std::string& json) {
    const auto document = nlohmann::json::parse(json, nullptr, false);
    if (!document.is_object() || !document.contains("JobId")) return {};
    nlohmann::json out;
    out["JobId"] = document["JobId"];
    return out.dump();
}
