# Finds every third-party dependency once, as imported targets (Debian 12 packages).
find_package(PkgConfig REQUIRED)

# Xapian ships variables only: wrap them in a target of our own.
find_package(Xapian 1.4 REQUIRED)
if(NOT TARGET Xapian::Xapian)
  add_library(Xapian::Xapian INTERFACE IMPORTED)
  set_target_properties(Xapian::Xapian PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${XAPIAN_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES "${XAPIAN_LIBRARIES}")
endif()

# cpp-httplib is a compiled library on Debian; its pkg-config Cflags must be used (see NOTES).
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)

find_package(nlohmann_json 3 REQUIRED)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n data)
find_package(Threads REQUIRED)
find_package(LibXml2 REQUIRED)  # feeds: XML and forgiving HTML parsing, URL resolution
find_package(tomlplusplus 3 REQUIRED)  # the server's configuration file (libtomlplusplus-dev)
