# SPDX-License-Identifier: GPL-3.0-or-later
# `cmake --install` puts the app, the desktop entry, the AppStream data and the icon where desktops look for them.
# usage: cmake -DBUILD_DIR=… -DPREFIX=… -P check_install.cmake
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX} RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${rc})")
endif()
set(missing "")
foreach(f bin/welcome share/applications/ch.welcome.Welcome.desktop share/metainfo/ch.welcome.Welcome.metainfo.xml
    share/icons/hicolor/scalable/apps/ch.welcome.Welcome.svg)
  if(NOT EXISTS ${PREFIX}/${f})
    list(APPEND missing ${f})
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "not installed: ${missing}")
endif()
message(STATUS "installed: the app, its desktop entry, AppStream data and icon")
