// Runs JSONTestSuite (Nicolas Seriot's test_parsing/) through the three
// parsers. y_ files are JSON: no parser may call them a syntax or encoding
// error (a schema error is fine: most are not StopTextTranslationJob
// documents). n_ files are not JSON: every parser must reject them with a
// syntax, encoding or limit error. i_ files may go either way but must not
// crash (run this under sanitizers to make that mean something).
// The header comes first: this proves it is self-contained.
#include <sttj/parse.hpp>
#include <sttj/parse_error.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "../support/skip.hpp"

namespace fs = std::filesystem;
using sttj::ErrorCategory;

namespace {

const fs::path suite_dir = "../shared/conformance/JSONTestSuite/test_parsing";

struct File {
    std::string name;
    std::string bytes;
};

std::vector<File> suite_files(char kind) {
    std::vector<File> files;
    for (const auto& entry : fs::directory_iterator{suite_dir}) {
        const std::string name = entry.path().filename().string();
        if (!entry.is_regular_file() || name.size() < 2 || name[0] != kind || name[1] != '_') continue;
        std::ifstream in{entry.path(), std::ios::binary};
        files.push_back({name, std::string{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}}});
    }
    std::sort(files.begin(), files.end(), [](const File& a, const File& b) { return a.name < b.name; });
    return files;
}

bool suite_present() {
    std::error_code ec;
    if (fs::is_directory(suite_dir, ec)) return true;
    sttj_test::skip(suite_dir.string() +
                    " not found (tests run from the repository root; JSONTestSuite lives in "
                    "../shared/conformance): the JSONTestSuite checks did not run");
    return false;
}

bool is_syntax_or_encoding(ErrorCategory c) { return c == ErrorCategory::Syntax || c == ErrorCategory::Encoding; }
bool is_rejection(ErrorCategory c) { return is_syntax_or_encoding(c) || c == ErrorCategory::Limit; }

// The n_ files that are blank (empty or whitespace only). awsJson1_1 lets a
// response or an error response have an empty body, so parse_response
// accepts them as a response with no members and parse_error (without a
// header) reports a schema error (no error code); parse_request rejects them
// as syntax errors. Checked file by file below.
const std::set<std::string> blank_n_files = {"n_single_space.json", "n_structure_no_data.json"};

}  // namespace

TEST_CASE("JSONTestSuite y_ files: never a syntax or encoding error", "[json-suite]") {
    if (!suite_present()) return;
    const auto files = suite_files('y');
    REQUIRE(files.size() == 95);
    std::size_t accepted = 0;
    std::size_t failures = 0;
    std::size_t limits = 0;
    for (const File& f : files) {
        const auto request = sttj::parse_request(f.bytes);
        const auto response = sttj::parse_response(f.bytes);
        const auto error = sttj::parse_error(f.bytes);
        bool ok = true;
        for (const auto* e : {request ? nullptr : &request.error(), response ? nullptr : &response.error(),
                              error ? nullptr : &error.error()}) {
            if (e == nullptr) continue;
            if (e->category == ErrorCategory::Limit) ++limits;
            if (is_syntax_or_encoding(e->category)) {
                ok = false;
                UNSCOPED_INFO(f.name << ": " << sttj::to_string(e->category) << " at " << e->offset << ": "
                                     << e->message);
            }
        }
        (ok ? accepted : failures) += 1;
    }
    WARN("JSONTestSuite y_: " << accepted << " of " << files.size() << " accepted as JSON by all three parsers");
    CHECK(failures == 0);
    CHECK(limits == 0);  // no y_ file is deeper than 512 levels
    CHECK(accepted == files.size());
}

TEST_CASE("JSONTestSuite n_ files: rejected by all three parsers", "[json-suite]") {
    if (!suite_present()) return;
    const auto files = suite_files('n');
    REQUIRE(files.size() == 188);
    std::size_t rejected = 0;
    std::size_t failures = 0;
    std::set<std::string> blank_seen;
    for (const File& f : files) {
        const bool blank = f.bytes.find_first_not_of(" \t\n\r") == std::string::npos;
        const auto request = sttj::parse_request(f.bytes);
        const auto response = sttj::parse_response(f.bytes);
        const auto error = sttj::parse_error(f.bytes);
        if (blank) {
            blank_seen.insert(f.name);
            INFO(f.name << " is blank");
            REQUIRE_FALSE(request.has_value());
            CHECK(request.error().category == ErrorCategory::Syntax);
            CHECK(request.error().message == "empty document");
            CHECK(request.error().offset == f.bytes.size());
            REQUIRE(response.has_value());
            CHECK(*response == sttj::StopTextTranslationJobResponse{});
            REQUIRE_FALSE(error.has_value());
            CHECK(error.error().category == ErrorCategory::Schema);
            // With a header the blank body is a valid error response.
            CHECK(sttj::parse_error(f.bytes, "FooError").has_value());
            ++rejected;  // as JSON (by parse_request), the only parser that reads it as a document
            continue;
        }
        bool ok = true;
        const auto check = [&](const char* parser, const auto& result) {
            if (result) {
                ok = false;
                UNSCOPED_INFO(f.name << ": accepted by " << parser);
            } else if (!is_rejection(result.error().category)) {
                ok = false;
                UNSCOPED_INFO(f.name << ": " << parser << " gave " << sttj::to_string(result.error().category) << " at "
                                     << result.error().offset << ": " << result.error().message);
            } else if (result.error().offset > f.bytes.size()) {
                ok = false;
                UNSCOPED_INFO(f.name << ": " << parser << " gave an offset past the end");
            }
        };
        check("parse_request", request);
        check("parse_response", response);
        check("parse_error", error);
        (ok ? rejected : failures) += 1;
    }
    WARN("JSONTestSuite n_: " << rejected << " of " << files.size() << " rejected");
    CHECK(blank_seen == blank_n_files);
    CHECK(failures == 0);
    CHECK(rejected == files.size());
}

TEST_CASE("JSONTestSuite i_ files: no crash", "[json-suite]") {
    if (!suite_present()) return;
    const auto files = suite_files('i');
    REQUIRE(files.size() == 35);
    std::size_t accepted = 0;
    std::size_t rejected = 0;
    std::ostringstream detail;
    for (const File& f : files) {
        const auto request = sttj::parse_request(f.bytes);
        const auto response = sttj::parse_response(f.bytes);
        const auto error = sttj::parse_error(f.bytes);
        // "Accepted" = read as JSON: no syntax, encoding or limit error.
        const bool as_json = request || !is_rejection(request.error().category);
        (as_json ? accepted : rejected) += 1;
        detail << "\n  " << f.name << ": "
               << (request ? std::string{"value"} : std::string{sttj::to_string(request.error().category)});
        // The three parsers read the same JSON the same way.
        const auto category = [](const auto& r) {
            return r ? std::string{"ok"} : std::string{sttj::to_string(r.error().category)};
        };
        INFO(f.name);
        if (!request && is_rejection(request.error().category)) {
            CHECK(category(response) == category(request));
            CHECK(category(error) == category(request));
            if (!response) CHECK(response.error().offset == request.error().offset);
            if (!error) CHECK(error.error().offset == request.error().offset);
        } else {
            CHECK((response || !is_rejection(response.error().category)));
            CHECK((error || !is_rejection(error.error().category)));
        }
    }
    WARN("JSONTestSuite i_: " << accepted << " accepted, " << rejected << " rejected of " << files.size()
                              << detail.str());
    CHECK(accepted + rejected == files.size());
}
