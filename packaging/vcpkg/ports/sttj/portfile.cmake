# sttj from its release archive, pinned by SHA512 (tools/release.py pin
# writes the URL and the hash), so vcpkg's ABI hash follows the sources.
vcpkg_download_distfile(ARCHIVE
    URLS "https://downloads.example.org/sttj/sttj-0.2.0.tar.gz"
    FILENAME "sttj-0.2.0.tar.gz"
    SHA512 a69f001e988b20d8060431c6223dea2b6039816269d950ae6edd0465fe6cd559d0863e7b8033723e3370e2e739275a83b89edefeb8a5f9950a4e9bb8093e3185
)
vcpkg_extract_source_archive(SOURCE_PATH ARCHIVE "${ARCHIVE}")

set(VCPKG_BUILD_TYPE release)  # header-only: nothing differs in a debug build
vcpkg_cmake_configure(SOURCE_PATH "${SOURCE_PATH}")
vcpkg_cmake_install()
# sttj installs its CMake package in share/cmake/sttj; vcpkg wants it in
# share/sttj, next to the usage file and the copyright.
vcpkg_cmake_config_fixup(CONFIG_PATH share/cmake/sttj)
vcpkg_fixup_pkgconfig()
file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/share/licenses")
if(NOT "rapidcheck" IN_LIST FEATURES)
    # RapidCheck generators: shipped only with the feature that brings RapidCheck.
    # <sttj/testing/rapidcheck.hpp>; <sttj/rapidcheck.hpp> up to 0.2.0.
    file(REMOVE "${CURRENT_PACKAGES_DIR}/include/sttj/testing/rapidcheck.hpp"
                "${CURRENT_PACKAGES_DIR}/include/sttj/rapidcheck.hpp")
endif()

file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
