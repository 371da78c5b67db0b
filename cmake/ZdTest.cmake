# zd_add_test(NAME <tst_name>
#             [SOURCES <files...>] [LIBRARIES <targets...>] [DEFINITIONS <defs...>] [INCLUDES <dirs...>]
#             [EXECUTABLE <target>] [COMMAND <program> [args...]]
#             [WRAPPER <command prefix...>] [ARGS <args...>] [ENVIRONMENT <VAR=value...>]
#             [DEPENDS <targets...>] [TIMEOUT <s>] [COST <n>] [LABELS <l...>])
#
# Registers one CTest test; every test of the project goes through here.
# - SOURCES: builds the QtTest executable <tst_name> (linked with zd_options and Qt6::Test plus
#   LIBRARIES; DEFINITIONS and INCLUDES added privately). Test executables are built with asserts on
#   (QT_FORCE_ASSERTS), so Q_ASSERT holds in RelWithDebInfo too; ZD_TEST_DATA_DIR names tests/data.
# - EXECUTABLE: another run of a test executable built by an earlier zd_add_test (other ARGS or
#   ENVIRONMENT), nothing built.
# - COMMAND: a program that is not built (a script), run as given.
# WRAPPER runs the test under a command prefix (dbus-run-session -- with-keyring.sh); ARGS follow the
# executable (test functions); ENVIRONMENT is added to the offscreen platform every test runs with, so
# no test needs a display; DEPENDS are built before the executable (a program the test starts).
function(zd_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT;EXECUTABLE;COST"
        "SOURCES;LIBRARIES;DEFINITIONS;INCLUDES;COMMAND;WRAPPER;ARGS;ENVIRONMENT;DEPENDS;LABELS" ${ARGN})
    if(NOT ARG_NAME)
        message(FATAL_ERROR "zd_add_test: NAME is required")
    endif()
    if(ARG_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "zd_add_test(${ARG_NAME}): unknown arguments ${ARG_UNPARSED_ARGUMENTS}")
    endif()
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()

    if(ARG_SOURCES)
        if(ARG_EXECUTABLE OR ARG_COMMAND)
            message(FATAL_ERROR "zd_add_test(${ARG_NAME}): SOURCES builds the test; no EXECUTABLE or COMMAND")
        endif()
        qt_add_executable(${ARG_NAME} ${ARG_SOURCES})
        target_link_libraries(${ARG_NAME} PRIVATE zd_options Qt6::Test ${ARG_LIBRARIES})
        target_compile_definitions(${ARG_NAME} PRIVATE QT_FORCE_ASSERTS ${ARG_DEFINITIONS})
        target_compile_options(${ARG_NAME} PRIVATE ${zd_test_compile_options})
        get_filename_component(folder ${CMAKE_CURRENT_SOURCE_DIR} NAME)
        if("zd_widgets" IN_LIST ARG_LIBRARIES OR "Qt6::Widgets" IN_LIST ARG_LIBRARIES)
            zd_use_pch(${ARG_NAME} test_widgets_${folder})
        else()
            zd_use_pch(${ARG_NAME} test_core_${folder})
        endif()
        if(NOT "zd_test_support" IN_LIST ARG_LIBRARIES)
            target_compile_definitions(${ARG_NAME} PRIVATE ZD_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
        endif()
        if(ARG_INCLUDES)
            target_include_directories(${ARG_NAME} PRIVATE ${ARG_INCLUDES})
        endif()
        if(ARG_DEPENDS)
            add_dependencies(${ARG_NAME} ${ARG_DEPENDS})
        endif()
        set(command $<TARGET_FILE:${ARG_NAME}>)
    elseif(ARG_EXECUTABLE)
        if(ARG_COMMAND OR ARG_LIBRARIES OR ARG_DEFINITIONS OR ARG_INCLUDES OR ARG_DEPENDS)
            message(FATAL_ERROR "zd_add_test(${ARG_NAME}): EXECUTABLE reuses ${ARG_EXECUTABLE} as it was built")
        endif()
        set(command $<TARGET_FILE:${ARG_EXECUTABLE}>)
    elseif(ARG_COMMAND)
        set(command ${ARG_COMMAND})
    else()
        message(FATAL_ERROR "zd_add_test(${ARG_NAME}): give SOURCES, EXECUTABLE or COMMAND")
    endif()

    set(environment QT_QPA_PLATFORM=offscreen QT_ASSUME_STDERR_HAS_CONSOLE=1 ${ARG_ENVIRONMENT})
    add_test(NAME ${ARG_NAME} COMMAND ${ARG_WRAPPER} ${command} ${ARG_ARGS})
    set_tests_properties(${ARG_NAME} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "${environment}")
    if(ARG_COST)
        set_tests_properties(${ARG_NAME} PROPERTIES COST ${ARG_COST})
    endif()
endfunction()
