// The corpus test: every plain-text document of a corpus folder against the findings verified by
// reading it, in EXPECTED_FOLDER/<file stem>.expected (format: tests/unit/expected_findings.hpp;
// warnings and errors exact, info only where a line names it).
//   gwcheck_corpus_test CORPUS_FOLDER EXPECTED_FOLDER
// Exit status: 0 every document agrees with its file; 1 a document differs, has no expected file,
// or an expected file has no document; 77 (ctest: skipped) the corpus folder is not there.
#include "expected_findings.hpp"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>

namespace fs = std::filesystem;

namespace {

std::set<std::string> stemsWithExtension(const fs::path& folder, const std::string& extension)
{
    std::set<std::string> stems;
    for (const auto& entry : fs::directory_iterator(folder))
        if (entry.is_regular_file() && entry.path().extension() == extension)
            stems.insert(entry.path().stem().string());
    return stems;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: gwcheck_corpus_test CORPUS_FOLDER EXPECTED_FOLDER\n";
        return 2;
    }
    const fs::path corpus = argv[1], expectedFolder = argv[2];
    if (!fs::is_directory(corpus)) {
        std::cout << "skipped: no corpus at " << corpus.string() << "\n";
        return 77;
    }
    const std::set<std::string> documents = stemsWithExtension(corpus, ".txt");
    const std::set<std::string> expectations =
        fs::is_directory(expectedFolder) ? stemsWithExtension(expectedFolder, ".expected") : std::set<std::string>{};
    int agree = 0, differ = 0, unverified = 0;
    for (const std::string& stem : documents) {
        if (!expectations.count(stem)) {
            std::cout << "FAIL " << stem << ": no expected file " << (expectedFolder / (stem + ".expected")).string() << "\n";
            ++unverified;
            continue;
        }
        try {
            const gw::test::ExpectedFindings expected =
                gw::test::readExpectedFindings((expectedFolder / (stem + ".expected")).string());
            const gw::Document document =
                gw::documentFromPlainText(gw::text::fromUtf8(gw::test::readFile((corpus / (stem + ".txt")).string())));
            const std::vector<std::string> problems = gw::test::compareFindings(
                expected, document, gw::check(document, gw::Config{}), gw::test::InfoFindings::OnlyWhereNamed);
            if (problems.empty()) {
                std::cout << "ok   " << stem << "\n";
                ++agree;
                continue;
            }
            std::cout << "FAIL " << stem << ":\n";
            for (const std::string& problem : problems)
                std::cout << "     " << problem << "\n";
        } catch (const std::exception& error) {
            std::cout << "FAIL " << stem << ": " << error.what() << "\n";
        }
        ++differ;
    }
    int orphans = 0;
    for (const std::string& stem : expectations) {
        if (!documents.count(stem)) {
            std::cout << "FAIL " << stem << ".expected: no document " << (corpus / (stem + ".txt")).string() << "\n";
            ++orphans;
        }
    }
    std::cout << documents.size() << " documents: " << agree << " agree with their expected findings, " << differ
              << " differ, " << unverified << " have no expected file; " << orphans << " expected files without a document\n";
    return differ + unverified + orphans == 0 ? 0 : 1;
}
