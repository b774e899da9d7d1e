// What a run found, document by document: the data every report format is written from.
#pragma once

#include "finding_record.hpp"

#include <string>
#include <vector>

namespace gwcli {

using TextEditRecord = gw::TextEditRecord;
using FindingRecord = gw::FindingRecord;

// Why a document could not be checked.
enum class Failure {
    None,
    Empty,       // a file of 0 bytes
    Encrypted,   // needs a password
    Corrupt,     // LibreOffice could not read it as the format its name says
    Unsupported, // not a text document (a spreadsheet, an image, …)
    Timeout,     // took longer than --timeout; its worker was restarted
    Crashed,     // soffice died on it twice
    OutOfMemory, // its soffice grew past --max-memory; its worker was restarted
    Io,          // cannot be read, or the result cannot be written (fix)
    Checker,     // the service refused it (e.g. an invalid configuration)
    // Refused before soffice sees it (inputs.hpp, preflight):
    Missing,        // the path named does not exist
    SymlinkLoop,    // a symbolic link that never reaches a file
    NotRegularFile, // a FIFO, socket or device
    Unreadable,     // no permission to read it (or its folder)
    TooLarge,       // bigger than --max-size, or a zip part that inflates past the limits
};

const char* failureName(Failure failure); // "encrypted", "timeout", …

struct DocumentResult {
    std::string path; // as the user named it (relative paths stay relative)
    Failure failure = Failure::None;
    std::string error; // human-readable reason when failure != None
    std::vector<FindingRecord> findings;
    double seconds = 0;      // load, check and close
    double checkSeconds = 0; // the service's check() call alone (in soffice: extraction and rules)
    // How soffice opened it: "frameless" (a model without a frame or view: no layout) or
    // "framed" (the desktop's loader, the fallback); empty when it was not opened.
    std::string loadPath;
    // `gwcheck fix` only
    int edits = 0;
    std::string savedTo;
    std::vector<FindingRecord> fixed; // findings that the fix made go away

    bool failed() const { return failure != Failure::None; }
};

int severityRank(const std::string& severity); // info 1, warning 2, error 3, else 0

} // namespace gwcli
