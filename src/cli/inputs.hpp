// What to check: the documents named on the command line or found in folders, the
// configuration that applies to each, and this shard's part of them.
#pragma once

#include "result.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace gwcli {

namespace fs = std::filesystem;

struct InputDocument {
    fs::path file;           // as found (may be relative)
    std::string displayPath; // what reports print: the path as named, '/'-separated
    fs::path relative;       // below the folder argument it was found in (its name for files)
    std::string config;      // effective gwcheck.json text for it
    std::string configSource; // the file it came from, empty for defaults
    Failure refused = Failure::None; // why it will not be handed to soffice (see preflight)
    std::string refusal;             // the reason in words
};

// What a document may be before it is refused unopened. Zip-based documents (.docx, .odt, .wps
// from WPS, recognized by their bytes) are judged by the sizes their central directory declares:
// a zip bomb is refused before soffice inflates it.
struct Limits {
    std::uintmax_t maxSize = 100u << 20;  // the file, and all parts of a zip together, inflated
    double maxRatio = 200;                // inflated : compressed, for parts above ratioFloor
    std::uintmax_t ratioFloor = 1u << 20; // small parts compress as they like
};

struct InputOptions {
    std::vector<std::string> includes; // globs; empty = every supported extension
    std::vector<std::string> excludes;
};

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Files named explicitly are taken whatever their extension; folders are searched recursively
// for the supported extensions (.docx .doc .odt .fodt .wps .rtf .txt), skipping hidden folders
// and LibreOffice lock files. Sorted by display path, duplicates removed. Every path named
// gives at least one entry: one that does not exist, loops, or is a folder that cannot be read
// comes back refused, so that the others are still checked.
std::vector<InputDocument> collectInputs(const std::vector<std::string>& paths, const InputOptions& options);

// Looks at a document without soffice and sets `refused` when it is not a readable regular
// file, is empty, or exceeds `limits`. Takes milliseconds, even for a zip bomb.
void preflight(InputDocument& document, const Limits& limits);

// "--max-size" values: bytes, or a number with K, M or G (binary multiples). Throws UsageError.
std::uintmax_t parseSize(const std::string& option, const std::string& value);

bool isSupportedExtension(const fs::path& file);

// The stable shard of a path: FNV-1a of the display path modulo `count`, 1-based.
int shardOf(const std::string& displayPath, int count);

// Where each document's configuration comes from: `explicitConfig` when given, else the
// nearest gwcheck.json in its folder or a parent folder. Texts are cached per file.
class ConfigLocator {
public:
    explicit ConfigLocator(std::string explicitConfig) : explicit_(std::move(explicitConfig)) {}
    // The configuration file that applies to `document` (empty path: none).
    fs::path locate(const fs::path& document);

private:
    std::string explicit_;
    std::map<fs::path, fs::path> byFolder_;
};

} // namespace gwcli
