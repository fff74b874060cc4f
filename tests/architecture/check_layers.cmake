# The layers of podseek, checked on every source file's #include lines:
#   cmake -DROOT=<tree> -P check_layers.cmake
# prints each include that crosses a layer the wrong way (file:line, what, why) and fails if any does.
# Each rule: a folder, an include it may not have (a regular expression on the include line), and why.

set(RULES
  "common/|\"(indexer|search-server|bench)/|common/ is the lowest layer: it includes no other layer"
  "common/|<httplib\\.h>|common/ knows no HTTP"
  "indexer/|\"search-server/|the indexer and the server never include each other"
  "search-server/|\"indexer/|the indexer and the server never include each other"
  "search-server/core/|<httplib\\.h>|the search core knows no HTTP"
  "search-server/core/|\"search-server/http/|the search core knows no HTTP layer"
  "indexer/feed/|\"indexer/(page|index|cli)/|indexer/feed reads feeds into the model only"
  "indexer/page/|\"indexer/(feed|index|cli)/|indexer/page reads episode pages into the model only"
  "indexer/index/|\"indexer/(feed|page|cli)/|indexer/index writes the model, whatever its source"
)

if(NOT ROOT)
  message(FATAL_ERROR "usage: cmake -DROOT=<tree> -P check_layers.cmake")
endif()

file(GLOB_RECURSE SOURCES RELATIVE "${ROOT}" "${ROOT}/*.cpp" "${ROOT}/*.hpp")
set(violations 0)
set(checked 0)
foreach(source IN LISTS SOURCES)
  if(source MATCHES "^(build[^/]*|tests|\\.git)/" OR source MATCHES "node_modules")
    continue()
  endif()
  math(EXPR checked "${checked} + 1")
  file(STRINGS "${ROOT}/${source}" lines REGEX "^[ \t]*#[ \t]*include")
  foreach(rule IN LISTS RULES)
    string(REPLACE "|" ";" parts "${rule}")
    list(GET parts 0 folder)
    string(FIND "${rule}" "|" first)
    math(EXPR rest_start "${first} + 1")
    string(SUBSTRING "${rule}" ${rest_start} -1 rest)
    string(FIND "${rest}" "|" last REVERSE)
    string(SUBSTRING "${rest}" 0 ${last} pattern)
    math(EXPR why_start "${last} + 1")
    string(SUBSTRING "${rest}" ${why_start} -1 why)
    string(FIND "${source}" "${folder}" at)
    if(NOT at EQUAL 0)
      continue()
    endif()
    foreach(line IN LISTS lines)
      if(line MATCHES "${pattern}")
        string(STRIP "${line}" shown)
        message(STATUS "${source}: ${shown}: ${why}")
        math(EXPR violations "${violations} + 1")
      endif()
    endforeach()
  endforeach()
endforeach()

if(violations GREATER 0)
  message(FATAL_ERROR "layers: ${violations} include(s) cross a layer the wrong way (${checked} files read)")
endif()
message(STATUS "layers: no include crosses a layer the wrong way (${checked} files read)")
