# zd_module(<module> LOADER <target> PREFIX <name>)
#
# Installs the MODULE target <module> in <libdir>/zato-desk and tells <target>, the static library
# that loads it (src/core/modules/moduleloader.h), where to find it: <name>_MODULE_RELATIVE, its path
# relative to the programs' directory once installed; <name>_MODULE_BUILD, its file in the build tree;
# ZD_BUILD_DIR, the build tree (a program run from inside it looks there too). <target> is built after
# <module>.
function(zd_module module)
    cmake_parse_arguments(ARG "" "LOADER;PREFIX" "" ${ARGN})
    if(NOT ARG_LOADER OR NOT ARG_PREFIX OR ARG_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "zd_module(${module} LOADER <target> PREFIX <name>)")
    endif()
    set(dir ${CMAKE_INSTALL_LIBDIR}/zato-desk)
    install(TARGETS ${module} LIBRARY DESTINATION ${dir})
    file(RELATIVE_PATH relative ${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}
         ${CMAKE_INSTALL_PREFIX}/${dir}/${CMAKE_SHARED_MODULE_PREFIX}${module}${CMAKE_SHARED_MODULE_SUFFIX})
    target_compile_definitions(${ARG_LOADER} PRIVATE
        ${ARG_PREFIX}_MODULE_RELATIVE="${relative}"
        ${ARG_PREFIX}_MODULE_BUILD="$<TARGET_FILE:${module}>"
        ZD_BUILD_DIR="${PROJECT_BINARY_DIR}")
    add_dependencies(${ARG_LOADER} ${module})
endfunction()
