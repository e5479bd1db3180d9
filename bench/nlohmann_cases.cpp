// nlohmann/json 3.11: json::parse into a DOM (it validates UTF-8), and a DOM
// built then dump()ed (it has no streaming writer). No JobId character
// validation.
#include <nlohmann/json.hpp>

#include "common.hpp"

namespace bench {
namespace {

std::optional<PlainRequest> parse_request(const std::string& doc) {
    const auto json = nlohmann::json::parse(doc, nullptr, false);
    const auto it = json.is_object() ? json.find("JobId") : json.end();
    PlainRequest out;
    if (it == json.end() || !it->is_string() || !out.job_id.assign(it->get_ref<const std::string&>()))
        return std::nullopt;
    return out;
}

std::optional<PlainResponse> parse_response(const std::string& doc) {
    const auto json = nlohmann::json::parse(doc, nullptr, false);
    if (!json.is_object()) return std::nullopt;
    PlainResponse out;
    if (const auto it = json.find("JobId"); it != json.end() && it->is_string()) {
        out.job_id.emplace();
        if (!out.job_id->assign(it->get_ref<const std::string&>())) return std::nullopt;
    }
    if (const auto it = json.find("JobStatus"); it != json.end() && it->is_string()) {
        out.job_status = sttj::job_status_from_string(it->get_ref<const std::string&>());
    }
    return out;
}

std::string serialize(const sttj::StopTextTranslationJobRequest& request) {
    nlohmann::json json;
    json["JobId"] = request.job_id.view();
    return json.dump();
}

std::string serialize(const sttj::StopTextTranslationJobResponse& response) {
    nlohmann::json json = nlohmann::json::object();
    if (response.job_id) json["JobId"] = response.job_id->view();
    if (response.job_status) json["JobStatus"] = response.job_status->wire_name();
    return json.dump();
}

Register nlohmann_cases{[] {
    add_parsers(
        "nlohmann",
        [](const std::vector<std::string>& docs) { return [&docs](std::size_t i) { return parse_request(docs[i]); }; },
        [](const std::vector<std::string>& docs) {
            return [&docs](std::size_t i) { return parse_response(docs[i]); };
        });
    add_string_serializers("nlohmann", [](const auto& x) { return serialize(x); });
}};

}  // namespace
}  // namespace bench
