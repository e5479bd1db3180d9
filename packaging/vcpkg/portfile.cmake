# Overlay port: builds the sttj source tree it lives in (packaging/vcpkg/).
#   vcpkg install sttj --overlay-ports=packaging/vcpkg
set(VCPKG_BUILD_TYPE release)  # header-only: nothing differs in a debug build

get_filename_component(SOURCE_PATH "${CURRENT_PORT_DIR}/../.." ABSOLUTE)

vcpkg_configure_meson(
    SOURCE_PATH "${SOURCE_PATH}"
    OPTIONS -Dtests=disabled -Dtool=false -Dfuzz=disabled -Dbench=disabled
)
vcpkg_install_meson()

# meson install puts the CMake package in share/cmake/sttj; vcpkg wants it in
# share/sttj, next to the usage file and the copyright.
vcpkg_cmake_config_fixup(CONFIG_PATH share/cmake/sttj)
vcpkg_fixup_pkgconfig()
file(REMOVE_RECURSE "${CURRENT_PACKAGES_DIR}/share/licenses")

file(INSTALL "${CMAKE_CURRENT_LIST_DIR}/usage" DESTINATION "${CURRENT_PACKAGES_DIR}/share/${PORT}")
vcpkg_install_copyright(FILE_LIST "${SOURCE_PATH}/LICENSE")
