#include "inputs.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <fnmatch.h>
#include <map>
#include <set>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

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

InputDocument named(const std::string& argument)
{
    const fs::path path(argument);
    return {path, path.generic_string(), path.filename(), {}, {}, Failure::None, {}};
}

InputDocument refusedPath(const std::string& argument, Failure failure, std::string why)
{
    InputDocument document = named(argument);
    document.refused = failure;
    document.refusal = std::move(why);
    return document;
}

// Why stat() or open() could not reach a file, as a failure kind and words.
std::pair<Failure, std::string> unreachable(int error, const fs::path& path)
{
    if (error == ELOOP)
        return {Failure::SymlinkLoop, "symbolic link loop: following the links never reaches a file"};
    if (error == ENOENT) {
        struct stat link {};
        if (::lstat(path.c_str(), &link) == 0 && S_ISLNK(link.st_mode))
            return {Failure::Missing, "symbolic link to a path that does not exist"};
        return {Failure::Missing, "no such file or folder"};
    }
    if (error == ENOTDIR)
        return {Failure::Missing, "no such file or folder (a part of the path is not a folder)"};
    return {Failure::Unreadable, std::string("cannot be read: ") + std::strerror(error)};
}

const char* fileTypeName(mode_t mode)
{
    if (S_ISFIFO(mode))
        return "a FIFO (named pipe)";
    if (S_ISSOCK(mode))
        return "a socket";
    if (S_ISCHR(mode))
        return "a character device";
    if (S_ISBLK(mode))
        return "a block device";
    if (S_ISDIR(mode))
        return "a folder";
    return "not a regular file";
}

std::string sizeText(std::uintmax_t bytes)
{
    if (bytes < 1024)
        return std::to_string(bytes) + " bytes";
    const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
    double value = static_cast<double>(bytes) / 1024;
    int unit = 0;
    while (value >= 1024 && unit < 3) {
        value /= 1024;
        ++unit;
    }
    char text[32];
    std::snprintf(text, sizeof text, "%.1f %s", value, units[unit]);
    return text;
}

// The refusal of a zip whose central directory declares more than the limits allow, or empty
// when it does not. A zip libzip cannot open is left to soffice (it repairs some, and reports
// the others as corrupt).
std::string zipRefusal(int fd, const Limits& limits)
{
    const int own = ::dup(fd);
    if (own < 0)
        return {};
    int error = 0;
    zip_t* archive = ::zip_fdopen(own, ZIP_RDONLY, &error);
    if (!archive) {
        ::close(own);
        return {};
    }
    std::string refusal;
    std::uintmax_t total = 0;
    const zip_int64_t count = ::zip_get_num_entries(archive, 0);
    for (zip_int64_t index = 0; index < count && refusal.empty(); ++index) {
        zip_stat_t part;
        if (::zip_stat_index(archive, static_cast<zip_uint64_t>(index), 0, &part) != 0 ||
            !(part.valid & ZIP_STAT_SIZE))
            continue;
        const std::string name = (part.valid & ZIP_STAT_NAME) && part.name ? part.name : "#" + std::to_string(index);
        total += part.size;
        if (part.size > limits.maxSize) {
            refusal = "zip part " + name + " inflates to " + sizeText(part.size) + ", more than " +
                      sizeText(limits.maxSize) + " (--max-size)";
        } else if (total > limits.maxSize) {
            refusal = "the zip parts inflate to more than " + sizeText(limits.maxSize) + " together (--max-size)";
        } else if ((part.valid & ZIP_STAT_COMP_SIZE) && part.size >= limits.ratioFloor) {
            const double ratio = static_cast<double>(part.size) / static_cast<double>(std::max<zip_uint64_t>(part.comp_size, 1));
            if (ratio > limits.maxRatio)
                refusal = "zip part " + name + " inflates " + std::to_string(static_cast<long long>(std::lround(ratio))) +
                          " times (to " + sizeText(part.size) + "), more than " +
                          std::to_string(static_cast<long long>(std::lround(limits.maxRatio))) + " (--max-ratio)";
        }
    }
    ::zip_discard(archive);
    return refusal;
}

} // namespace

void preflight(InputDocument& document, const Limits& limits)
{
    if (document.refused != Failure::None)
        return;
    auto refuse = [&document](Failure failure, std::string why) {
        document.refused = failure;
        document.refusal = std::move(why);
    };
    struct stat info {};
    if (::stat(document.file.c_str(), &info) != 0) {
        auto [failure, why] = unreachable(errno, document.file);
        return refuse(failure, why);
    }
    if (!S_ISREG(info.st_mode))
        return refuse(Failure::NotRegularFile, std::string("is ") + fileTypeName(info.st_mode) +
                                                    ", not a regular file");
    // O_NONBLOCK: should the file have been swapped for a FIFO since stat(), open() still returns.
    const int fd = ::open(document.file.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        auto [failure, why] = unreachable(errno, document.file);
        return refuse(failure, why);
    }
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        return refuse(Failure::NotRegularFile, "not a regular file");
    }
    const auto size = static_cast<std::uintmax_t>(info.st_size);
    if (size == 0) {
        ::close(fd);
        return refuse(Failure::Empty, "empty file");
    }
    if (size > limits.maxSize) {
        ::close(fd);
        return refuse(Failure::TooLarge, "the file is " + sizeText(size) + ", more than " +
                                             sizeText(limits.maxSize) + " (--max-size)");
    }
    char magic[4] = {};
    if (::pread(fd, magic, sizeof magic, 0) == static_cast<ssize_t>(sizeof magic) &&
        std::memcmp(magic, "PK\x03\x04", 4) == 0) {
        std::string refusal = zipRefusal(fd, limits);
        if (!refusal.empty()) {
            ::close(fd);
            return refuse(Failure::TooLarge, refusal);
        }
    }
    ::close(fd);
}

std::uintmax_t parseSize(const std::string& option, const std::string& value)
{
    std::size_t used = 0;
    unsigned long long number = 0;
    try {
        number = std::stoull(value, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    const std::string unit = used > 0 ? value.substr(used) : "";
    const std::map<std::string, int> shifts{{"", 0}, {"K", 10}, {"M", 20}, {"G", 30}};
    const auto shift = shifts.find(unit);
    if (used == 0 || value[0] == '-' || number == 0 || shift == shifts.end() || number > (~0ULL >> shift->second))
        throw UsageError(option + ": \"" + value + "\" is not a size (bytes, or a number with K, M or G)");
    return static_cast<std::uintmax_t>(number) << shift->second;
}

bool isSupportedExtension(const fs::path& file)
{
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    static const std::set<std::string> supported{".docx", ".docm", ".doc", ".odt", ".fodt", ".wps", ".rtf", ".txt"};
    return supported.count(ext) > 0;
}

std::vector<InputDocument> collectInputs(const std::vector<std::string>& paths, const InputOptions& options)
{
    std::vector<InputDocument> found;
    for (const auto& argument : paths) {
        const fs::path root(argument);
        struct stat info {};
        if (::stat(root.c_str(), &info) != 0) {
            auto [failure, why] = unreachable(errno, root);
            found.push_back(refusedPath(argument, failure, why));
            continue;
        }
        if (!S_ISDIR(info.st_mode)) {
            found.push_back(named(argument)); // preflight says what else it may be
            continue;
        }
        // A folder without read permission would otherwise be skipped without a word.
        if (::access(root.c_str(), R_OK | X_OK) != 0) {
            found.push_back(refusedPath(argument, Failure::Unreadable,
                                        std::string("folder cannot be read: ") + std::strerror(errno)));
            continue;
        }
        std::error_code error;
        fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, error);
        for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
            const fs::path relative = it->path().lexically_relative(root);
            const std::string name = it->path().filename().string();
            std::error_code ignored;
            if (it->is_directory(ignored)) {
                if ((name.size() > 1 && name[0] == '.') || matchesAny(options.excludes, relative))
                    it.disable_recursion_pending();
                continue;
            }
            if (!it->is_regular_file(ignored) || name.rfind(".~lock.", 0) == 0 || name.rfind("~$", 0) == 0)
                continue;
            if (!isSupportedExtension(it->path()))
                continue;
            if (!options.includes.empty() && !matchesAny(options.includes, relative))
                continue;
            if (matchesAny(options.excludes, relative))
                continue;
            found.push_back({it->path(), joinDisplay(argument, relative), relative, {}, {}, Failure::None, {}});
        }
        if (error) // what was found so far is still checked; the folder says why the rest is not
            found.push_back(refusedPath(argument, Failure::Unreadable, "folder cannot be read: " + error.message()));
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
