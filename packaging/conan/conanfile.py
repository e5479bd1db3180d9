"""Conan 2 recipe for sttj (header-only; built and installed with Meson).

From the root of the sttj source tree:
    conan create packaging/conan -s compiler.cppstd=20
"""
import os
import re

from conan import ConanFile
from conan.tools.build import check_min_cppstd
from conan.tools.files import copy, load, rmdir
from conan.tools.layout import basic_layout
from conan.tools.meson import Meson, MesonToolchain

required_conan_version = ">=2.0"


class SttjConan(ConanFile):
    name = "sttj"
    description = ("Header-only C++20 model, validation and JSON (de)serialization of the "
                   "Amazon Translate StopTextTranslationJob call")
    license = "MIT"
    topics = ("aws", "amazon-translate", "json", "validation", "header-only")
    package_type = "header-library"
    # Settings are needed to run Meson; package_id() drops them, so one
    # package serves every configuration.
    settings = "os", "arch", "compiler", "build_type"
    no_copy_source = True

    def _source_root(self):
        return os.path.join(self.recipe_folder, "..", "..")

    def set_version(self):
        # include/sttj/version.hpp is the one place the version is written.
        text = load(self, os.path.join(self._source_root(), "include", "sttj", "version.hpp"))
        self.version = ".".join(re.search(rf"#define STTJ_VERSION_{part} (\d+)", text).group(1)
                                for part in ("MAJOR", "MINOR", "PATCH"))

    def export_sources(self):
        for pattern in ("meson.build", "meson_options.txt", "LICENSE",
                        "include/*", "packaging/cmake/*"):
            copy(self, pattern, self._source_root(), self.export_sources_folder)

    def layout(self):
        basic_layout(self)

    def package_id(self):
        self.info.clear()

    def validate(self):
        check_min_cppstd(self, 20)

    def generate(self):
        toolchain = MesonToolchain(self)
        toolchain.project_options.update({"tests": "disabled", "tool": "false"})
        toolchain.generate()

    def build(self):
        meson = Meson(self)
        meson.configure()
        meson.build()

    def package(self):
        Meson(self).install()
        # Conan writes its own CMake and pkg-config files for consumers (from
        # package_info below); the license goes where Conan looks for it.
        rmdir(self, os.path.join(self.package_folder, "share"))
        copy(self, "LICENSE", self.source_folder, os.path.join(self.package_folder, "licenses"))

    def package_info(self):
        self.cpp_info.bindirs = []
        self.cpp_info.libdirs = []
        self.cpp_info.set_property("cmake_file_name", "sttj")
        self.cpp_info.set_property("cmake_target_name", "sttj::sttj")
        self.cpp_info.set_property("pkg_config_name", "sttj")
