// RapidJSON 1.1: Document::Parse (default flags: no UTF-8 validation) with the
// Document reused, and Writer<StringBuffer> with the buffer reused.
//  - rapidjson: the JSON copied out to a std::string (the issue's "serialize
//    to a std::string"), to set against sttj_string (to_json);
//  - rapidjson_buffer: the JSON left in the reused StringBuffer, to set
//    against sttj (write_json into a caller's buffer).
// No JobId character validation.
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <memory>

#include "common.hpp"

namespace bench {
namespace {

struct Parser {
    const std::vector<std::string>* docs;
    std::shared_ptr<rapidjson::Document> document = std::make_shared<rapidjson::Document>();

    bool parse(std::size_t i) const {
        const std::string& doc = (*docs)[i];
        document->Parse(doc.data(), doc.size());
        return !document->HasParseError() && document->IsObject();
    }
    std::optional<PlainRequest> request(std::size_t i) const {
        if (!parse(i)) return std::nullopt;
        // Member lookups through a const Value: with the non-const
        // iterators, clang warns that C++20's reversed == is ambiguous.
        const rapidjson::Value& root = *document;
        const auto member = root.FindMember("JobId");
        PlainRequest out;
        if (member == root.MemberEnd() || !member->value.IsString() ||
            !out.job_id.assign({member->value.GetString(), member->value.GetStringLength()})) {
            return std::nullopt;
        }
        return out;
    }
    std::optional<PlainResponse> response(std::size_t i) const {
        if (!parse(i)) return std::nullopt;
        const rapidjson::Value& root = *document;
        PlainResponse out;
        if (const auto m = root.FindMember("JobId"); m != root.MemberEnd() && m->value.IsString()) {
            out.job_id.emplace();
            if (!out.job_id->assign({m->value.GetString(), m->value.GetStringLength()})) return std::nullopt;
        }
        if (const auto m = root.FindMember("JobStatus"); m != root.MemberEnd() && m->value.IsString()) {
            out.job_status = sttj::job_status_from_string({m->value.GetString(), m->value.GetStringLength()});
        }
        return out;
    }
};

struct Serializer {
    std::shared_ptr<rapidjson::StringBuffer> buffer = std::make_shared<rapidjson::StringBuffer>();
    std::shared_ptr<rapidjson::Writer<rapidjson::StringBuffer>> writer =
        std::make_shared<rapidjson::Writer<rapidjson::StringBuffer>>(*buffer);

    void write(const sttj::StopTextTranslationJobRequest& request) const {
        buffer->Clear();
        writer->Reset(*buffer);
        writer->StartObject();
        writer->Key("JobId", 5);
        writer->String(request.job_id.data(), static_cast<rapidjson::SizeType>(request.job_id.size()));
        writer->EndObject();
    }
    void write(const sttj::StopTextTranslationJobResponse& response) const {
        buffer->Clear();
        writer->Reset(*buffer);
        writer->StartObject();
        if (response.job_id) {
            writer->Key("JobId", 5);
            writer->String(response.job_id->data(), static_cast<rapidjson::SizeType>(response.job_id->size()));
        }
        if (response.job_status) {
            const std::string_view status = response.job_status->wire_name();
            writer->Key("JobStatus", 9);
            writer->String(status.data(), static_cast<rapidjson::SizeType>(status.size()));
        }
        writer->EndObject();
    }
    std::string text() const { return {buffer->GetString(), buffer->GetSize()}; }
};

template <class T>
void add_serializers(const char* op, const std::vector<T>& in, bool response) {
    Serializer s;
    add(
        std::string(op) + "/rapidjson",
        [s, &in](std::size_t i) {
            s.write(in[i]);
            std::string json = s.text();
            benchmark::DoNotOptimize(json.data());
            benchmark::ClobberMemory();
        },
        [s, &in, response] {
            return count_serialize_mismatches(response, [&](std::size_t i) {
                s.write(in[i]);
                return s.text();
            });
        });
    add(std::string(op) + "/rapidjson_buffer", [s, &in](std::size_t i) {
        s.write(in[i]);
        benchmark::DoNotOptimize(s.buffer->GetString());
        benchmark::ClobberMemory();
    });
}

Register rapidjson_cases{[] {
    add_parsers(
        "rapidjson",
        [](const std::vector<std::string>& docs) {
            return [parser = Parser{&docs}](std::size_t i) { return parser.request(i); };
        },
        [](const std::vector<std::string>& docs) {
            return [parser = Parser{&docs}](std::size_t i) { return parser.response(i); };
        });
    add_serializers("serialize_request", bench::requests(), false);
    add_serializers("serialize_response", bench::responses(), true);
}};

}  // namespace
}  // namespace bench
