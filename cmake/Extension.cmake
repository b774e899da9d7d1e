# Packaging of gwcheck.oxt. Parts of the project add what they ship with the functions below;
# gwcheck_oxt_finalize() then stages everything and zips it. META-INF/manifest.xml is generated
# from what was staged, so adding a .xcu, .components or .rdb file needs no manifest edit.
set(GWCHECK_OXT_STAGE ${CMAKE_BINARY_DIR}/oxt)
set(GWCHECK_OXT ${CMAKE_BINARY_DIR}/gwcheck.oxt)

# gwcheck_oxt_add_files(<dir in the oxt> <file>...): ship source or generated files.
function(gwcheck_oxt_add_files destination)
  foreach(file ${ARGN})
    set_property(GLOBAL APPEND PROPERTY GWCHECK_OXT_FILES "${file}|${destination}")
  endforeach()
endfunction()

# gwcheck_oxt_add_library(<target> <.components file>): ship a UNO component library with its
# passive registration; the .components file names the library by its file name.
function(gwcheck_oxt_add_library target components)
  set_property(GLOBAL APPEND PROPERTY GWCHECK_OXT_FILES "$<TARGET_FILE:${target}>|.")
  set_property(GLOBAL APPEND PROPERTY GWCHECK_OXT_FILES "${components}|.")
  set_property(GLOBAL APPEND PROPERTY GWCHECK_OXT_TARGETS ${target})
endfunction()

function(gwcheck_oxt_finalize)
  get_property(items GLOBAL PROPERTY GWCHECK_OXT_FILES)
  get_property(targets GLOBAL PROPERTY GWCHECK_OXT_TARGETS)
  set(copy_commands)
  set(depends)
  foreach(item ${items})
    string(REPLACE "|" ";" parts "${item}")
    list(GET parts 0 source)
    list(GET parts 1 destination)
    list(APPEND copy_commands COMMAND ${CMAKE_COMMAND} -E make_directory ${GWCHECK_OXT_STAGE}/${destination})
    list(APPEND copy_commands COMMAND ${CMAKE_COMMAND} -E copy ${source} ${GWCHECK_OXT_STAGE}/${destination}/)
    if(NOT source MATCHES "^\\$<")
      list(APPEND depends ${source})
    endif()
  endforeach()
  add_custom_command(
    OUTPUT ${GWCHECK_OXT}
    COMMAND ${CMAKE_COMMAND} -E rm -rf ${GWCHECK_OXT_STAGE} ${GWCHECK_OXT}
    ${copy_commands}
    COMMAND ${CMAKE_COMMAND} -DSTAGE=${GWCHECK_OXT_STAGE} -DVERSION=${PROJECT_VERSION}
            -P ${PROJECT_SOURCE_DIR}/cmake/WriteManifest.cmake
    COMMAND ${CMAKE_COMMAND} -E chdir ${GWCHECK_OXT_STAGE} ${CMAKE_COMMAND} -E tar cf ${GWCHECK_OXT} --format=zip .
    DEPENDS ${depends} ${targets} ${PROJECT_SOURCE_DIR}/cmake/WriteManifest.cmake
    COMMENT "Packaging gwcheck.oxt"
    VERBATIM)
  add_custom_target(gwcheck_oxt ALL DEPENDS ${GWCHECK_OXT})
endfunction()
