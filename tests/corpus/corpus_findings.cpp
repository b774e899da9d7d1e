// Prints the findings the core gives on plain-text documents, without LibreOffice: one line per
// finding (file:paragraph:column: severity [rule] message «flagged text») and, with --summary,
// the count per rule and severity over all files, or with --roles the role the recognizer gives
// each paragraph. For reading findings on a corpus and for the before/after figures of the
// README; the corpus tests assert the verified findings.
//   build/tests/corpus/gwcheck_corpus_findings [--summary|--roles] [--all] FILE|FOLDER...
// Without --all only warnings and errors are printed.
#include "engine.hpp"
#include "unicode.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const char* roleName(gw::Role role)
{
    switch (role) {
    case gw::Role::Blank: return "blank";
    case gw::Role::Title: return "title";
    case gw::Role::Heading: return "heading";
    case gw::Role::ListItem: return "list-item";
    case gw::Role::Field: return "field";
    case gw::Role::PartLabel: return "part-label";
    case gw::Role::MarkerFragment: return "marker-fragment";
    case gw::Role::Residue: return "residue";
    case gw::Role::Byline: return "byline";
    case gw::Role::NameList: return "name-list";
    case gw::Role::Imprint: return "imprint";
    case gw::Role::Body: return "body";
    }
    return "?";
}

void printRoles(const fs::path& file, const gw::Document& document)
{
    const gw::Structure structure = gw::Structure::build(document, gw::Config{});
    for (std::uint32_t index = 0; index < document.paragraphs.size(); ++index) {
        const gw::ParagraphRole& role = structure.role(index);
        if (role.role == gw::Role::Blank)
            continue;
        std::string shown = gw::text::toUtf8(std::u16string_view(document.paragraphs[index].text).substr(0, 30));
        std::cout << file.filename().string() << ":" << index << ": " << roleName(role.role);
        if (const gw::Heading* heading = structure.headingAt(index))
            std::cout << " L" << heading->level() << " #" << heading->siblingIndex << (heading->clause ? " clause" : "")
                      << " part" << heading->part;
        std::cout << (role.confident ? "" : " (weak)") << "  " << shown << "\n";
    }
}

std::vector<fs::path> textFiles(const std::vector<std::string>& arguments)
{
    std::vector<fs::path> files;
    for (const std::string& argument : arguments) {
        if (fs::is_directory(argument)) {
            for (const auto& entry : fs::recursive_directory_iterator(argument))
                if (entry.is_regular_file() && entry.path().extension() == ".txt")
                    files.push_back(entry.path());
        } else {
            files.emplace_back(argument);
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    bool summary = false, all = false, roles = false;
    std::vector<std::string> arguments;
    for (int i = 1; i < argc; ++i) {
        const std::string argument = argv[i];
        if (argument == "--summary")
            summary = true;
        else if (argument == "--roles")
            roles = true;
        else if (argument == "--all")
            all = true;
        else
            arguments.push_back(argument);
    }
    if (arguments.empty()) {
        std::cerr << "usage: gwcheck_corpus_findings [--summary|--roles] [--all] FILE|FOLDER...\n";
        return 2;
    }
    std::map<std::string, std::map<std::string, int>> counts; // rule → severity → count
    std::size_t documents = 0, printed = 0;
    for (const fs::path& file : textFiles(arguments)) {
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            std::cerr << file.string() << ": cannot read\n";
            continue;
        }
        std::ostringstream bytes;
        bytes << in.rdbuf();
        const gw::Document document = gw::documentFromPlainText(gw::text::fromUtf8(bytes.str()));
        ++documents;
        if (roles) {
            printRoles(file, document);
            continue;
        }
        for (const gw::Finding& finding : gw::check(document, gw::Config{})) {
            const std::string severity(gw::severityName(finding.severity));
            ++counts[std::string(finding.rule->code)][severity];
            if (!all && finding.severity == gw::Severity::Info)
                continue;
            const std::u16string_view text = document.paragraphs[finding.paragraph].text;
            const std::string flagged = gw::text::toUtf8(text.substr(std::min<std::size_t>(finding.start, text.size()), finding.length));
            if (!summary) {
                std::cout << file.string() << ":" << finding.paragraph << ":" << finding.start + 1 << ": " << severity << " ["
                          << finding.rule->code << "] " << finding.messageZh << " «" << flagged << "»\n";
                ++printed;
            }
        }
    }
    if (summary) {
        int errors = 0, warnings = 0, infos = 0;
        for (const auto& [rule, bySeverity] : counts) {
            std::cout << rule;
            for (const auto& [severity, count] : bySeverity) {
                std::cout << " " << severity << "=" << count;
                (severity == "error" ? errors : severity == "warning" ? warnings : infos) += count;
            }
            std::cout << "\n";
        }
        std::cout << documents << " documents: " << errors << " errors, " << warnings << " warnings, " << infos << " info\n";
    }
    return 0;
}
