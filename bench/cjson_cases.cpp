// cJSON 1.7: cJSON_ParseWithLength into its tree (no UTF-8 validation), and
// a tree built then printed with cJSON_PrintPreallocated into a reused
// buffer, copied to a std::string. No JobId character validation.
#include <cjson/cJSON.h>

#include <array>
#include <memory>

#include "common.hpp"

namespace bench {
namespace {

std::optional<PlainJobId> string_member(const cJSON* root, const char* name, bool& failed) {
    const cJSON* item = cJSON_GetObjectItemCaseSensitive(root, name);
    if (!cJSON_IsString(item)) return std::nullopt;
    PlainJobId id;
    failed = !id.assign(item->valuestring);
    return id;
}

std::optional<PlainRequest> parse_request(const std::string& doc) {
    cJSON* root = cJSON_ParseWithLength(doc.data(), doc.size());
    bool failed = false;
    const auto id = string_member(root, "JobId", failed);
    cJSON_Delete(root);
    if (!id || failed) return std::nullopt;
    return PlainRequest{*id};
}

std::optional<PlainResponse> parse_response(const std::string& doc) {
    cJSON* root = cJSON_ParseWithLength(doc.data(), doc.size());
    if (!cJSON_IsObject(root)) {
        cJSON_Delete(root);
        return std::nullopt;
    }
    PlainResponse out;
    bool failed = false;
    out.job_id = string_member(root, "JobId", failed);
    const cJSON* status = cJSON_GetObjectItemCaseSensitive(root, "JobStatus");
    if (cJSON_IsString(status)) out.job_status = sttj::job_status_from_string(status->valuestring);
    cJSON_Delete(root);
    if (failed) return std::nullopt;
    return out;
}

struct Serializer {
    std::shared_ptr<std::array<char, 512>> buffer = std::make_shared<std::array<char, 512>>();

    std::string operator()(const sttj::StopTextTranslationJobRequest& request) const {
        cJSON* root = cJSON_CreateObject();
        cJSON_AddStringToObject(root, "JobId", std::string(request.job_id.view()).c_str());
        return print(root);
    }
    std::string operator()(const sttj::StopTextTranslationJobResponse& response) const {
        cJSON* root = cJSON_CreateObject();
        if (response.job_id) cJSON_AddStringToObject(root, "JobId", std::string(response.job_id->view()).c_str());
        if (response.job_status) {
            cJSON_AddStringToObject(root, "JobStatus", std::string(response.job_status->wire_name()).c_str());
        }
        return print(root);
    }
    std::string print(cJSON* root) const {
        const bool ok = cJSON_PrintPreallocated(root, buffer->data(), static_cast<int>(buffer->size()), false);
        cJSON_Delete(root);
        return ok ? std::string(buffer->data()) : std::string();
    }
};

Register cjson_cases{[] {
    add_parsers(
        "cjson",
        [](const std::vector<std::string>& docs) { return [&docs](std::size_t i) { return parse_request(docs[i]); }; },
        [](const std::vector<std::string>& docs) {
            return [&docs](std::size_t i) { return parse_response(docs[i]); };
        });
    Serializer s;
    add(
        "serialize_request/cjson",
        [s, &in = requests()](std::size_t i) {
            std::string json = s(in[i]);
            benchmark::DoNotOptimize(json.data());
            benchmark::ClobberMemory();
        },
        [s, &in = requests()] { return count_serialize_mismatches(false, [&](std::size_t i) { return s(in[i]); }); });
    add(
        "serialize_response/cjson",
        [s, &in = responses()](std::size_t i) {
            std::string json = s(in[i]);
            benchmark::DoNotOptimize(json.data());
            benchmark::ClobberMemory();
        },
        [s, &in = responses()] { return count_serialize_mismatches(true, [&](std::size_t i) { return s(in[i]); }); });
}};

}  // namespace
}  // namespace bench
