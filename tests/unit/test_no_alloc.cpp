// Proves that the parsers, the JobId validator and write_json never touch
// the heap: every global operator new and delete is replaced by a counting
// version that forwards to malloc/free, and the count must not move across
// each call, on realistic and on bad inputs. to_json, which returns a
// std::string, is the positive control: it must allocate exactly once.
// The header comes first: this proves it is self-contained.
#include <sttj/parse.hpp>
#include <sttj/parse_error.hpp>

#include <cstddef>
#include <cstdlib>
#include <new>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <sttj/job_id.hpp>
#include <sttj/serialize.hpp>

#include <catch2/catch.hpp>

// ------------------------------------------------------------ counting new/delete

namespace {
std::size_t allocations = 0;
std::size_t deallocations = 0;

void* allocate(std::size_t size) {
    ++allocations;
    return std::malloc(size == 0 ? 1 : size);
}
void* allocate_or_throw(std::size_t size) {
    if (void* p = allocate(size)) return p;
    throw std::bad_alloc{};
}
void* allocate_aligned(std::size_t size, std::align_val_t align) {
    ++allocations;
    const auto alignment = static_cast<std::size_t>(align);
    // aligned_alloc wants a size that is a multiple of the alignment.
    const std::size_t rounded = (size + alignment - 1) / alignment * alignment;
#if defined(_WIN32)
    return _aligned_malloc(rounded == 0 ? alignment : rounded, alignment);  // Windows has no aligned_alloc
#else
    return std::aligned_alloc(alignment, rounded == 0 ? alignment : rounded);
#endif
}
void* allocate_aligned_or_throw(std::size_t size, std::align_val_t align) {
    if (void* p = allocate_aligned(size, align)) return p;
    throw std::bad_alloc{};
}
void release(void* p) noexcept {
    if (p == nullptr) return;
    ++deallocations;
    std::free(p);
}
void release_aligned(void* p) noexcept {
#if defined(_WIN32)
    if (p == nullptr) return;
    ++deallocations;
    _aligned_free(p);
#else
    release(p);
#endif
}
}  // namespace

void* operator new(std::size_t size) { return allocate_or_throw(size); }
void* operator new[](std::size_t size) { return allocate_or_throw(size); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return allocate(size); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return allocate(size); }
void* operator new(std::size_t size, std::align_val_t align) { return allocate_aligned_or_throw(size, align); }
void* operator new[](std::size_t size, std::align_val_t align) { return allocate_aligned_or_throw(size, align); }
void* operator new(std::size_t size, std::align_val_t align, const std::nothrow_t&) noexcept {
    return allocate_aligned(size, align);
}
void* operator new[](std::size_t size, std::align_val_t align, const std::nothrow_t&) noexcept {
    return allocate_aligned(size, align);
}

void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete(void* p, std::align_val_t) noexcept { release_aligned(p); }
void operator delete[](void* p, std::align_val_t) noexcept { release_aligned(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { release_aligned(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { release_aligned(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { release_aligned(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { release_aligned(p); }

// ------------------------------------------------------------------ inputs

namespace {

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

/// Documents for every parser: realistic, odd and broken ones. Built before
/// counting starts.
std::vector<std::string> documents() {
    return {
        "",
        " ",
        "{}",
        R"({"JobId":"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e"})",
        R"({"JobId":"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e","JobStatus":"STOP_REQUESTED"})",
        R"({"JobStatus":"PAUSED","JobId":"a b!"})",
        R"({ "Job\u0049d" : "\u00e9t\u00e9\uD835\uDC00" , "x" : [1, {"y": null}, "z\n"] })",
        R"({"__type":"aws.protocoltests.json#FooError:http://internal.amazon.com/","message":"Hi"})",
        R"({"code":"FooError","Message":")" + repeat("m", 2000) + R"("})",
        R"({"__type":")" + repeat("n", 600) + R"("})",
        R"({"JobId":")" + repeat("a", 300) + R"("})",
        R"({"JobId":")" + repeat("\\u00e9", 40) + R"("})",
        R"({"JobId":1,"JobId":null})",
        R"({"JobId":"a","JobId":"b"})",
        R"({"JobId":"abc",})",
        "{\"JobId\":\"a\xFF\"}",
        R"({"JobId":"\uD800"})",
        R"([1,2,3])",
        R"({"x":)" + repeat("[", 600),
        "\xEF\xBB\xBF{}",
        R"({"JobId":"abc"} trailing)",
    };
}

// Keeps the optimizer from removing the new/delete pairs of the controls.
void* volatile sink = nullptr;

template <class F>
std::size_t allocations_during(F&& f) {
    const std::size_t before = allocations;
    f();
    return allocations - before;
}

}  // namespace

TEST_CASE("the counter sees allocations (positive controls)", "[no-alloc]") {
    CHECK(allocations_during([] {
              auto* p = new int(1);
              sink = p;
              delete p;
          }) == 1);
    CHECK(allocations_during([] {
              auto* p = new (std::nothrow) char[3];
              sink = p;
              delete[] p;
          }) == 1);
    struct alignas(64) Wide {
        char bytes[64];
    };
    CHECK(allocations_during([] {
              auto* p = new Wide;
              sink = p;
              delete p;
          }) == 1);
    CHECK(allocations_during([] {
              std::vector<int> v(100);
              sink = v.data();
          }) == 1);

    // to_json returns a std::string: one allocation for a result too long
    // for the small-string buffer.
    const auto request = sttj::parse_request(R"({"JobId":"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e"})");
    REQUIRE(request.has_value());
    std::string json;
    CHECK(allocations_during([&] { json = sttj::to_json(*request); }) == 1);
    CHECK(json == R"({"JobId":"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e"})");
}

TEST_CASE("the parsers allocate nothing", "[no-alloc]") {
    const auto docs = documents();
    for (const std::string& doc : docs) {
        INFO("input: " << doc.substr(0, 120));
        const std::string_view input{doc};
        bool ok = false;
        CHECK(allocations_during([&] { ok = sttj::parse_request(input).has_value(); }) == 0);
        CHECK(allocations_during([&] { ok = sttj::parse_response(input).has_value(); }) == 0);
        CHECK(allocations_during([&] { ok = sttj::parse_response_lenient(input).has_value(); }) == 0);
        CHECK(allocations_during([&] { ok = sttj::parse_error(input).has_value(); }) == 0);
        CHECK(allocations_during([&] { ok = sttj::parse_error(input, "ns#FooError:uri").has_value(); }) == 0);
        CHECK(allocations_during([&] { ok = sttj::parse_error(input, "Bad\x01").has_value(); }) == 0);
        (void)ok;
    }
}

TEST_CASE("JobId validation allocates nothing", "[no-alloc]") {
    const std::vector<std::string> ids = {
        "5236d36c2b1c4a8f8f1a6d7e9b0c3d2e",
        "a",
        "abcdefghijklmnop",
        "\xC3\xA9t\xC3\xA9",
        repeat("\xF0\x9D\x90\x80", 32),
        "",
        repeat("a", 33),
        "a!b",
        "a\xFF",
        "abc\n",
    };
    for (const std::string& id : ids) {
        INFO("id: " << id);
        bool valid = false;
        CHECK(allocations_during([&] { valid = sttj::is_valid_job_id(id); }) == 0);
        CHECK(allocations_during([&] { valid = !sttj::find_job_id_error(id).has_value(); }) == 0);
        CHECK(allocations_during([&] { valid = sttj::JobId::make(id).has_value(); }) == 0);
        (void)valid;
    }
}

TEST_CASE("write_json allocates nothing", "[no-alloc]") {
    const auto request = sttj::parse_request(R"({"JobId":"5236d36c2b1c4a8f8f1a6d7e9b0c3d2e"})");
    const auto response = sttj::parse_response(R"({"JobId":"abc","JobStatus":"STOPPED"})");
    const auto lenient = sttj::parse_response_lenient(R"({"JobId":"a\u0001","JobStatus":"PAUSED"})");
    const auto error = sttj::parse_error(R"({"__type":"FooError","message":"Hi\n"})");
    REQUIRE(request.has_value());
    REQUIRE(response.has_value());
    REQUIRE(lenient.has_value());
    REQUIRE(error.has_value());
    static char buffer[sttj::max_json_size<sttj::ErrorResponse>];
    std::size_t written = 0;
    CHECK(allocations_during([&] { written = *sttj::write_json(*request, buffer); }) == 0);
    CHECK(written == 44);
    CHECK(allocations_during([&] { written = *sttj::write_json(*response, buffer); }) == 0);
    CHECK(allocations_during([&] { written = *sttj::write_json(*lenient, buffer); }) == 0);
    CHECK(allocations_during([&] { written = *sttj::write_json(*error, buffer); }) == 0);
    // And when the buffer is too small.
    bool failed = false;
    CHECK(allocations_during([&] {
              failed = !sttj::write_json(*request, std::span<char>{buffer, 5}).has_value();
          }) == 0);
    CHECK(failed);
}
