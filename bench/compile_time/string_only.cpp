// Baseline: a TU that includes only <string>.
#include <string>

std::string echo(const std::string& text) { return text; }
