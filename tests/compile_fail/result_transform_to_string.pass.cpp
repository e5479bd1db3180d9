// The positive twin of result_transform_to_string.fail.cpp: a trivially destructible type.
#include <string_view>
#include <sttj/result.hpp>
[[maybe_unused]] auto text =
    sttj::Result<int>{1}.transform([](int v) { return std::string_view("xx").substr(0, static_cast<std::size_t>(v)); });
