# Must-not-compile tests, in the manner of Howard Hinnant's *.fail.cpp.
#
# Each file holds code that must compile, plus a block guarded by
# TENOR_EXPECT_COMPILE_ERROR that must not. Two tests per file:
#   compile-ok:   <name>  builds the file without the guard (proves the test
#                         itself is sound, so a failure below means what it
#                         says);
#   compile-fail: <name>  builds it with the guard and passes only if the
#                         compiler refuses.
function(tenor_compile_fail_test name source)
  set(ok_target compile_ok_${name})
  set(fail_target compile_fail_${name})
  add_library(${ok_target} OBJECT EXCLUDE_FROM_ALL ${source})
  target_link_libraries(${ok_target} PRIVATE tenor::tenor)
  add_library(${fail_target} OBJECT EXCLUDE_FROM_ALL ${source})
  target_link_libraries(${fail_target} PRIVATE tenor::tenor)
  target_compile_definitions(${fail_target} PRIVATE TENOR_EXPECT_COMPILE_ERROR)
  add_test(NAME "compile-ok: ${name}"
           COMMAND ${CMAKE_COMMAND} --build ${CMAKE_BINARY_DIR}
                   --target ${ok_target} --config $<CONFIG>)
  add_test(NAME "compile-fail: ${name}"
           COMMAND ${CMAKE_COMMAND} --build ${CMAKE_BINARY_DIR}
                   --target ${fail_target} --config $<CONFIG>)
  set_tests_properties("compile-fail: ${name}" PROPERTIES WILL_FAIL TRUE)
  set_tests_properties("compile-ok: ${name}" "compile-fail: ${name}"
                       PROPERTIES LABELS compile RUN_SERIAL TRUE)
endfunction()

file(GLOB _tenor_fail_sources CONFIGURE_DEPENDS
     "${CMAKE_CURRENT_LIST_DIR}/*.fail.cc")
foreach(_src IN LISTS _tenor_fail_sources)
  get_filename_component(_name "${_src}" NAME_WE)
  tenor_compile_fail_test(${_name} "${_src}")
endforeach()
