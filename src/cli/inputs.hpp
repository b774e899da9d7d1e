// What to check: the documents named on the command line or found in folders, the
// configuration that applies to each, and this shard's part of them.
#pragma once

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
// and LibreOffice lock files. Sorted by display path, duplicates removed. A path that does not
// exist throws UsageError.
std::vector<InputDocument> collectInputs(const std::vector<std::string>& paths, const InputOptions& options);

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
