#include "inputs.hpp"

#include <algorithm>
#include <fnmatch.h>
#include <set>

namespace gwcli {
namespace {

bool matchesAny(const std::vector<std::string>& globs, const fs::path& relative)
{
    const std::string path = relative.generic_string();
    const std::string name = relative.filename().string();
    for (const auto& glob : globs) {
        // A glob with a '/' is matched against the path below the folder, one without against
        // the name alone, as .gitignore does.
        const std::string& subject = glob.find('/') == std::string::npos ? name : path;
        if (::fnmatch(glob.c_str(), subject.c_str(), 0) == 0)
            return true;
    }
    return false;
}

std::string joinDisplay(const std::string& root, const fs::path& relative)
{
    std::string base = root;
    while (base.size() > 1 && base.back() == '/')
        base.pop_back();
    if (base == ".")
        return relative.generic_string();
    return base + "/" + relative.generic_string();
}

} // namespace

bool isSupportedExtension(const fs::path& file)
{
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    static const std::set<std::string> supported{".docx", ".doc", ".odt", ".fodt", ".wps", ".rtf", ".txt"};
    return supported.count(ext) > 0;
}

std::vector<InputDocument> collectInputs(const std::vector<std::string>& paths, const InputOptions& options)
{
    std::vector<InputDocument> found;
    for (const auto& argument : paths) {
        const fs::path root(argument);
        std::error_code error;
        const auto status = fs::status(root, error);
        if (error || !fs::exists(status))
            throw UsageError(argument + ": no such file or folder");
        if (!fs::is_directory(status)) {
            found.push_back({root, root.generic_string(), root.filename(), {}, {}});
            continue;
        }
        fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
        if (error)
            throw UsageError(argument + ": " + error.message());
        for (; it != fs::recursive_directory_iterator(); it.increment(error)) {
            if (error)
                throw UsageError(argument + ": " + error.message());
            const fs::path relative = it->path().lexically_relative(root);
            const std::string name = it->path().filename().string();
            if (it->is_directory(error)) {
                if ((name.size() > 1 && name[0] == '.') || matchesAny(options.excludes, relative))
                    it.disable_recursion_pending();
                continue;
            }
            if (!it->is_regular_file(error) || name.rfind(".~lock.", 0) == 0 || name.rfind("~$", 0) == 0)
                continue;
            if (!isSupportedExtension(it->path()))
                continue;
            if (!options.includes.empty() && !matchesAny(options.includes, relative))
                continue;
            if (matchesAny(options.excludes, relative))
                continue;
            found.push_back({it->path(), joinDisplay(argument, relative), relative, {}, {}});
        }
    }
    std::sort(found.begin(), found.end(),
              [](const InputDocument& a, const InputDocument& b) { return a.displayPath < b.displayPath; });
    std::set<fs::path> seen;
    std::vector<InputDocument> unique;
    for (auto& document : found) {
        std::error_code error;
        const fs::path canonical = fs::weakly_canonical(document.file, error);
        if (seen.insert(error ? document.file : canonical).second)
            unique.push_back(std::move(document));
    }
    return unique;
}

int shardOf(const std::string& displayPath, int count)
{
    std::uint64_t hash = 1469598103934665603ULL;
    for (unsigned char c : displayPath) {
        hash ^= c;
        hash *= 1099511628211ULL;
    }
    return static_cast<int>(hash % static_cast<std::uint64_t>(count)) + 1;
}

fs::path ConfigLocator::locate(const fs::path& document)
{
    if (!explicit_.empty())
        return explicit_;
    std::error_code error;
    fs::path folder = fs::absolute(document, error).parent_path();
    std::vector<fs::path> visited;
    fs::path result;
    for (;;) {
        const auto cached = byFolder_.find(folder);
        if (cached != byFolder_.end()) {
            result = cached->second;
            break;
        }
        visited.push_back(folder);
        if (fs::is_regular_file(folder / "gwcheck.json", error)) {
            result = folder / "gwcheck.json";
            break;
        }
        if (folder == folder.root_path() || folder.empty())
            break;
        folder = folder.parent_path();
    }
    for (const auto& each : visited)
        byFolder_[each] = result;
    return result;
}

} // namespace gwcli
