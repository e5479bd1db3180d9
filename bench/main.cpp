// sttj_bench: every operation for sttj and each peer found at build time.
//
//   sttj_bench [Google Benchmark flags]        time the cases
//   sttj_bench --list                          print the case names
//   sttj_bench --count=NAME --iterations=N     run NAME exactly N times and
//                                              exit (for callgrind: see compare.py)
//
// Before timing, every case is checked on its corpus: the same verdicts and
// bytes as sttj, the parsed fields the corpus was written from (corpus.cpp
// aborts unless sttj reads them too); a disagreement is reported and makes
// the program exit 1, so no table compares unequal work.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "common.hpp"

namespace {

bool verify_all() {
    bool ok = true;
    for (const auto& c : bench::registry()) {
        if (!c.verify) continue;
        if (const std::size_t bad = c.verify()) {
            std::fprintf(stderr, "sttj_bench: %s gets %zu of %zu inputs wrong\n", c.name.c_str(), bad,
                         bench::corpus_size);
            ok = false;
        }
    }
    return ok;
}

const bench::Case* find(const std::string& name) {
    for (const auto& c : bench::registry()) {
        if (c.name == name) return &c;
    }
    return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
    std::string count_name;
    std::size_t iterations = 0;
    bool list = false;
    bool verify = true;
    std::vector<char*> rest{argv[0]};
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--count=", 8) == 0) {
            count_name = argv[i] + 8;
        } else if (std::strncmp(argv[i], "--iterations=", 13) == 0) {
            iterations = std::strtoull(argv[i] + 13, nullptr, 10);
        } else if (std::strcmp(argv[i], "--list") == 0) {
            list = true;
        } else if (std::strcmp(argv[i], "--no-verify") == 0) {
            verify = false;
        } else {
            rest.push_back(argv[i]);
        }
    }
    if (list) {
        for (const auto& c : bench::registry()) std::printf("%s\n", c.name.c_str());
        return 0;
    }
    if (!count_name.empty()) {
        const bench::Case* c = find(count_name);
        if (c == nullptr) {
            std::fprintf(stderr, "sttj_bench: no case named %s (see --list)\n", count_name.c_str());
            return 2;
        }
        bench::hex32_ids();  // build the corpora before the counted loop
        c->count(iterations);
        return 0;
    }
    if (verify && !verify_all()) return 1;
    for (const auto& c : bench::registry()) benchmark::RegisterBenchmark(c.name.c_str(), c.bench);
    int rest_argc = static_cast<int>(rest.size());
    benchmark::Initialize(&rest_argc, rest.data());
    if (benchmark::ReportUnrecognizedArguments(rest_argc, rest.data())) return 2;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
