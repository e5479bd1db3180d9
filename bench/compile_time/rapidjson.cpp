// RapidJSON: parse once, read JobId, write it back with Writer.
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <string>

std::string echo(const std::string& json) {
    rapidjson::Document document;
    document.Parse(json.data(), json.size());
    if (document.HasParseError() || !document.IsObject() || !document.HasMember("JobId")) return {};
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.StartObject();
    writer.Key("JobId");
    writer.String(document["JobId"].GetString(), document["JobId"].GetStringLength());
    writer.EndObject();
    return {buffer.GetString(), buffer.GetSize()};
}
