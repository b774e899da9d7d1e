# Writes META-INF/manifest.xml for the staged extension in ${STAGE}: every file LibreOffice has
# to register, by its kind. Run by gwcheck_oxt_finalize() with cmake -P.
file(GLOB_RECURSE staged RELATIVE ${STAGE} ${STAGE}/*)
list(SORT staged)
set(entries "")
# Schemas before data: an .xcu may set values of our own .xcs.
foreach(kind xcs xcu components rdb)
  foreach(path ${staged})
    if(NOT path MATCHES "\\.${kind}$")
      continue()
    endif()
    if(kind STREQUAL "xcs")
      set(type "application/vnd.sun.star.configuration-schema")
    elseif(kind STREQUAL "xcu")
      set(type "application/vnd.sun.star.configuration-data")
    elseif(kind STREQUAL "components")
      set(type "application/vnd.sun.star.uno-components")
    else()
      set(type "application/vnd.sun.star.uno-typelibrary;type=RDB")
    endif()
    string(APPEND entries "  <manifest:file-entry manifest:media-type=\"${type}\" manifest:full-path=\"${path}\"/>\n")
  endforeach()
endforeach()
foreach(path ${staged})
  if(path MATCHES "^description/desc_(.+)\\.txt$")
    string(APPEND entries "  <manifest:file-entry manifest:media-type=\"application/vnd.sun.star.package-bundle-description;lang=${CMAKE_MATCH_1}\" manifest:full-path=\"${path}\"/>\n")
  endif()
endforeach()
file(WRITE ${STAGE}/META-INF/manifest.xml
"<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<!DOCTYPE manifest:manifest PUBLIC \"-//OpenOffice.org//DTD Manifest 1.0//EN\" \"Manifest.dtd\">
<manifest:manifest xmlns:manifest=\"http://openoffice.org/2001/manifest\">
${entries}</manifest:manifest>
")
