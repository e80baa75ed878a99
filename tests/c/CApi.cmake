# The C ABI (include/tenor/c/tenor.h), tested from C. Included from
# tests/CMakeLists.txt. The project is CXX-only; C is enabled here.
enable_language(C)

add_executable(tenor_c_api_test "${CMAKE_CURRENT_LIST_DIR}/c_api_test.c")
set_target_properties(tenor_c_api_test PROPERTIES
  C_STANDARD 99 C_STANDARD_REQUIRED ON C_EXTENSIONS OFF
  # libtenor is C++: link with the C++ driver so its runtime comes along.
  LINKER_LANGUAGE CXX)
target_compile_options(tenor_c_api_test PRIVATE -Wall -Wextra -pedantic
  $<$<BOOL:${TENOR_WARNINGS_AS_ERRORS}>:-Werror>)
target_link_libraries(tenor_c_api_test PRIVATE tenor::tenor)
add_test(NAME "c: C ABI test" COMMAND tenor_c_api_test)

# The header alone, exactly as the issue asks: gcc -std=c99 -pedantic -Wall
# -Wextra -Werror.
find_program(TENOR_GCC NAMES gcc REQUIRED)
add_test(NAME "c: tenor.h is C99"
         COMMAND "${TENOR_GCC}" -std=c99 -pedantic -Wall -Wextra -Werror
                 -I "${PROJECT_SOURCE_DIR}/include" -c
                 "${CMAKE_CURRENT_LIST_DIR}/header_check.c"
                 -o "${CMAKE_CURRENT_BINARY_DIR}/tenor_header_check.o")
set_tests_properties("c: C ABI test" "c: tenor.h is C99" PROPERTIES LABELS c)
