// The mixed-flags program: run_baseline comes from a TU built for baseline
// x86-64, run_extended from one built with more instruction sets (run.py).
// `main baseline FILE` runs only the baseline TU's code, so on a CPU without
// those instruction sets it must not crash (it would if the linker had
// given it a copy of sttj code compiled for them); `main both FILE` runs both
// and checks that they give the same answers. FILE holds one input per line.
#include <cstdio>
#include <fstream>
#include <string>
#include <string_view>

std::string run_baseline(std::string_view input);
std::string run_extended(std::string_view input);

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s baseline|both FILE\n", argv[0]);
        return 2;
    }
    const bool both = std::string_view{argv[1]} == "both";
    std::ifstream in(argv[2], std::ios::binary);
    std::string line;
    std::size_t inputs = 0;
    int status = 0;
    while (std::getline(in, line)) {
        ++inputs;
        const std::string baseline = run_baseline(line);
        std::fwrite(baseline.data(), 1, baseline.size(), stdout);
        std::fputc('\n', stdout);
        if (both && run_extended(line) != baseline) {
            std::fprintf(stderr, "input %zu: the two TUs disagree\n", inputs);
            status = 1;
        }
    }
    if (inputs == 0) {
        std::fprintf(stderr, "no inputs in %s\n", argv[2]);
        return 2;
    }
    return status;
}
