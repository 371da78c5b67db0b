# zd_add_test(NAME <tst_name> SOURCES <files...> LIBRARIES <targets...> [TIMEOUT <s>] [LABELS <l...>])
#
# Builds one QtTest executable and registers it with CTest. Every test runs offscreen, so no test needs a
# display; ZD_TEST_DATA_DIR names tests/data.
function(zd_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBRARIES;LABELS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE zd_options Qt6::Test ${ARG_LIBRARIES})
    if(NOT "zd_test_support" IN_LIST ARG_LIBRARIES)
        target_compile_definitions(${ARG_NAME} PRIVATE ZD_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    endif()
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_NAME})
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_ASSUME_STDERR_HAS_CONSOLE=1")
endfunction()
