# Precompiled Qt headers. Parsing Qt's headers is about a third of the time to compile one of our
# files, so the headers most files include are compiled once for each kind of target and every target
# of that kind reuses them:
# - core: QtCore and QtNetwork (zd_core, zd_cli, zd_keychain, their executables);
# - demo: the same for zd_demo, which hiredis compiles with _FILE_OFFSET_BITS=64;
# - widgets: core plus QtGui and QtWidgets (zd_widgets, zato-desk);
# - test_core_<dir> and test_widgets_<dir>: the same plus QtTest, with asserts on as in every test
#   executable, one for each folder of tests/ (QtTest's headers read QT_TESTCASE_BUILDDIR, which names
#   the folder).
# A precompiled header is only valid for files compiled with the same flags and the same macros its
# headers read, which is why a test (QT_FORCE_ASSERTS) cannot reuse a library's. GCC warns when it
# cannot use one (-Winvalid-pch, an error with ZD_WERROR); clang (the fuzzing build) refuses to
# compile with one whose macros differ. ZD_PCH=OFF builds without them.
option(ZD_PCH "Precompile the Qt headers most files include (GCC and clang)" ON)

set(zd_pch_core_headers
    <algorithm> <functional> <memory> <optional> <vector>
    <QByteArray> <QByteArrayView> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash>
    <QList> <QLocale> <QNetworkAccessManager> <QNetworkReply> <QObject> <QPointer> <QRegularExpression>
    <QSettings> <QString> <QStringList> <QStringView> <QTimer> <QUrl>)
set(zd_pch_widgets_headers
    <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialogButtonBox> <QHBoxLayout> <QHeaderView>
    <QLabel> <QLineEdit> <QMenu> <QPainter> <QPlainTextEdit> <QPushButton> <QTableView> <QTableWidget>
    <QToolButton> <QTreeView> <QVBoxLayout> <QWidget>)
set(zd_pch_test_headers <QSignalSpy> <QTemporaryDir> <QTest>)
# A test's own code is built with -O1 in the optimised builds: it compiles in about half the time of
# -O2, and the code under test keeps the build's optimisation. The header the tests reuse is built so too.
set(zd_test_compile_options $<$<CONFIG:Release,RelWithDebInfo>:-O1>)

if(ZD_PCH AND CMAKE_CXX_COMPILER_ID MATCHES "^(GNU|Clang)$")
    set(ZD_PCH_ACTIVE ON)
else()
    set(ZD_PCH_ACTIVE OFF)
endif()

# zd_pch_<kind>: a library of one empty file that only compiles the header.
function(zd_pch_kind kind)
    cmake_parse_arguments(ARG "" "" "HEADERS;LIBRARIES;DEFINITIONS" ${ARGN})
    set(source ${CMAKE_CURRENT_BINARY_DIR}/zd_pch_${kind}.cpp)
    file(CONFIGURE OUTPUT ${source} CONTENT "// Compiles the precompiled header of the ${kind} targets.\n")
    add_library(zd_pch_${kind} STATIC ${source})
    set_target_properties(zd_pch_${kind} PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
    target_link_libraries(zd_pch_${kind} PRIVATE zd_options ${ARG_LIBRARIES})
    if(ARG_DEFINITIONS)
        target_compile_definitions(zd_pch_${kind} PRIVATE ${ARG_DEFINITIONS})
    endif()
    target_precompile_headers(zd_pch_${kind} PRIVATE ${ARG_HEADERS})
endfunction()

if(ZD_PCH_ACTIVE)
    zd_pch_kind(core HEADERS ${zd_pch_core_headers} LIBRARIES Qt6::Core Qt6::Network)
    zd_pch_kind(demo HEADERS ${zd_pch_core_headers} LIBRARIES Qt6::Core Qt6::Network DEFINITIONS _FILE_OFFSET_BITS=64)
    zd_pch_kind(widgets HEADERS ${zd_pch_core_headers} ${zd_pch_widgets_headers}
                LIBRARIES Qt6::Core Qt6::Network Qt6::Widgets)
endif()

# zd_use_pch(<target> <kind>): <target> reuses the precompiled header of <kind>. A test kind is made
# by its folder's first test.
function(zd_use_pch target kind)
    if(NOT ZD_PCH_ACTIVE)
        return()
    endif()
    if(NOT TARGET zd_pch_${kind})
        if(kind MATCHES "^test_core_")
            zd_pch_kind(${kind} HEADERS ${zd_pch_core_headers} ${zd_pch_test_headers}
                        LIBRARIES Qt6::Core Qt6::Network Qt6::Test DEFINITIONS QT_FORCE_ASSERTS)
        elseif(kind MATCHES "^test_widgets_")
            zd_pch_kind(${kind} HEADERS ${zd_pch_core_headers} ${zd_pch_widgets_headers} ${zd_pch_test_headers}
                        LIBRARIES Qt6::Core Qt6::Network Qt6::Widgets Qt6::Test DEFINITIONS QT_FORCE_ASSERTS)
        else()
            message(FATAL_ERROR "zd_use_pch(${target}): no precompiled header of kind ${kind}")
        endif()
        target_compile_options(zd_pch_${kind} PRIVATE ${zd_test_compile_options})
    endif()
    target_precompile_headers(${target} REUSE_FROM zd_pch_${kind})
    if(kind MATCHES "^test_")
        # Each test includes its own .moc, so AUTOMOC's mocs_compilation.cpp holds nothing: loading the
        # header for it took 3 to 4 s of CPU a test.
        set_source_files_properties(${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/mocs_compilation.cpp
                                    PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
endfunction()
