// org.gwcheck.DocumentChecker: the one service the CLI, the Writer UI and users' macros call.
// It runs inside soffice: reads the document through the adapter, runs the core, and applies
// the core's edits back in one undo step.
#include "adapter.hxx"
#include "annotations.hxx"
#include "document_cache.hxx"
#include "document_loader.hxx"
#include "main_thread.hxx"
#include "settings.hxx"
#include "strings.hxx"
#include "structure_json.hxx"

#include "catalogue.hpp"
#include "engine.hpp"
#include "finding_record.hpp"
#include "format.hpp"
#include "outline_edit.hpp"
#include "rule.hpp"
#include "structure.hpp"
#include "unicode.hpp"

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase3.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <org/gwcheck/Finding.hpp>
#include <org/gwcheck/FixResult.hpp>
#include <org/gwcheck/TextEdit.hpp>
#include <org/gwcheck/XDocumentChecker3.hpp>
#include <org/gwcheck/XDocumentStructure.hpp>

#include <algorithm>
#include <mutex>
#include <optional>
#include <set>
#include <variant>

namespace gwcheck::uno {
namespace {

using css::uno::Reference;
using css::uno::Sequence;

constexpr char kImplementationName[] = "org.gwcheck.comp.DocumentChecker";
constexpr char kServiceName[] = "org.gwcheck.DocumentChecker";
constexpr std::size_t kContextChars = 40;

const char* fixKindCode(gw::FixKind kind)
{
    switch (kind) {
    case gw::FixKind::Safe: return "A";
    case gw::FixKind::Confirm: return "C";
    case gw::FixKind::None: break;
    }
    return "";
}

bool isLowSurrogate(char16_t c) { return c >= 0xDC00 && c < 0xE000; }

// The paragraph's text around a finding, cut at code point boundaries.
std::u16string_view contextOf(std::u16string_view text, const gw::Finding& finding)
{
    std::size_t from = finding.start > kContextChars ? finding.start - kContextChars : 0;
    std::size_t to = std::min(text.size(), std::size_t(finding.start) + finding.length + kContextChars);
    if (from > 0 && from < text.size() && isLowSurrogate(text[from]))
        --from;
    if (to < text.size() && isLowSurrogate(text[to]))
        ++to;
    return text.substr(std::min(from, text.size()), to - std::min(from, text.size()));
}

// The fix's edits for reports that show fixes as text (SARIF): only a fix made of text edits
// alone has that form; one that also sets formatting or removes paragraphs gets none.
std::vector<const gw::ReplaceText*> textEditsOnly(const gw::Finding& finding)
{
    std::vector<const gw::ReplaceText*> out;
    if (!finding.fixable())
        return out;
    for (const gw::Edit& edit : finding.fix.edits) {
        const auto* replace = std::get_if<gw::ReplaceText>(&edit);
        if (!replace)
            return {};
        out.push_back(replace);
    }
    return out;
}

Sequence<org::gwcheck::TextEdit> textEditsOf(const gw::Finding& finding)
{
    const std::vector<const gw::ReplaceText*> edits = textEditsOnly(finding);
    Sequence<org::gwcheck::TextEdit> out(static_cast<sal_Int32>(edits.size()));
    org::gwcheck::TextEdit* target = out.getArray();
    for (const gw::ReplaceText* replace : edits) {
        target->Paragraph = static_cast<sal_Int32>(replace->paragraph);
        target->Start = static_cast<sal_Int32>(replace->start);
        target->Length = static_cast<sal_Int32>(replace->length);
        target->Replacement = ou(replace->replacement);
        ++target;
    }
    return out;
}

// What a caller asked for through the options.
struct Request {
    gw::Config config;
    std::string language;           // "zh-CN" or "en-US"
    std::vector<std::string> rules; // fix(): only these rule codes or slugs; empty = all
};

Sequence<rtl::OUString> stringSequence(const std::vector<std::string>& strings)
{
    Sequence<rtl::OUString> out(static_cast<sal_Int32>(strings.size()));
    for (std::size_t i = 0; i < strings.size(); ++i)
        out[static_cast<sal_Int32>(i)] = ou(strings[i]);
    return out;
}

class DocumentChecker : public cppu::WeakImplHelper3<org::gwcheck::XDocumentChecker3, org::gwcheck::XDocumentStructure,
                                                      css::lang::XServiceInfo> {
public:
    explicit DocumentChecker(const Reference<css::uno::XComponentContext>& context) : context_(context), loader_(context)
    {
    }

    Sequence<org::gwcheck::Finding> SAL_CALL check(const Reference<css::lang::XComponent>& document,
                                                   const Sequence<css::beans::PropertyValue>& options) override
    {
        return guardedOnMainThread([&] {
            const Request request = parseRequest(options);
            // Always a fresh read; kept for the calls that follow a check (locate, fixFindings).
            const auto checked = checkedDocument(document, request.config, Reuse::No, context_);
            const gw::Document& model = checked->writer.model();
            const gw::CheckResult& result = checked->result;
            const std::vector<gw::Finding>& findings = result.findings;
            const gw::Structure& structure = result.structure;

            Sequence<org::gwcheck::Finding> out(static_cast<sal_Int32>(findings.size()));
            org::gwcheck::Finding* target = out.getArray();
            for (const gw::Finding& finding : findings) {
                const std::u16string_view text = model.paragraphs[finding.paragraph].text;
                target->Rule = ou(finding.rule->code);
                target->Slug = ou(finding.rule->slug);
                target->Severity = ou(gw::severityName(finding.severity));
                target->Paragraph = static_cast<sal_Int32>(finding.paragraph);
                target->Start = static_cast<sal_Int32>(finding.start);
                target->Length = static_cast<sal_Int32>(finding.length);
                target->Message = ou(finding.message(request.language));
                target->FixKind = rtl::OUString::createFromAscii(finding.fixable() ? fixKindCode(finding.fix.kind) : "");
                target->Location = ou(structure.path(model, finding.paragraph));
                target->Context = ou(contextOf(text, finding));
                target->Key = ou(finding.key);
                target->Edits = textEditsOf(finding);
                ++target;
            }
            return out;
        });
    }

    sal_Int32 SAL_CALL fix(const Reference<css::lang::XComponent>& document, const Sequence<rtl::OUString>& keys,
                           const Sequence<css::beans::PropertyValue>& options) override
    {
        return guardedOnMainThread([&] { return applyFixes(document, keys, parseRequest(options)).Edits; });
    }

    void SAL_CALL ignore(const Reference<css::lang::XComponent>& document, const Sequence<rtl::OUString>& keys) override
    {
        guardedOnMainThread([&] {
            WriterDocument writer(document);
            writer.addIgnoredFindings(std::vector<rtl::OUString>(keys.begin(), keys.end()));
            forgetCheckedDocument(document);
            return 0;
        });
    }

    rtl::OUString SAL_CALL getRules() override
    {
        return guarded([&] { return ou(gw::ruleCatalogue().dump()); });
    }

    // ---- XDocumentChecker2: fix saying what was fixed, locate, annotate -------------------

    org::gwcheck::FixResult SAL_CALL fixFindings(const Reference<css::lang::XComponent>& document,
                                                 const Sequence<rtl::OUString>& keys,
                                                 const Sequence<css::beans::PropertyValue>& options) override
    {
        return guardedOnMainThread([&] { return applyFixes(document, keys, parseRequest(options)); });
    }

    Reference<css::uno::XInterface> SAL_CALL locate(const Reference<css::lang::XComponent>& document,
                                                    const rtl::OUString& key,
                                                    const Sequence<css::beans::PropertyValue>& options) override
    {
        return guardedOnMainThread([&] {
            const Request request = parseRequest(options);
            const auto checked = checkedDocument(document, request.config, Reuse::IfUnchanged, context_);
            const gw::Finding* finding = checked->find(utf8(key));
            if (!finding)
                return Reference<css::uno::XInterface>();
            return Reference<css::uno::XInterface>(
                checked->writer.range(finding->paragraph, finding->start, finding->length), css::uno::UNO_QUERY);
        });
    }

    sal_Int32 SAL_CALL annotate(const Reference<css::lang::XComponent>& document, const Sequence<rtl::OUString>& keys,
                                const Sequence<css::beans::PropertyValue>& options) override
    {
        return guardedOnMainThread([&] {
            const Request request = parseRequest(options);
            const auto checked = checkedDocument(document, request.config, Reuse::IfUnchanged, context_);
            const std::set<std::string> wantedKeys = keySet(keys);
            std::vector<const gw::Finding*> wanted;
            for (const gw::Finding& finding : checked->result.findings)
                if (wantedKeys.empty() || wantedKeys.count(finding.key))
                    wanted.push_back(&finding);
            if (wanted.empty())
                return 0;
            const bool english = request.language == "en-US";
            const UndoStep step(checked->writer.textDocument(), english ? rtl::OUString("gwcheck: insert comments")
                                                                        : ou(std::string_view("公文检查：插入批注")));
            const int inserted = insertAnnotations(checked->writer, wanted, request.language);
            forgetCheckedDocument(document);
            return inserted;
        });
    }

    // 公文排版 (format the whole document): the core plans the layout fixes; applied in one undo step.
    Sequence<css::beans::PropertyValue> SAL_CALL format(const Reference<css::lang::XComponent>& document,
                                                        const Sequence<css::beans::PropertyValue>& options) override
    {
        return guardedOnMainThread([&] {
            bool dryRun = false;
            std::vector<css::beans::PropertyValue> checkOptions;
            for (const css::beans::PropertyValue& option : options) {
                if (option.Name != "DryRun")
                    checkOptions.push_back(option);
                else if (!(option.Value >>= dryRun))
                    throw css::lang::IllegalArgumentException("gwcheck: option DryRun must be a boolean", getXWeak(), 1);
            }
            const Request request =
                parseRequest(Sequence<css::beans::PropertyValue>(checkOptions.data(), static_cast<sal_Int32>(checkOptions.size())));
            // The preview (DryRun) and the format after it read the document once.
            const auto checked = checkedDocument(document, request.config, Reuse::IfUnchanged, context_);
            gw::Document planned = checked->writer.model();
            gw::FormatPlan plan = gw::planFormat(planned, request.config);
            if (!dryRun && !plan.passes.empty()) {
                WriterDocument writer = checked->writer; // a copy: applying edits updates its paragraph map
                // Outside the undo step: Writer cannot undo them. The counts stay those of the whole plan.
                writer.applyPageStyleEdits(plan.passes);
                const UndoStep step(writer.textDocument(), request.language == "en-US"
                                                               ? rtl::OUString("gwcheck: format document")
                                                               : ou(std::string_view("公文检查：公文排版")));
                for (const auto& pass : plan.passes)
                    for (const gw::KeyedEdit& keyed : pass)
                        writer.apply(std::vector<gw::Edit>{keyed.edit});
                forgetCheckedDocument(document);
            }
            Sequence<css::beans::PropertyValue> summary(static_cast<sal_Int32>(plan.counts.size() + 1));
            css::beans::PropertyValue* target = summary.getArray();
            for (const auto& [kind, count] : plan.counts) {
                target->Name = ou(std::string_view(kind));
                target->Value <<= static_cast<sal_Int32>(count);
                ++target;
            }
            target->Name = "edits";
            target->Value <<= static_cast<sal_Int32>(plan.edits());
            return summary;
        });
    }

    Sequence<css::beans::PropertyValue> SAL_CALL checkSummary(const Reference<css::lang::XComponent>& document,
                                                              const Sequence<css::beans::PropertyValue>& options) override
    {
        return guardedOnMainThread([&] {
            const Request request = parseRequest(options);
            const auto checked = checkedDocument(document, request.config, Reuse::No, context_);
            sal_Int32 bySeverity[3] = {0, 0, 0};
            for (const gw::Finding& finding : checked->result.findings)
                ++bySeverity[static_cast<int>(finding.severity)];
            auto value = [](const char* name, const css::uno::Any& value) {
                return css::beans::PropertyValue(rtl::OUString::createFromAscii(name), 0, value,
                                                 css::beans::PropertyState_DIRECT_VALUE);
            };
            const std::vector<css::beans::PropertyValue> summary{
                value("Paragraphs", css::uno::Any(static_cast<sal_Int32>(checked->writer.model().paragraphs.size()))),
                value("Findings", css::uno::Any(static_cast<sal_Int32>(checked->result.findings.size()))),
                value("Errors", css::uno::Any(bySeverity[static_cast<int>(gw::Severity::Error)])),
                value("Warnings", css::uno::Any(bySeverity[static_cast<int>(gw::Severity::Warning)])),
                value("Info", css::uno::Any(bySeverity[static_cast<int>(gw::Severity::Info)])),
                value("ReadSeconds", css::uno::Any(checked->readSeconds)),
                value("RulesSeconds", css::uno::Any(checked->rulesSeconds)),
            };
            return Sequence<css::beans::PropertyValue>(summary.data(), static_cast<sal_Int32>(summary.size()));
        });
    }

    // ---- XDocumentChecker3: opening files and compact findings, for batch checkers ----

    org::gwcheck::OpenedDocument SAL_CALL openFile(const rtl::OUString& url,
                                                   const Sequence<css::beans::PropertyValue>& options) override
    {
        // On the caller's thread, as a client's own load would run: the import takes the
        // solar mutex itself.
        return guarded([&] {
            FileOpening how;
            rtl::OUString path;
            for (const css::beans::PropertyValue& option : options) {
                if (option.Name == "ReadOnly")
                    option.Value >>= how.readOnly;
                else if (option.Name == "LoadPath")
                    option.Value >>= path;
                else if (option.Name == "FilterName")
                    option.Value >>= how.filterName;
                else if (option.Name == "FilterOptions")
                    option.Value >>= how.filterOptions;
            }
            how.path = path == "framed"      ? FileOpening::Path::Framed
                       : path == "frameless" ? FileOpening::Path::Frameless
                                             : FileOpening::Path::Auto;
            std::lock_guard<std::mutex> lock(loaderMutex_);
            return loader_.open(url, how);
        });
    }

    Sequence<sal_Int8> SAL_CALL checkRecords(const Reference<css::lang::XComponent>& document,
                                             const Sequence<css::beans::PropertyValue>& options) override
    {
        return guardedOnMainThread([&] {
            const Request request = parseRequest(options);
            const auto checked = checkedDocument(document, request.config, Reuse::No, context_);
            const gw::Document& model = checked->writer.model();
            const gw::Structure& structure = checked->result.structure;
            gw::RecordWriter records(checked->result.findings.size());
            // Findings come paragraph by paragraph: the heading path is made once for each.
            std::uint32_t locationOf = UINT32_MAX;
            std::string location;
            for (const gw::Finding& finding : checked->result.findings) {
                if (finding.paragraph != locationOf) {
                    location = structure.path(model, finding.paragraph);
                    locationOf = finding.paragraph;
                }
                const std::vector<const gw::ReplaceText*> edits = textEditsOnly(finding);
                records.beginFinding(finding.rule->code, finding.rule->slug, gw::severityName(finding.severity),
                                     finding.paragraph, finding.start, finding.length, finding.message(request.language),
                                     finding.fixable() ? fixKindCode(finding.fix.kind) : "", location,
                                     gw::text::toUtf8(contextOf(model.paragraphs[finding.paragraph].text, finding)),
                                     finding.key, edits.size());
                for (const gw::ReplaceText* edit : edits)
                    records.edit(edit->paragraph, edit->start, edit->length, gw::text::toUtf8(edit->replacement));
            }
            const std::string& bytes = records.bytes();
            return Sequence<sal_Int8>(reinterpret_cast<const sal_Int8*>(bytes.data()),
                                      static_cast<sal_Int32>(bytes.size()));
        });
    }

    // ---- XDocumentStructure: the elements and the heading tree, for the structure view ----

    rtl::OUString SAL_CALL getStructure(const Reference<css::lang::XComponent>& document,
                                        const Sequence<css::beans::PropertyValue>& options) override
    {
        return guardedOnMainThread([&] {
            const Request request = parseRequest(options);
            const auto checked = checkedDocument(document, request.config, Reuse::IfUnchanged, context_);
            return ou(structureJson(checked->writer.model(), checked->result.structure, checked->result.findings));
        });
    }

    Reference<css::uno::XInterface> SAL_CALL locateParagraph(const Reference<css::lang::XComponent>& document,
                                                             sal_Int32 paragraph,
                                                             const Sequence<css::beans::PropertyValue>& options) override
    {
        return guardedOnMainThread([&] {
            const Request request = parseRequest(options);
            const auto checked = checkedDocument(document, request.config, Reuse::IfUnchanged, context_);
            const std::vector<gw::Paragraph>& paragraphs = checked->writer.model().paragraphs;
            if (paragraph < 0 || static_cast<std::size_t>(paragraph) >= paragraphs.size())
                return Reference<css::uno::XInterface>();
            const auto index = static_cast<std::uint32_t>(paragraph);
            return Reference<css::uno::XInterface>(
                checked->writer.range(index, 0, static_cast<std::uint32_t>(paragraphs[index].text.size())),
                css::uno::UNO_QUERY);
        });
    }

    sal_Int32 SAL_CALL renumberSiblings(const Reference<css::lang::XComponent>& document, sal_Int32 paragraph,
                                        const Sequence<css::beans::PropertyValue>& options) override
    {
        return guardedOnMainThread([&] {
            const Request request = parseRequest(options);
            const auto checked = checkedDocument(document, request.config, Reuse::IfUnchanged, context_);
            const gw::Structure& structure = checked->result.structure;
            const bool exists = paragraph >= 0 && static_cast<std::size_t>(paragraph) < checked->writer.model().paragraphs.size();
            const gw::Heading* heading = exists ? structure.headingAt(static_cast<std::uint32_t>(paragraph)) : nullptr;
            if (!heading || heading->run < 0)
                return 0;
            const std::vector<gw::Edit> edits = gw::renumberRun(
                checked->writer.model(), structure, structure.siblingRuns()[static_cast<std::size_t>(heading->run)]);
            if (edits.empty())
                return 0;
            WriterDocument writer = checked->writer; // a copy: applying edits updates its paragraph map
            const UndoStep step(writer.textDocument(), request.language == "en-US"
                                                           ? rtl::OUString("gwcheck: renumber")
                                                           : ou(std::string_view("公文检查：重新编号")));
            const int applied = writer.apply(edits);
            forgetCheckedDocument(document);
            return applied;
        });
    }

    sal_Int32 SAL_CALL moveHeading(const Reference<css::lang::XComponent>& document, sal_Int32 paragraph, sal_Int32 levels,
                                   const Sequence<css::beans::PropertyValue>& options) override
    {
        return guardedOnMainThread([&] {
            const Request request = parseRequest(options);
            const auto checked = checkedDocument(document, request.config, Reuse::IfUnchanged, context_);
            const gw::HeadingMovePlan plan = planMove(*checked, request, paragraph, levels);
            if (plan.refused() || plan.passes.empty())
                return 0;
            WriterDocument writer = checked->writer; // a copy: applying edits updates its paragraph map
            const bool english = request.language == "en-US";
            const UndoStep step(writer.textDocument(),
                                levels < 0 ? (english ? rtl::OUString("gwcheck: promote heading")
                                                      : ou(std::string_view("公文检查：标题升一级")))
                                           : (english ? rtl::OUString("gwcheck: demote heading")
                                                      : ou(std::string_view("公文检查：标题降一级"))));
            int applied = 0;
            for (const std::vector<gw::Edit>& pass : plan.passes)
                applied += writer.apply(pass);
            forgetCheckedDocument(document);
            return applied;
        });
    }

    rtl::OUString SAL_CALL headingMoveRefusal(const Reference<css::lang::XComponent>& document, sal_Int32 paragraph,
                                              sal_Int32 levels, const Sequence<css::beans::PropertyValue>& options) override
    {
        return guardedOnMainThread([&] {
            const Request request = parseRequest(options);
            const auto checked = checkedDocument(document, request.config, Reuse::IfUnchanged, context_);
            const gw::MoveRefusal refusal = refusalOf(*checked, paragraph, levels);
            return ou(request.language == "en-US" ? gw::refusalMessageEn(refusal) : gw::refusalMessageZh(refusal));
        });
    }

    rtl::OUString SAL_CALL getImplementationName() override { return kImplementationName; }
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override { return cppu::supportsService(this, name); }
    Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override
    {
        Sequence<rtl::OUString> names(1);
        names[0] = kServiceName;
        return names;
    }

private:
    // UNO exceptions pass through; the core's configuration errors become IllegalArgument, and
    // anything else a RuntimeException naming it, so no C++ exception crosses the bridge.
    template <typename Body>
    auto guarded(Body&& body) -> decltype(body())
    {
        try {
            return body();
        } catch (const css::uno::Exception&) {
            throw;
        } catch (const gw::ConfigError& error) {
            throw css::lang::IllegalArgumentException(ou(std::string_view(error.what())), getXWeak(), 1);
        } catch (const std::exception& error) {
            throw css::uno::RuntimeException("gwcheck: " + ou(std::string_view(error.what())), getXWeak());
        }
    }

    // The same for work on a document: run on soffice's main thread (main_thread.hxx says why).
    template <typename Body>
    auto guardedOnMainThread(Body&& body) -> decltype(body())
    {
        return guarded([&] {
            std::optional<decltype(body())> result;
            runOnMainThread(context_, [&] { result.emplace(body()); });
            return std::move(*result);
        });
    }

    static std::set<std::string> keySet(const Sequence<rtl::OUString>& keys)
    {
        std::set<std::string> out;
        for (const rtl::OUString& key : keys)
            out.insert(utf8(key));
        return out;
    }

    // fix() and fixFindings(): with no keys, the safe fixes pass after pass; otherwise the
    // fixes of these findings. Each edit is applied on its own, so that a finding counts as
    // fixed only when Writer made every edit of its fix.
    org::gwcheck::FixResult applyFixes(const Reference<css::lang::XComponent>& document,
                                       const Sequence<rtl::OUString>& keys, const Request& request)
    {
        const auto checked = checkedDocument(document, request.config, Reuse::IfUnchanged, context_);
        auto ruleWanted = [&](const gw::Finding& finding) {
            return request.rules.empty() ||
                   std::any_of(request.rules.begin(), request.rules.end(), [&](const std::string& rule) {
                       return rule == finding.rule->code || rule == finding.rule->slug;
                   });
        };
        std::vector<std::vector<gw::KeyedEdit>> passes;
        if (keys.getLength() == 0) {
            // The core plans every pass on its own copy of the model, applying each pass
            // exactly as Writer will; so Writer need not be read again between passes.
            gw::Document planned = checked->writer.model();
            passes = gw::planKeyedFixes(planned, request.config, [&](const gw::Finding& finding) {
                return gw::isSafeFix(finding) && ruleWanted(finding);
            });
        } else {
            const std::set<std::string> wantedKeys = keySet(keys);
            passes.push_back(gw::nonOverlappingKeyedEdits(checked->result.findings, [&](const gw::Finding& finding) {
                return wantedKeys.count(finding.key) && ruleWanted(finding);
            }));
            if (passes.back().empty())
                passes.clear();
        }
        org::gwcheck::FixResult result;
        result.Edits = 0;
        if (passes.empty())
            return result;

        WriterDocument writer = checked->writer; // a copy: applying edits updates its paragraph map
        std::vector<std::string> fixed;
        // Before the undo step: Writer cannot undo a page style change (adapter.hxx).
        for (const gw::KeyedEdit& keyed : writer.applyPageStyleEdits(passes)) {
            ++result.Edits;
            if (std::find(fixed.begin(), fixed.end(), keyed.key) == fixed.end())
                fixed.push_back(keyed.key);
        }
        const bool english = request.language == "en-US";
        const bool all = keys.getLength() == 0;
        const UndoStep step(writer.textDocument(),
                            all ? (english ? rtl::OUString("gwcheck: fix all") : ou(std::string_view("公文检查：全部修复")))
                                : (english ? rtl::OUString("gwcheck: fix") : ou(std::string_view("公文检查：修复"))));
        for (const std::vector<gw::KeyedEdit>& pass : passes) {
            std::set<std::string> failed;
            for (const gw::KeyedEdit& keyed : pass) {
                if (writer.apply(std::vector<gw::Edit>{keyed.edit}) == 1)
                    ++result.Edits;
                else
                    failed.insert(keyed.key);
            }
            // Edits come last place first: backwards, the keys come in document order.
            for (auto keyed = pass.rbegin(); keyed != pass.rend(); ++keyed)
                if (!failed.count(keyed->key) && std::find(fixed.begin(), fixed.end(), keyed->key) == fixed.end())
                    fixed.push_back(keyed->key);
        }
        forgetCheckedDocument(document);
        result.Keys = stringSequence(fixed);
        return result;
    }

    // moveHeading and headingMoveRefusal work on the kept check; a paragraph out of range holds
    // no heading. The refusal alone costs no plan (the context menu asks it for every node).
    gw::HeadingMove headingMoveOf(sal_Int32 levels)
    {
        if (levels != -1 && levels != 1)
            throw css::lang::IllegalArgumentException("gwcheck: Levels must be -1 (promote) or 1 (demote)", getXWeak(), 2);
        return levels < 0 ? gw::HeadingMove::Promote : gw::HeadingMove::Demote;
    }

    static bool holdsParagraph(const CheckedDocument& checked, sal_Int32 paragraph)
    {
        return paragraph >= 0 && static_cast<std::size_t>(paragraph) < checked.writer.model().paragraphs.size();
    }

    gw::MoveRefusal refusalOf(const CheckedDocument& checked, sal_Int32 paragraph, sal_Int32 levels)
    {
        const gw::HeadingMove move = headingMoveOf(levels);
        if (!holdsParagraph(checked, paragraph))
            return gw::MoveRefusal::NotAHeading;
        return gw::headingMoveRefusal(checked.result.structure, static_cast<std::uint32_t>(paragraph), move);
    }

    gw::HeadingMovePlan planMove(const CheckedDocument& checked, const Request& request, sal_Int32 paragraph, sal_Int32 levels)
    {
        const gw::HeadingMove move = headingMoveOf(levels);
        if (!holdsParagraph(checked, paragraph))
            return gw::HeadingMovePlan{gw::MoveRefusal::NotAHeading, {}};
        return gw::planHeadingMove(checked.writer.model(), checked.result, request.config,
                                   static_cast<std::uint32_t>(paragraph), move);
    }

    Reference<css::uno::XInterface> getXWeak() { return static_cast<cppu::OWeakObject*>(this); }

    // A sequence of strings as Basic and Python pass it: typed, as a sequence of any, or one string.
    std::vector<rtl::OUString> stringsOf(const css::uno::Any& value, const char* option)
    {
        Sequence<rtl::OUString> strings;
        if (value >>= strings)
            return std::vector<rtl::OUString>(strings.begin(), strings.end());
        rtl::OUString single;
        if (value >>= single)
            return {single};
        Sequence<css::uno::Any> anys;
        std::vector<rtl::OUString> out;
        if (value >>= anys) {
            for (const css::uno::Any& any : anys) {
                if (!(any >>= single))
                    break;
                out.push_back(single);
            }
            if (out.size() == static_cast<std::size_t>(anys.getLength()))
                return out;
        }
        throw css::lang::IllegalArgumentException(
            "gwcheck: option " + rtl::OUString::createFromAscii(option) + " must be a sequence of strings", getXWeak(), 1);
    }

    Request parseRequest(const Sequence<css::beans::PropertyValue>& options)
    {
        Request request;
        bool haveConfig = false;
        for (const css::beans::PropertyValue& option : options) {
            if (option.Name == "Language") {
                rtl::OUString language;
                if (!(option.Value >>= language))
                    throw css::lang::IllegalArgumentException("gwcheck: option Language must be a string", getXWeak(), 1);
                request.language = messageLanguage(language);
            } else if (option.Name == "Config") {
                rtl::OUString json;
                if (!(option.Value >>= json))
                    throw css::lang::IllegalArgumentException("gwcheck: option Config must be a JSON string", getXWeak(), 1);
                request.config = gw::parseConfig(utf8(json));
                haveConfig = true;
            } else if (option.Name == "Rules") {
                for (const rtl::OUString& rule : stringsOf(option.Value, "Rules")) {
                    if (!gw::findRule(utf8(rule)))
                        throw css::lang::IllegalArgumentException("gwcheck: unknown rule \"" + rule + "\" in option Rules",
                                                                  getXWeak(), 1);
                    request.rules.push_back(utf8(rule));
                }
            } else {
                throw css::lang::IllegalArgumentException("gwcheck: unknown option \"" + option.Name + "\"", getXWeak(), 1);
            }
        }
        if (request.language.empty())
            request.language = messageLanguage(uiLocale(context_));
        if (!haveConfig)
            request.config = readSettings(context_).config;
        return request;
    }

    Reference<css::uno::XComponentContext> context_;
    std::mutex loaderMutex_;
    DocumentLoader loader_;
};

} // namespace
} // namespace gwcheck::uno

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_gwcheck_DocumentChecker_get_implementation(css::uno::XComponentContext* context,
                                               const css::uno::Sequence<css::uno::Any>&)
{
    return cppu::acquire(new gwcheck::uno::DocumentChecker(context));
}
