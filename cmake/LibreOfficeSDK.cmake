# The LibreOffice SDK as Debian ships it: URE headers only, so the offapi headers and our own
# IDL's headers are generated here with cppumaker (once; they live in the build tree).
set(LO_INSTALL_DIR /usr/lib/libreoffice CACHE PATH "LibreOffice installation")
set(LO_PROGRAM_DIR ${LO_INSTALL_DIR}/program)
set(LO_SDK_DIR ${LO_INSTALL_DIR}/sdk)
find_program(LO_CPPUMAKER cppumaker HINTS ${LO_SDK_DIR}/bin REQUIRED)
find_program(LO_UNOIDL_WRITE unoidl-write HINTS ${LO_SDK_DIR}/bin REQUIRED)
set(LO_TYPES_RDB ${LO_PROGRAM_DIR}/types.rdb)
set(LO_OFFAPI_RDB ${LO_PROGRAM_DIR}/types/offapi.rdb)
foreach(required ${LO_TYPES_RDB} ${LO_OFFAPI_RDB} /usr/include/libreoffice/cppu/macros.hxx)
  if(NOT EXISTS ${required})
    message(FATAL_ERROR "LibreOffice SDK: ${required} is missing (apt-get install libreoffice-dev libreoffice-dev-common)")
  endif()
endforeach()

set(GWCHECK_UNO_INCLUDE ${CMAKE_BINARY_DIR}/uno-include)
set(GWCHECK_RDB ${CMAKE_BINARY_DIR}/gwcheck.rdb)

add_custom_command(
  OUTPUT ${GWCHECK_UNO_INCLUDE}/offapi.stamp
  COMMAND ${LO_CPPUMAKER} -O${GWCHECK_UNO_INCLUDE} ${LO_TYPES_RDB} ${LO_OFFAPI_RDB}
  COMMAND ${CMAKE_COMMAND} -E touch ${GWCHECK_UNO_INCLUDE}/offapi.stamp
  COMMENT "Generating the offapi C++ headers with cppumaker"
  VERBATIM)

file(GLOB_RECURSE GWCHECK_IDL CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/uno-idl/*.idl)
add_custom_command(
  OUTPUT ${GWCHECK_RDB} ${GWCHECK_UNO_INCLUDE}/gwcheck.stamp
  COMMAND ${LO_UNOIDL_WRITE} ${LO_TYPES_RDB} ${LO_OFFAPI_RDB} ${PROJECT_SOURCE_DIR}/uno-idl ${GWCHECK_RDB}
  COMMAND ${LO_CPPUMAKER} -O${GWCHECK_UNO_INCLUDE} -Torg.gwcheck.* ${LO_TYPES_RDB} ${GWCHECK_RDB}
  COMMAND ${CMAKE_COMMAND} -E touch ${GWCHECK_UNO_INCLUDE}/gwcheck.stamp
  DEPENDS ${GWCHECK_IDL}
  COMMENT "Compiling uno-idl into gwcheck.rdb and its C++ headers"
  VERBATIM)

add_custom_target(gwcheck_uno_headers
  DEPENDS ${GWCHECK_UNO_INCLUDE}/offapi.stamp ${GWCHECK_UNO_INCLUDE}/gwcheck.stamp)

# Everything that compiles against UNO links this.
add_library(gwcheck_uno_sdk INTERFACE)
add_dependencies(gwcheck_uno_sdk gwcheck_uno_headers)
target_include_directories(gwcheck_uno_sdk SYSTEM INTERFACE /usr/include/libreoffice ${GWCHECK_UNO_INCLUDE})
target_compile_definitions(gwcheck_uno_sdk INTERFACE LINUX UNX CPPU_ENV=gcc3)
target_link_directories(gwcheck_uno_sdk INTERFACE ${LO_SDK_DIR}/lib)
target_link_libraries(gwcheck_uno_sdk INTERFACE uno_cppu uno_cppuhelpergcc3 uno_sal uno_salhelpergcc3)
