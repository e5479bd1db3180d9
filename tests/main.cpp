// The one Catch2 v2 main, compiled once into a static library and linked
// into every test executable (it takes ~13 s to compile).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
