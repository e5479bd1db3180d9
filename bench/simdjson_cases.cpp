// simdjson 3.0 (the kernel it picks at run time for this CPU), On-Demand and
// DOM, on pre-padded copies of the documents. Neither validates the JobId's
// characters (no Unicode category check); On-Demand also does not validate
// the parts of the document it does not visit. JobStatus is mapped with
// sttj::job_status_from_string. simdjson has no serializer for new documents,
// so it has no serialize cases.
#include <simdjson.h>

#include <memory>

#include "common.hpp"

namespace bench {
namespace {

std::shared_ptr<std::vector<simdjson::padded_string>> padded(const std::vector<std::string>& docs) {
    auto out = std::make_shared<std::vector<simdjson::padded_string>>();
    for (const auto& d : docs) out->emplace_back(d);
    return out;
}

// The response's two fields, from an On-Demand or a DOM object alike.
template <class Object>
std::optional<PlainResponse> response_fields(Object& object) {
    PlainResponse out;
    std::string_view text;
    if (object["JobId"].get_string().get(text) == simdjson::SUCCESS) {
        out.job_id.emplace();
        if (!out.job_id->assign(text)) return std::nullopt;
    }
    if (object["JobStatus"].get_string().get(text) == simdjson::SUCCESS) {
        out.job_status = sttj::job_status_from_string(text);
    }
    return out;
}

struct OnDemand {
    std::shared_ptr<std::vector<simdjson::padded_string>> docs;
    std::shared_ptr<simdjson::ondemand::parser> parser = std::make_shared<simdjson::ondemand::parser>();

    std::optional<PlainRequest> request(std::size_t i) const {
        auto doc = parser->iterate((*docs)[i]);
        std::string_view id;
        PlainRequest out;
        if (doc["JobId"].get_string().get(id) != simdjson::SUCCESS || !out.job_id.assign(id)) return std::nullopt;
        return out;
    }
    std::optional<PlainResponse> response(std::size_t i) const {
        auto doc = parser->iterate((*docs)[i]);
        simdjson::ondemand::object object;
        if (doc.get_object().get(object) != simdjson::SUCCESS) return std::nullopt;
        return response_fields(object);
    }
};

struct Dom {
    std::shared_ptr<std::vector<simdjson::padded_string>> docs;
    std::shared_ptr<simdjson::dom::parser> parser = std::make_shared<simdjson::dom::parser>();

    std::optional<PlainRequest> request(std::size_t i) const {
        simdjson::dom::element root;
        if (parser->parse((*docs)[i]).get(root) != simdjson::SUCCESS) return std::nullopt;
        std::string_view id;
        PlainRequest out;
        if (root["JobId"].get_string().get(id) != simdjson::SUCCESS || !out.job_id.assign(id)) return std::nullopt;
        return out;
    }
    std::optional<PlainResponse> response(std::size_t i) const {
        simdjson::dom::object object;
        if (parser->parse((*docs)[i]).get_object().get(object) != simdjson::SUCCESS) return std::nullopt;
        return response_fields(object);
    }
};

template <class Parser>
void add_simdjson_parsers(const std::string& impl) {
    add_parsers(
        impl,
        [](const std::vector<std::string>& docs) {
            return [parser = Parser{padded(docs)}](std::size_t i) { return parser.request(i); };
        },
        [](const std::vector<std::string>& docs) {
            return [parser = Parser{padded(docs)}](std::size_t i) { return parser.response(i); };
        });
}

Register simdjson_cases{[] {
    add_simdjson_parsers<OnDemand>("simdjson_ondemand");
    add_simdjson_parsers<Dom>("simdjson_dom");
}};

}  // namespace
}  // namespace bench
