#include "progress.hpp"

#include <cstdio>
#include <unistd.h>

namespace gwcli {
namespace {

std::string duration(double seconds)
{
    const long total = static_cast<long>(seconds + 0.5);
    char text[32];
    if (total >= 3600)
        std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
    else
        std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
    return text;
}

} // namespace

void notice(const std::string& line)
{
    static const bool terminal = ::isatty(STDERR_FILENO) != 0;
    std::fprintf(stderr, "%sgwcheck: %s\n", terminal ? "\r\033[K" : "", line.c_str());
    std::fflush(stderr);
}

Progress::Progress(std::size_t total, bool enabled)
    : total_(total), enabled_(enabled && total > 0), terminal_(::isatty(STDERR_FILENO) != 0),
      started_(std::chrono::steady_clock::now()), lastLine_(started_), lastDraw_(started_)
{
}

void Progress::documentDone(const std::string& path, bool failed)
{
    ++done_;
    failed_ += failed ? 1 : 0;
    if (!enabled_)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (terminal_) {
        if (now - lastDraw_ > std::chrono::milliseconds(100) || done_ == total_) {
            lastDraw_ = now;
            draw(path);
        }
    } else if (now - lastLine_ >= std::chrono::seconds(10)) {
        lastLine_ = now;
        const double elapsed = std::chrono::duration<double>(now - started_).count();
        const double rate = done_ / std::max(elapsed, 1e-3);
        std::fprintf(stderr, "gwcheck: %zu/%zu documents, %.1f/s, ETA %s\n", done_, total_, rate,
                     duration((total_ - done_) / std::max(rate, 1e-6)).c_str());
    }
}

void Progress::draw(const std::string& path)
{
    const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    const double rate = done_ / std::max(elapsed, 1e-3);
    const int width = 24;
    const int filled = static_cast<int>(width * done_ / std::max<std::size_t>(total_, 1));
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.resize(width, '.');
    std::string name = path;
    if (name.size() > 40) {
        std::size_t cut = name.size() - 37;
        while (cut < name.size() && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
            ++cut; // not inside a UTF-8 sequence
        name = "..." + name.substr(cut);
    }
    std::fprintf(stderr, "\r\033[K[%s] %zu/%zu %.1f doc/s ETA %s%s %s", bar.c_str(), done_, total_, rate,
                 duration((total_ - done_) / std::max(rate, 1e-6)).c_str(),
                 failed_ ? (" (" + std::to_string(failed_) + " not checked)").c_str() : "", name.c_str());
    std::fflush(stderr);
}

void Progress::finish()
{
    if (enabled_ && terminal_) {
        std::fprintf(stderr, "\r\033[K");
        std::fflush(stderr);
    }
}

} // namespace gwcli
