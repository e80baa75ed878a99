# Runs the tenor tool once and checks what it printed, exactly.
#
#   -DTOOL=path/to/tenor
#   -DARGS=arg1|arg2|...          arguments, separated by '|'
#   -DEXPECT_RC=N                 the exit status (default 0)
#   -DEXPECT_STDOUT_FILE=path     stdout must equal this file's bytes
#   -DEXPECT_STDOUT=text          or stdout must equal this text plus "\n"
#   -DEXPECT_STDERR_REGEX=regex   stderr must match (default: must be empty
#                                 when EXPECT_RC is 0)
string(REPLACE "|" ";" args "${ARGS}")
if(NOT DEFINED EXPECT_RC)
  set(EXPECT_RC 0)
endif()
execute_process(COMMAND "${TOOL}" ${args}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL EXPECT_RC)
  message(FATAL_ERROR "exit status ${rc}, expected ${EXPECT_RC}\nstdout: ${out}\nstderr: ${err}")
endif()
if(DEFINED EXPECT_STDOUT_FILE)
  file(READ "${EXPECT_STDOUT_FILE}" expected)
  if(NOT out STREQUAL expected)
    message(FATAL_ERROR "stdout differs from ${EXPECT_STDOUT_FILE}\n--- got:\n${out}\n--- expected:\n${expected}")
  endif()
elseif(DEFINED EXPECT_STDOUT)
  if(NOT out STREQUAL "${EXPECT_STDOUT}\n")
    message(FATAL_ERROR "stdout:\n${out}\nexpected:\n${EXPECT_STDOUT}")
  endif()
endif()
if(DEFINED EXPECT_STDERR_REGEX)
  if(NOT err MATCHES "${EXPECT_STDERR_REGEX}")
    message(FATAL_ERROR "stderr does not match ${EXPECT_STDERR_REGEX}:\n${err}")
  endif()
elseif(NOT err STREQUAL "")
  message(FATAL_ERROR "unexpected stderr:\n${err}")
endif()
if(NOT EXPECT_RC EQUAL 0 AND NOT out STREQUAL "")
  message(FATAL_ERROR "a refused command printed to stdout:\n${out}")
endif()
