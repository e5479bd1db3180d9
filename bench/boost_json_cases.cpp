// Boost.JSON 1.81: boost::json::parser reused, each document's DOM in a
// monotonic_resource over a stack buffer (no heap); serialize() of a value
// built in a monotonic_resource. No JobId character validation.
#include <boost/json.hpp>

#include <memory>

#include "common.hpp"

namespace bench {
namespace {

struct Parser {
    std::shared_ptr<boost::json::parser> parser = std::make_shared<boost::json::parser>();

    template <class Fn>
    auto with_object(const std::string& doc, Fn fn) const -> decltype(fn(std::declval<const boost::json::object&>())) {
        unsigned char storage[1024];
        boost::json::monotonic_resource resource(storage, sizeof storage);
        parser->reset(&resource);
        boost::system::error_code error;
        parser->write(doc.data(), doc.size(), error);
        if (error) return std::nullopt;
        const boost::json::value value = parser->release();
        if (!value.is_object()) return std::nullopt;
        return fn(value.get_object());
    }
    std::optional<PlainRequest> request(const std::string& doc) const {
        return with_object(doc, [](const boost::json::object& object) -> std::optional<PlainRequest> {
            const auto* id = object.if_contains("JobId");
            PlainRequest out;
            if (id == nullptr || !id->is_string() || !out.job_id.assign(id->get_string())) return std::nullopt;
            return out;
        });
    }
    std::optional<PlainResponse> response(const std::string& doc) const {
        return with_object(doc, [](const boost::json::object& object) -> std::optional<PlainResponse> {
            PlainResponse out;
            if (const auto* id = object.if_contains("JobId"); id != nullptr && id->is_string()) {
                out.job_id.emplace();
                if (!out.job_id->assign(id->get_string())) return std::nullopt;
            }
            if (const auto* status = object.if_contains("JobStatus"); status != nullptr && status->is_string()) {
                out.job_status = sttj::job_status_from_string(status->get_string());
            }
            return out;
        });
    }
};

std::string serialize(const sttj::StopTextTranslationJobRequest& request) {
    unsigned char storage[512];
    boost::json::monotonic_resource resource(storage, sizeof storage);
    boost::json::object object(&resource);
    object.emplace("JobId", request.job_id.view());
    return boost::json::serialize(object);
}

std::string serialize(const sttj::StopTextTranslationJobResponse& response) {
    unsigned char storage[512];
    boost::json::monotonic_resource resource(storage, sizeof storage);
    boost::json::object object(&resource);
    if (response.job_id) object.emplace("JobId", response.job_id->view());
    if (response.job_status) object.emplace("JobStatus", response.job_status->wire_name());
    return boost::json::serialize(object);
}

Register boost_json_cases{[] {
    add_parsers(
        "boost_json",
        [](const std::vector<std::string>& docs) {
            return [p = Parser{}, &docs](std::size_t i) { return p.request(docs[i]); };
        },
        [](const std::vector<std::string>& docs) {
            return [p = Parser{}, &docs](std::size_t i) { return p.response(docs[i]); };
        });
    add_string_serializers("boost_json", [](const auto& x) { return serialize(x); });
}};

}  // namespace
}  // namespace bench
