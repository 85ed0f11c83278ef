# The Debian package: bash packaging/package.sh -> build/caringmap_<version>_<arch>.deb
set(CPACK_GENERATOR DEB)
# packaging/package.sh builds what the package holds; installing does not
# build the whole tree (tests, benchmarks) first.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(CPACK_PACKAGE_NAME caringmap)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "The caringmap developers")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
  "make sure every student has at least one caring adult")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR})
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The caringmap developers <maintainers@caringmap.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://caringmap.org")
# The long description; CPack puts the summary above it as the first line.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
  "caringmap supports relationship mapping in a school: in a private staff
meeting every adult marks the students they have a positive, trusting
relationship with, and caringmap lists every student whom no adult has
marked, so that each can be paired with a go-to adult. It keeps the roster
in a local SQLite file, imports CSV, spreadsheets and OneRoster, prints PDF
reports, and has a Spanish interface. It never uses the network.")

# Libraries the binary links come from dpkg-shlibdeps. It cannot see what Qt
# loads at run time as plugins, so those few packages are named here: the
# SQLite driver (libqt6sql6-sqlite), the xcb/wayland/offscreen platforms
# (qt6-qpa-plugins) and the SVG icon engine and image format (libqt6svg6).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
# A district server (--db postgresql://...) needs Qt's PostgreSQL driver.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libqt6sql6-psql")

include(CPack)
