#include "finding_record.hpp"

#include <limits>

namespace gw {
namespace {

constexpr char kVersion = 1;

class RecordReader {
public:
    explicit RecordReader(std::string_view bytes) : bytes_(bytes) {}

    bool atEnd() const { return pos_ == bytes_.size(); }

    bool number(std::uint64_t& value)
    {
        value = 0;
        for (unsigned shift = 0; shift < 64 && pos_ < bytes_.size(); shift += 7) {
            const auto byte = static_cast<unsigned char>(bytes_[pos_++]);
            value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
            if (!(byte & 0x80))
                return true;
        }
        return false;
    }

    bool integer(int& value)
    {
        std::uint64_t wide = 0;
        if (!number(wide) || wide > static_cast<std::uint64_t>(std::numeric_limits<int>::max()))
            return false;
        value = static_cast<int>(wide);
        return true;
    }

    bool text(std::string& value)
    {
        std::uint64_t length = 0;
        if (!number(length) || length > bytes_.size() - pos_)
            return false;
        value.assign(bytes_.data() + pos_, static_cast<std::size_t>(length));
        pos_ += static_cast<std::size_t>(length);
        return true;
    }

    bool version()
    {
        if (pos_ >= bytes_.size() || bytes_[pos_] != kVersion)
            return false;
        ++pos_;
        return true;
    }

private:
    std::string_view bytes_;
    std::size_t pos_ = 0;
};

bool readFinding(RecordReader& in, FindingRecord& finding)
{
    std::uint64_t edits = 0;
    if (!(in.text(finding.rule) && in.text(finding.slug) && in.text(finding.severity) && in.integer(finding.paragraph) &&
          in.integer(finding.start) && in.integer(finding.length) && in.text(finding.message) &&
          in.text(finding.fixKind) && in.text(finding.location) && in.text(finding.context) && in.text(finding.key) &&
          in.number(edits)))
        return false;
    for (std::uint64_t i = 0; i < edits; ++i) {
        TextEditRecord edit;
        if (!(in.integer(edit.paragraph) && in.integer(edit.start) && in.integer(edit.length) &&
              in.text(edit.replacement)))
            return false;
        finding.edits.push_back(std::move(edit));
    }
    return true;
}

} // namespace

RecordWriter::RecordWriter(std::size_t findings)
{
    bytes_.push_back(kVersion);
    number(findings);
}

void RecordWriter::number(std::uint64_t value)
{
    do {
        const auto low = static_cast<unsigned char>(value & 0x7F);
        value >>= 7;
        bytes_.push_back(static_cast<char>(value ? low | 0x80 : low));
    } while (value);
}

void RecordWriter::text(std::string_view value)
{
    number(value.size());
    bytes_.append(value);
}

void RecordWriter::beginFinding(std::string_view rule, std::string_view slug, std::string_view severity,
                                std::uint32_t paragraph, std::uint32_t start, std::uint32_t length,
                                std::string_view message, std::string_view fixKind, std::string_view location,
                                std::string_view context, std::string_view key, std::size_t editCount)
{
    text(rule);
    text(slug);
    text(severity);
    number(paragraph);
    number(start);
    number(length);
    text(message);
    text(fixKind);
    text(location);
    text(context);
    text(key);
    number(editCount);
}

void RecordWriter::edit(std::uint32_t paragraph, std::uint32_t start, std::uint32_t length, std::string_view replacement)
{
    number(paragraph);
    number(start);
    number(length);
    text(replacement);
}

bool readRecords(std::string_view bytes, std::vector<FindingRecord>& out)
{
    RecordReader in(bytes);
    std::uint64_t count = 0;
    // Each record takes at least 12 bytes (its twelve fields): a count beyond that is no answer
    // of ours, and no vector that size is made.
    if (!in.version() || !in.number(count) || count > bytes.size() / 12)
        return false;
    std::vector<FindingRecord> records(static_cast<std::size_t>(count));
    for (FindingRecord& finding : records)
        if (!readFinding(in, finding))
            return false;
    if (!in.atEnd())
        return false;
    out.insert(out.end(), std::make_move_iterator(records.begin()), std::make_move_iterator(records.end()));
    return true;
}

} // namespace gw
