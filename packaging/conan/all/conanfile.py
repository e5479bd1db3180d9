"""Conan 2 recipe for sttj, in the layout of conan-center-index: the
sources come from the release archive named in conandata.yml (pinned by
tools/release.py), and the package is a copy of the headers.

    conan create packaging/conan/all --version 0.2.0
    conan create packaging/conan/all --version 0.2.0 -o "sttj/*:with_rapidcheck=True"
"""
import os

from conan import ConanFile
from conan.errors import ConanInvalidConfiguration
from conan.tools.build import check_min_cppstd
from conan.tools.files import copy, get, rm
from conan.tools.layout import basic_layout
from conan.tools.scm import Version

required_conan_version = ">=2.0"


class SttjConan(ConanFile):
    name = "sttj"
    description = ("Header-only C++20 model, validation and JSON (de)serialization of the "
                   "Amazon Translate StopTextTranslationJob call")
    license = "MIT"
    topics = ("aws", "amazon-translate", "json", "validation", "header-only")
    package_type = "header-library"
    settings = "os", "arch", "compiler", "build_type"
    # <sttj/testing/rapidcheck.hpp>: RapidCheck generators for property
    # tests. It is packaged, with RapidCheck as a dependency, only when asked
    # for.
    options = {"with_rapidcheck": [True, False]}
    default_options = {"with_rapidcheck": False}
    no_copy_source = True

    # The compilers sttj's CI builds and tests with; others are not supported.
    _minimum_compilers = {"gcc": "12", "clang": "14"}

    def layout(self):
        basic_layout(self, src_folder="src")

    def requirements(self):
        if self.options.with_rapidcheck:
            self.requires("rapidcheck/cci.20231215")

    def package_id(self):
        # The same headers for every configuration; the option still counts.
        self.info.settings.clear()

    def validate(self):
        if self.version not in self.conan_data.get("sources", {}):
            raise ConanInvalidConfiguration(
                f"sttj {self.version} is not in conandata.yml (it has {', '.join(self.conan_data['sources'])})")
        check_min_cppstd(self, 20)
        compiler = str(self.settings.compiler)
        minimum = self._minimum_compilers.get(compiler)
        if minimum is None:
            raise ConanInvalidConfiguration(
                f"sttj is built and tested with GCC >= 12 and Clang >= 14, not {compiler}")
        if Version(self.settings.compiler.version) < minimum:
            raise ConanInvalidConfiguration(
                f"sttj needs {compiler} >= {minimum} (C++20), not {self.settings.compiler.version}")

    def source(self):
        get(self, **self.conan_data["sources"][self.version], strip_root=True)

    def build(self):
        pass

    def package(self):
        copy(self, "LICENSE", self.source_folder, os.path.join(self.package_folder, "licenses"))
        # The headers and the run-time code they include (impl/*.ipp, after 0.2.0).
        for pattern in ("*.hpp", "*.ipp"):
            copy(self, pattern, os.path.join(self.source_folder, "include"),
                 os.path.join(self.package_folder, "include"))
        if not self.options.with_rapidcheck:
            # <sttj/testing/rapidcheck.hpp>; <sttj/rapidcheck.hpp> up to 0.2.0.
            rm(self, "rapidcheck.hpp", os.path.join(self.package_folder, "include", "sttj"),
               recursive=True)

    def package_info(self):
        # sttj::sttj as in sttj's own CMake package; sttj::rapidcheck with
        # the option, as its CMake component.
        self.cpp_info.set_property("cmake_file_name", "sttj")
        self.cpp_info.set_property("cmake_target_name", "sttj::sttj_all")
        core = self.cpp_info.components["core"]
        core.set_property("cmake_target_name", "sttj::sttj")
        core.set_property("pkg_config_name", "sttj")
        core.bindirs = []
        core.libdirs = []
        if self.options.with_rapidcheck:
            rapidcheck = self.cpp_info.components["rapidcheck"]
            rapidcheck.set_property("cmake_target_name", "sttj::rapidcheck")
            rapidcheck.set_property("pkg_config_name", "sttj-rapidcheck")
            # conan-center-index's rapidcheck names its library component so.
            rapidcheck.requires = ["core", "rapidcheck::rapidcheck_rapidcheck"]
            rapidcheck.bindirs = []
            rapidcheck.libdirs = []
