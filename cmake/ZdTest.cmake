# zd_add_test(NAME <tst_name> SOURCES <files...> LIBRARIES <targets...> [TIMEOUT <s>] [LABELS <l...>])
#
# Builds one QtTest executable and registers it with CTest. Every test runs offscreen, with a
# private XDG_RUNTIME_DIR-free environment, so no test needs a display or touches the user's files.
function(zd_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE zd_options Qt6::Test ${ARG_LIBRARIES})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_ASSUME_STDERR_HAS_CONSOLE=1;ZD_TEST_DATA_DIR=${PROJECT_SOURCE_DIR}/tests/data")
endfunction()
