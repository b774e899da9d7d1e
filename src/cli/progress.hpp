// Progress on stderr: a bar with count, rate and ETA on a terminal; on anything else a plain
// line now and then (every 10 s), so CI logs show that a long run is alive.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace gwcli {

// A line on stderr that does not garble the progress bar (it is redrawn with the next document).
void notice(const std::string& line);

class Progress {
public:
    Progress(std::size_t total, bool enabled);
    void documentDone(const std::string& path, bool failed);
    void finish();

private:
    void draw(const std::string& path);
    std::size_t total_;
    std::size_t done_ = 0;
    std::size_t failed_ = 0;
    bool enabled_;
    bool terminal_;
    std::chrono::steady_clock::time_point started_;
    std::chrono::steady_clock::time_point lastLine_;
    std::chrono::steady_clock::time_point lastDraw_;
};

} // namespace gwcli
