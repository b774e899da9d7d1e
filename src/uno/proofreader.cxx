// org.gwcheck.comp.Proofreader: gwcheck's findings as Writer's grammar checking (wavy underlines,
// the context menu's suggestions, Tools › Spelling and Grammar). LibreOffice's proofreading
// iterator calls doProofreading for each paragraph on a thread of its own.
//
// doProofreading never reads the document: it looks the paragraph's text up in the last
// document-level check (gw::CheckedDocument), or runs the paragraph-local rules on a paragraph
// edited since. A background thread ("the refresher") keeps those checks current: it reads an
// open document again once it has been quiet for a moment after a change, checks it, and asks
// Writer to proofread again (LinguServiceEventFlags::PROOFREAD_AGAIN) when a paragraph's findings
// are now other than what was shown for it. It has the document read on the main thread (a
// document closed meanwhile cannot be torn down under the reader) and checks it on its own.
#include "adapter.hxx"
#include "main_thread.hxx"
#include "settings.hxx"
#include "strings.hxx"

#include "live_check.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/configuration/theDefaultProvider.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/frame/XDesktop.hpp>
#include <com/sun/star/frame/XTerminateListener.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/lang/XServiceDisplayName.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/linguistic2/LinguServiceEvent.hpp>
#include <com/sun/star/linguistic2/LinguServiceEventFlags.hpp>
#include <com/sun/star/linguistic2/ProofreadingResult.hpp>
#include <com/sun/star/linguistic2/SingleProofreadingError.hpp>
#include <com/sun/star/linguistic2/XLinguServiceEventBroadcaster.hpp>
#include <com/sun/star/linguistic2/XLinguServiceEventListener.hpp>
#include <com/sun/star/linguistic2/XProofreader.hpp>
#include <com/sun/star/text/TextMarkupType.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <com/sun/star/util/XChangesListener.hpp>
#include <com/sun/star/util/XChangesNotifier.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/implbase4.hxx>
#include <cppuhelper/supportsservice.hxx>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <variant>

namespace gwcheck::uno {
namespace {

using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY;
using css::uno::UNO_QUERY_THROW;
using Clock = std::chrono::steady_clock;

constexpr char kImplementationName[] = "org.gwcheck.comp.Proofreader";
constexpr char kServiceName[] = "com.sun.star.linguistic2.Proofreader";

// A document is read again once no change has come for this long: one read per pause in typing,
// not one per keystroke.
constexpr auto kQuiet = std::chrono::milliseconds(1000);
// How long the refresher waits for the main thread to read a document; a main thread that does
// not take it (soffice going down) leaves that refresh out.
constexpr auto kMainThreadPatience = std::chrono::milliseconds(10000);

// Writer asks about a paragraph in the language of its first character. In a Chinese document
// that is zh-CN (the Asian language) for a paragraph that starts with a Han character or Chinese
// punctuation, but the Western language, en-US in documents from Writer, Word and WPS alike, for
// one that starts with a digit or a Latin letter: "1.加强管理", "2024年工作", "5G基站建设". Those
// are asked about in en-US, and answered when their document is a Chinese one (see
// LiveChecker::answer); an English document gets nothing.
bool isChinese(const css::lang::Locale& locale) { return locale.Language == "zh" && locale.Country == "CN"; }
bool isWestern(const css::lang::Locale& locale) { return locale.Language == "en" && locale.Country == "US"; }
bool isSupported(const css::lang::Locale& locale) { return isChinese(locale) || isWestern(locale); }

// What was shown for a paragraph: the rule and place of each finding.
using Signature = std::vector<std::tuple<std::string_view, std::uint32_t, std::uint32_t>>;

Signature signatureOf(const std::vector<gw::Finding>& findings)
{
    Signature out;
    for (const gw::Finding& finding : findings)
        out.emplace_back(finding.rule->code, finding.start, finding.length);
    return out;
}

// The findings worth an underline: errors and warnings about the text. Info findings, and the
// heading's font, size and outline level (properties of the text that no suggestion can change,
// which would underline whole headings of a draft not yet formatted), are for the findings panel.
std::vector<gw::Finding> underlined(std::vector<gw::Finding> findings)
{
    static const std::set<std::string_view> kFormatRules = {"HF-01", "HF-02", "HF-03"};
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [](const gw::Finding& finding) {
                                      return finding.severity == gw::Severity::Info ||
                                             kFormatRules.count(finding.rule->code) != 0;
                                  }),
                   findings.end());
    return findings;
}

// The error's range and the text that replaces it: the finding's range, widened to the text its
// fix replaces, with the fix applied. Only a fix made of text replacements in the finding's own
// paragraph has such a form; other fixes (formatting, removing a paragraph) give no suggestion.
struct Underline {
    std::uint32_t start = 0;
    std::uint32_t length = 0;
    std::optional<std::u16string> suggestion;
};

Underline underlineOf(const gw::Finding& finding, std::u16string_view text)
{
    const auto size = static_cast<std::uint32_t>(text.size());
    Underline out;
    out.start = std::min(finding.start, size);
    std::uint32_t end = std::min(finding.start + finding.length, size);
    std::vector<const gw::ReplaceText*> replacements;
    if (finding.fixable()) {
        for (const gw::Edit& edit : finding.fix.edits) {
            const auto* replace = std::get_if<gw::ReplaceText>(&edit);
            if (!replace || replace->paragraph != finding.paragraph || replace->start + replace->length > size) {
                replacements.clear();
                break;
            }
            replacements.push_back(replace);
        }
    }
    for (const gw::ReplaceText* replace : replacements) {
        out.start = std::min(out.start, replace->start);
        end = std::max(end, replace->start + replace->length);
    }
    if (end == out.start) {
        // An insertion point: underline the character after it (or before it, at the end).
        if (end < size)
            ++end;
        else if (out.start > 0)
            --out.start;
    }
    out.length = end - out.start;
    if (!replacements.empty()) {
        std::u16string replaced(text.substr(out.start, out.length));
        std::sort(replacements.begin(), replacements.end(),
                  [](const gw::ReplaceText* a, const gw::ReplaceText* b) { return a->start > b->start; });
        for (const gw::ReplaceText* replace : replacements)
            replaced.replace(replace->start - out.start, replace->length, replace->replacement);
        out.suggestion = std::move(replaced);
    }
    return out;
}

// Writer's flat paragraph (the text doProofreading gets) has a U+200B at each field's position
// (the FieldPositions property) before the field's text; the document-level check's model has
// the field's text alone, or one U+FFFC for a field whose text comes from the layout (a page
// number: gw::ParagraphMatch places its value). The paragraph is checked without the U+200B, and
// offsets are mapped back.
class FlatParagraph {
public:
    FlatParagraph(const rtl::OUString& text, const Sequence<css::beans::PropertyValue>& properties)
    {
        const std::u16string flat = u16(text);
        Sequence<sal_Int32> fields;
        for (const css::beans::PropertyValue& property : properties)
            if (property.Name == "FieldPositions")
                property.Value >>= fields;
        std::vector<std::uint32_t> positions;
        for (const sal_Int32 position : fields)
            if (position >= 0 && static_cast<std::size_t>(position) < flat.size() && flat[position] == u'\u200B')
                positions.push_back(static_cast<std::uint32_t>(position));
        std::sort(positions.begin(), positions.end());
        positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
        removed_ = positions;
        std::size_t from = 0;
        for (const std::uint32_t position : removed_) {
            model_.append(flat, from, position - from);
            from = position + 1;
        }
        model_.append(flat, from, std::u16string::npos);
    }

    const std::u16string& modelText() const { return model_; }

    // Where each field's text starts in modelText(), ascending.
    std::vector<std::uint32_t> fieldStarts() const
    {
        std::vector<std::uint32_t> out;
        for (std::size_t k = 0; k < removed_.size(); ++k)
            out.push_back(removed_[k] - static_cast<std::uint32_t>(k));
        return out;
    }

    // The flat offset of model offset `offset`: a range starting at a field starts after its
    // U+200B, one ending at a field ends before it.
    std::uint32_t flatStart(std::uint32_t offset) const { return offset + removedUpTo(offset, true); }
    std::uint32_t flatEnd(std::uint32_t offset) const { return offset + removedUpTo(offset, false); }

    // Whether flat range [start, end) has a field's U+200B inside.
    bool spansField(std::uint32_t start, std::uint32_t end) const
    {
        return std::any_of(removed_.begin(), removed_.end(),
                           [&](std::uint32_t position) { return start <= position && position < end; });
    }

private:
    // How many removed characters come before model offset `offset` (or at it, `inclusive`).
    std::uint32_t removedUpTo(std::uint32_t offset, bool inclusive) const
    {
        std::uint32_t count = 0;
        for (std::size_t k = 0; k < removed_.size(); ++k) {
            const std::uint32_t modelPosition = removed_[k] - static_cast<std::uint32_t>(k);
            if (modelPosition < offset || (inclusive && modelPosition == offset))
                ++count;
        }
        return count;
    }

    std::u16string model_;
    std::vector<std::uint32_t> removed_; // flat offsets of the removed U+200B, ascending
};

class LiveChecker;

// Runs LiveChecker::notifyListeners on the main thread.
class MainThreadNotice : public cppu::WeakImplHelper1<css::awt::XCallback> {
public:
    explicit MainThreadNotice(std::weak_ptr<LiveChecker> checker) : checker_(std::move(checker)) {}
    void SAL_CALL notify(const css::uno::Any&) override;

private:
    std::weak_ptr<LiveChecker> checker_;
};

// Tells the live checker that a document changed or went away.
class DocumentListener : public cppu::WeakImplHelper1<css::util::XModifyListener> {
public:
    DocumentListener(std::weak_ptr<LiveChecker> checker, const void* key) : checker_(std::move(checker)), key_(key) {}
    void SAL_CALL modified(const css::lang::EventObject&) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override;

private:
    std::weak_ptr<LiveChecker> checker_;
    const void* key_;
};

// Tells the live checker that gwcheck's settings changed, or that soffice is going down.
class SettingsListener
    : public cppu::WeakImplHelper2<css::util::XChangesListener, css::frame::XTerminateListener> {
public:
    explicit SettingsListener(std::weak_ptr<LiveChecker> checker) : checker_(std::move(checker)) {}
    void SAL_CALL changesOccurred(const css::util::ChangesEvent&) override;
    void SAL_CALL queryTermination(const css::lang::EventObject&) override {}
    void SAL_CALL notifyTermination(const css::lang::EventObject&) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    std::weak_ptr<LiveChecker> checker_;
};

// Passes the Western fallback's requests to proofread again on (see LiveChecker::westernFallback).
class FallbackListener : public cppu::WeakImplHelper1<css::linguistic2::XLinguServiceEventListener> {
public:
    explicit FallbackListener(std::weak_ptr<LiveChecker> checker) : checker_(std::move(checker)) {}
    void SAL_CALL processLinguServiceEvent(const css::linguistic2::LinguServiceEvent& event) override;
    void SAL_CALL disposing(const css::lang::EventObject&) override {}

private:
    std::weak_ptr<LiveChecker> checker_;
};

// The state all Proofreader instances share (LibreOffice creates more than one: to ask for the
// locales, and the one the iterator keeps): the checked documents, the settings, the refresher.
class LiveChecker : public std::enable_shared_from_this<LiveChecker> {
public:
    static std::shared_ptr<LiveChecker> instance(const Reference<css::uno::XComponentContext>& context)
    {
        // The constructor reads the configuration only: no call that needs the solar mutex (the
        // first instance may be made on any thread while another holds it).
        static const std::shared_ptr<LiveChecker> shared = [&] {
            std::shared_ptr<LiveChecker> checker(new LiveChecker(context));
            std::lock_guard<std::mutex> lock(checker->mutex_);
            checker->startRefresher();
            return checker;
        }();
        return shared;
    }

    bool enabled() const { return enabled_; }
    const std::string& language() const { return language_; }

    // The underlined findings of a paragraph, with offsets into `text`: the paragraph as the
    // document-level check has it, placed in the flat paragraph by `match`, or the flat
    // paragraph's text (`match` without fields) for a paragraph edited since.
    struct Answer {
        std::vector<gw::Finding> findings;
        std::u16string text;
        gw::ParagraphMatch match;
        bool ours = true; // false: a Western paragraph of a document not known for a Chinese one
    };

    // The answer for a paragraph of document `docId` that Writer asks about in zh-CN
    // (`inChinese`) or in the Western language. In the Western language only the paragraphs of
    // a Chinese document are answered: one that Writer has asked about in zh-CN too, and whose
    // check finds it written in Chinese.
    Answer answer(const rtl::OUString& docId, const FlatParagraph& paragraph, bool inChinese)
    {
        const std::u16string& text = paragraph.modelText();
        const std::vector<std::uint32_t> fieldStarts = paragraph.fieldStarts();
        Answer out{{}, text, {}, true};
        std::shared_ptr<const gw::CheckedDocument> checked;
        bool askAgain = false;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            if (inChinese) {
                checked = checkedFor(docId, text, fieldStarts);
                chineseDocIds_.insert(docId);
                // Its paragraphs asked about in the Western language before it was known for a
                // Chinese document: once now (the document is known from here on).
                askAgain = docIds_.count(docId) != 0 && westernUnanswered_.erase(docId) != 0;
            } else {
                const auto [known, chinese] = chineseCheckFor(docId);
                if (!chinese) {
                    if (!known) {
                        // Perhaps a Chinese document not known yet: asked again when it is.
                        westernUnanswered_.insert(docId);
                        provisional_[text] = Shown{docId, fieldStarts, {}, true};
                        wakeRefresher(false);
                    }
                    out.ours = false;
                    return out;
                }
                checked = chinese;
            }
        }
        if (askAgain)
            proofreadAgain();
        if (checked) {
            if (auto match = checked->find(text, fieldStarts)) {
                out.findings = withoutIgnored(checked->findingsOf(match->paragraph));
                out.text = checked->document().paragraphs[match->paragraph].text;
                out.match = std::move(*match);
                return out;
            }
            out.findings = withoutIgnored(checked->checkEdited(text));
        }
        // Not (yet) in a document-level check: what was shown is remembered, so that the
        // refresher can tell whether the paragraph needs proofreading again.
        std::lock_guard<std::mutex> lock(mutex_);
        provisional_[text] = Shown{docId, fieldStarts, signatureOf(out.findings), false};
        wakeRefresher(false);
        return out;
    }

    // The grammar checker LibreOffice would call for en-US without gwcheck. It calls the first
    // configured checker of a language only; gwcheck, installed where no English checker was
    // configured yet, is that one, and a checker installed after it (LanguageTool) is configured
    // behind it. The en-US paragraphs that are not gwcheck's go to that checker, so that English
    // documents keep their grammar checking.
    Reference<css::linguistic2::XProofreader> westernFallback()
    {
        // Not under mutex_: making the checker may wait for the solar mutex, whose holder may be
        // waiting for mutex_.
        std::lock_guard<std::mutex> lock(fallbackMutex_);
        Sequence<rtl::OUString> configured;
        try {
            if (!grammarCheckers_.is()) {
                Sequence<css::uno::Any> arguments(1);
                arguments[0] <<= css::beans::NamedValue(
                    "nodepath", css::uno::Any(rtl::OUString("/org.openoffice.Office.Linguistic/ServiceManager/GrammarCheckerList")));
                grammarCheckers_.set(css::configuration::theDefaultProvider::get(context_)->createInstanceWithArguments(
                                         "com.sun.star.configuration.ConfigurationAccess", arguments),
                                     UNO_QUERY_THROW);
            }
            if (grammarCheckers_->hasByName("en-US"))
                grammarCheckers_->getByName("en-US") >>= configured;
        } catch (const css::uno::Exception&) {
            return {};
        }
        for (const rtl::OUString& name : configured) {
            if (name == kImplementationName)
                continue;
            if (name != fallbackName_) {
                try {
                    fallback_.set(context_->getServiceManager()->createInstanceWithContext(name, context_), UNO_QUERY);
                } catch (const css::uno::Exception&) {
                    fallback_.clear();
                }
                fallbackName_ = name;
                const Reference<css::linguistic2::XLinguServiceEventBroadcaster> broadcaster(fallback_, UNO_QUERY);
                if (broadcaster.is())
                    broadcaster->addLinguServiceEventListener(
                        Reference<css::linguistic2::XLinguServiceEventListener>(new FallbackListener(weak_from_this())));
            }
            return fallback_;
        }
        return {};
    }

    void resetFallbackIgnoredRules()
    {
        Reference<css::linguistic2::XProofreader> fallback;
        {
            std::lock_guard<std::mutex> lock(fallbackMutex_);
            fallback = fallback_;
        }
        if (fallback.is())
            fallback->resetIgnoreRules();
    }

    void ignoreRule(const rtl::OUString& code)
    {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            ignoredRules_.insert(utf8(code));
        }
        proofreadAgain();
    }

    void resetIgnoredRules()
    {
        {
            std::lock_guard<std::mutex> lock(mutex_);
            ignoredRules_.clear();
        }
        proofreadAgain();
    }

    void addListener(const Reference<css::linguistic2::XLinguServiceEventListener>& listener)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (listener.is() && std::find(listeners_.begin(), listeners_.end(), listener) == listeners_.end())
            listeners_.push_back(listener);
    }

    void removeListener(const Reference<css::linguistic2::XLinguServiceEventListener>& listener)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        listeners_.erase(std::remove(listeners_.begin(), listeners_.end(), listener), listeners_.end());
    }

    void documentChanged(const void* key)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        const auto document = documents_.find(key);
        if (document == documents_.end())
            return;
        document->second.dirty = true;
        wakeRefresher(true);
    }

    void documentGone(const void* key)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        documents_.erase(key);
        for (auto binding = docIds_.begin(); binding != docIds_.end();) {
            if (binding->second != key) {
                ++binding;
                continue;
            }
            chineseDocIds_.erase(binding->first);
            westernUnanswered_.erase(binding->first);
            binding = docIds_.erase(binding);
        }
    }

    void settingsChanged()
    {
        const bool wasEnabled = enabled_;
        readSettingsNow();
        {
            std::lock_guard<std::mutex> lock(mutex_);
            for (auto& document : documents_)
                document.second.dirty = true;
            wakeRefresher(false);
        }
        if (wasEnabled != enabled_)
            proofreadAgain();
    }

    void stop()
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
        wake_.notify_all();
    }

private:
    struct TrackedDocument {
        Reference<css::lang::XComponent> component;
        Reference<css::util::XModifyListener> listener;
        bool dirty = true;
        std::shared_ptr<const gw::CheckedDocument> checked;
    };

    explicit LiveChecker(const Reference<css::uno::XComponentContext>& context) : context_(context)
    {
        readSettingsNow();
        language_ = messageLanguage(uiLocale(context_));
    }

    void readSettingsNow()
    {
        bool enabled = true;
        gw::Config config;
        try {
            enabled = readLiveChecking(context_);
            config = readSettings(context_).config;
        } catch (const css::uno::Exception&) {
            // No configuration (a bare UNO process): the defaults.
        } catch (const gw::ConfigError&) {
            // A stored value the service would refuse: the findings panel reports it; live
            // checking goes on with the defaults rather than going silent.
        }
        std::lock_guard<std::mutex> lock(mutex_);
        config_ = config;
        enabled_ = enabled;
    }

    void listenToSettings()
    {
        const Reference<SettingsListener> listener(new SettingsListener(weak_from_this()));
        try {
            const Reference<css::lang::XMultiServiceFactory> provider =
                css::configuration::theDefaultProvider::get(context_);
            Sequence<css::uno::Any> arguments(1);
            arguments[0] <<= css::beans::NamedValue("nodepath", css::uno::Any(ou(std::string_view(kSettingsNode))));
            settingsAccess_ = provider->createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                                    arguments);
            Reference<css::util::XChangesNotifier>(settingsAccess_, UNO_QUERY_THROW)->addChangesListener(listener.get());
            css::frame::Desktop::create(context_)->addTerminateListener(listener.get());
        } catch (const css::uno::Exception&) {
            // Without a configuration or a desktop there is nothing to follow.
        }
    }

    std::vector<gw::Finding> withoutIgnored(std::vector<gw::Finding> findings)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        findings = underlined(std::move(findings));
        findings.erase(std::remove_if(findings.begin(), findings.end(),
                                      [&](const gw::Finding& finding) {
                                          return ignoredRules_.count(std::string(finding.rule->code)) != 0;
                                      }),
                       findings.end());
        return findings;
    }

    // The check of document `docId`. The proofreading iterator names documents by numbers of
    // its own; a number is tied to the open document whose check has the paragraph (the first
    // time only one has it). Called with mutex_ held.
    std::shared_ptr<const gw::CheckedDocument> checkedFor(const rtl::OUString& docId, const std::u16string& text,
                                                          const std::vector<std::uint32_t>& fieldStarts)
    {
        if (const auto bound = docIds_.find(docId); bound != docIds_.end()) {
            const auto document = documents_.find(bound->second);
            if (document != documents_.end())
                return document->second.checked;
        }
        auto [owner, owners] = ownersOf(text, fieldStarts);
        if (owners == 1)
            docIds_[docId] = owner;
        if (owners > 0)
            return documents_.at(owner).checked;
        // A paragraph edited since its document was checked, of a document not yet tied to the
        // number: the document with the paragraph most like it.
        std::size_t best = 0;
        for (const auto& [key, document] : documents_) {
            if (!document.checked)
                continue;
            if (const auto likeness = document.checked->likelyOriginal(text); likeness && likeness->shared > best) {
                best = likeness->shared;
                owner = key;
            }
        }
        return owner ? documents_.at(owner).checked : nullptr;
    }

    // An open document whose check has the paragraph (the last of them), and how many have it.
    // Called with mutex_ held.
    std::pair<const void*, int> ownersOf(const std::u16string& text, const std::vector<std::uint32_t>& fieldStarts) const
    {
        const void* owner = nullptr;
        int owners = 0;
        for (const auto& [key, document] : documents_) {
            if (document.checked && document.checked->find(text, fieldStarts)) {
                owner = key;
                ++owners;
            }
        }
        return {owner, owners};
    }

    // Whether document `docId` is known (Writer has asked about it in zh-CN and it is tied to an
    // open document), and its check when it is a Chinese document. Called with mutex_ held.
    std::pair<bool, std::shared_ptr<const gw::CheckedDocument>> chineseCheckFor(const rtl::OUString& docId) const
    {
        const auto bound = docIds_.find(docId);
        if (!chineseDocIds_.count(docId) || bound == docIds_.end())
            return {false, nullptr};
        const auto document = documents_.find(bound->second);
        if (document == documents_.end() || !document->second.checked)
            return {false, nullptr};
        if (!document->second.checked->isChinese())
            return {true, nullptr};
        return {true, document->second.checked};
    }

    // Called with mutex_ held.
    void wakeRefresher(bool changed)
    {
        if (changed)
            lastChange_ = Clock::now();
        pending_ = true;
        wake_.notify_all();
    }

    // Called with mutex_ held. The thread shares the checker's life; it ends when soffice
    // terminates.
    void startRefresher()
    {
        std::thread([self = shared_from_this()] { self->refreshLoop(); }).detach();
    }

    void refreshLoop()
    {
        listenToSettings();
        for (;;) {
            {
                std::unique_lock<std::mutex> lock(mutex_);
                wake_.wait(lock, [&] { return pending_ || stopping_; });
                while (!stopping_ && Clock::now() < lastChange_ + kQuiet)
                    wake_.wait_until(lock, lastChange_ + kQuiet);
                if (stopping_)
                    return;
                pending_ = false;
            }
            try {
                refresh();
            } catch (const css::uno::Exception&) {
                // soffice is going down, or a document went away while it was read: the next
                // change or proofreading call brings the refresher back.
            } catch (const std::exception&) {
            }
        }
    }

    // Tracks the open Writer documents, reads and checks those changed since their last check,
    // and asks for proofreading again when a paragraph's findings changed.
    void refresh()
    {
        std::vector<Reference<css::lang::XComponent>> open;
        const Reference<css::container::XEnumeration> components =
            css::frame::Desktop::create(context_)->getComponents()->createEnumeration();
        while (components->hasMoreElements()) {
            const Reference<css::lang::XServiceInfo> info(components->nextElement(), UNO_QUERY);
            if (info.is() && info->supportsService("com.sun.star.text.TextDocument"))
                open.emplace_back(info, UNO_QUERY);
        }

        std::vector<std::pair<const void*, Reference<css::lang::XComponent>>> toRead, toListen;
        // Closed documents are let go after mutex_ is released: dropping the last reference to a
        // document takes the solar mutex, which the main thread may hold waiting for mutex_.
        std::vector<TrackedDocument> closed;
        std::map<std::u16string, Shown> shown;
        gw::Config config;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            std::set<const void*> stillOpen;
            for (const Reference<css::lang::XComponent>& component : open) {
                const void* key = Reference<css::uno::XInterface>(component, UNO_QUERY).get();
                stillOpen.insert(key);
                auto [document, added] = documents_.try_emplace(key);
                if (added) {
                    document->second.component = component;
                    toListen.emplace_back(key, component);
                }
                if (document->second.dirty) {
                    document->second.dirty = false; // a change while it is read marks it again
                    toRead.emplace_back(key, component);
                }
            }
            for (auto document = documents_.begin(); document != documents_.end();) {
                if (stillOpen.count(document->first)) {
                    ++document;
                    continue;
                }
                closed.push_back(std::move(document->second));
                document = documents_.erase(document);
            }
            shown.swap(provisional_);
            config = config_;
        }

        for (const auto& [key, component] : toListen) {
            const Reference<css::util::XModifyListener> listener(new DocumentListener(weak_from_this(), key));
            Reference<css::util::XModifyBroadcaster>(component, UNO_QUERY_THROW)->addModifyListener(listener);
            std::lock_guard<std::mutex> lock(mutex_);
            if (const auto document = documents_.find(key); document != documents_.end())
                document->second.listener = listener;
        }

        bool again = false;
        for (const auto& [key, component] : toRead) {
            std::shared_ptr<const gw::CheckedDocument> checked;
            try {
                // Read on the main thread: read from this one, a document the user closed
                // meanwhile was torn down under the reader's calls (soffice crashed). The check
                // itself stays here, off the typing path.
                std::optional<gw::Document> model;
                if (!runOnMainThreadOnly(context_, [&] { model = WriterDocument(component).model(); }, kMainThreadPatience))
                    continue;
                checked = std::make_shared<const gw::CheckedDocument>(*model, config);
            } catch (const css::uno::Exception&) {
                continue; // closed before it was read
            }
            std::shared_ptr<const gw::CheckedDocument> previous;
            {
                std::lock_guard<std::mutex> lock(mutex_);
                const auto document = documents_.find(key);
                if (document == documents_.end())
                    continue;
                previous = document->second.checked;
                document->second.checked = checked;
            }
            again = again || findingsMoved(previous.get(), *checked);
        }

        {
            std::lock_guard<std::mutex> lock(mutex_);
            // The paragraphs asked about before their document was checked tie its number to it.
            for (const auto& [text, before] : shown) {
                if (docIds_.count(before.docId))
                    continue;
                if (const auto [owner, owners] = ownersOf(text, before.fieldStarts); owners == 1)
                    docIds_[before.docId] = owner;
            }
            for (const auto& [text, before] : shown) {
                if (before.western) {
                    // Not answered in the Western language, of a document now known for a
                    // Chinese one.
                    again = again || chineseCheckFor(before.docId).second != nullptr;
                } else {
                    // Answered without its document-level check, which now has it with other
                    // findings.
                    for (const auto& entry : documents_) {
                        const auto& checked = entry.second.checked;
                        if (!checked)
                            continue;
                        if (const auto match = checked->find(text, before.fieldStarts)) {
                            again = again ||
                                    signatureOf(underlined(checked->findingsOf(match->paragraph))) != before.signature;
                            break;
                        }
                    }
                }
                if (again)
                    break;
            }
        }
        if (again)
            proofreadAgain();
    }

    // Whether a paragraph both checks have shows other findings in the new one: a structural
    // finding came or went (a numbering gap closed by an edit elsewhere).
    static bool findingsMoved(const gw::CheckedDocument* previous, const gw::CheckedDocument& current)
    {
        if (!previous)
            return false; // what was shown before the first check is in `shown`
        const auto& paragraphs = current.document().paragraphs;
        for (std::uint32_t i = 0; i < paragraphs.size(); ++i) {
            const auto before = previous->find(paragraphs[i].text);
            if (!before || current.find(paragraphs[i].text) != i)
                continue;
            if (signatureOf(underlined(previous->findingsOf(*before))) != signatureOf(underlined(current.findingsOf(i))))
                return true;
        }
        return false;
    }

    // Tells the listeners (the proofreading iterator, and through it Writer) on soffice's main
    // thread, as LibreOffice's own options dialogs do: the linguistic service manager passes the
    // event on holding its mutex, and Writer then takes the solar mutex; from another thread that
    // order could deadlock with the main thread, which takes them the other way round.
    void proofreadAgain()
    {
        try {
            const Reference<MainThreadNotice> notice(new MainThreadNotice(weak_from_this()));
            css::awt::AsyncCallback::create(context_)->addCallback(notice.get(), css::uno::Any());
        } catch (const css::uno::Exception&) {
            // No event loop (soffice is going down): nothing left to underline.
        }
    }

public:
    void notifyListeners()
    {
        std::vector<Reference<css::linguistic2::XLinguServiceEventListener>> listeners;
        {
            std::lock_guard<std::mutex> lock(mutex_);
            listeners = listeners_;
        }
        const css::linguistic2::LinguServiceEvent event(Reference<css::uno::XInterface>(),
                                                        css::linguistic2::LinguServiceEventFlags::PROOFREAD_AGAIN);
        for (const auto& listener : listeners) {
            try {
                listener->processLinguServiceEvent(event);
            } catch (const css::uno::Exception&) {
                // A listener that went away.
            }
        }
    }

private:
    Reference<css::uno::XComponentContext> context_;
    Reference<css::uno::XInterface> settingsAccess_;
    std::string language_;
    std::atomic<bool> enabled_{true};

    std::mutex mutex_;
    std::condition_variable wake_;
    gw::Config config_;
    std::map<const void*, TrackedDocument> documents_;
    std::map<rtl::OUString, const void*> docIds_;
    // What was shown for a paragraph no document-level check had, or that was not answered in the
    // Western language (`western`).
    struct Shown {
        rtl::OUString docId;
        std::vector<std::uint32_t> fieldStarts;
        Signature signature;
        bool western = false;
    };
    std::map<std::u16string, Shown> provisional_;
    std::set<rtl::OUString> chineseDocIds_;     // documents Writer has asked about in zh-CN
    std::set<rtl::OUString> westernUnanswered_; // documents with a paragraph not answered in the Western language

    std::mutex fallbackMutex_;
    Reference<css::container::XNameAccess> grammarCheckers_; // the configured checkers by language
    rtl::OUString fallbackName_;
    Reference<css::linguistic2::XProofreader> fallback_;
    std::set<std::string> ignoredRules_;
    std::vector<Reference<css::linguistic2::XLinguServiceEventListener>> listeners_;
    Clock::time_point lastChange_{};
    bool pending_ = false;
    bool stopping_ = false;
};

void MainThreadNotice::notify(const css::uno::Any&)
{
    if (const auto checker = checker_.lock())
        checker->notifyListeners();
}

void DocumentListener::modified(const css::lang::EventObject&)
{
    if (const auto checker = checker_.lock())
        checker->documentChanged(key_);
}

void DocumentListener::disposing(const css::lang::EventObject&)
{
    if (const auto checker = checker_.lock())
        checker->documentGone(key_);
}

void FallbackListener::processLinguServiceEvent(const css::linguistic2::LinguServiceEvent& event)
{
    if (event.nEvent != css::linguistic2::LinguServiceEventFlags::PROOFREAD_AGAIN)
        return;
    if (const auto checker = checker_.lock())
        checker->notifyListeners();
}

void SettingsListener::changesOccurred(const css::util::ChangesEvent&)
{
    if (const auto checker = checker_.lock())
        checker->settingsChanged();
}

void SettingsListener::notifyTermination(const css::lang::EventObject&)
{
    if (const auto checker = checker_.lock())
        checker->stop();
}

class Proofreader
    // XProofreader is an XSupportedLocales.
    : public cppu::WeakImplHelper4<css::linguistic2::XProofreader, css::linguistic2::XLinguServiceEventBroadcaster,
                                   css::lang::XServiceDisplayName, css::lang::XServiceInfo> {
public:
    explicit Proofreader(const Reference<css::uno::XComponentContext>& context)
        : checker_(LiveChecker::instance(context))
    {
    }

    // XSupportedLocales
    Sequence<css::lang::Locale> SAL_CALL getLocales() override
    {
        Sequence<css::lang::Locale> locales(2);
        locales[0] = css::lang::Locale("zh", "CN", rtl::OUString());
        locales[1] = css::lang::Locale("en", "US", rtl::OUString());
        return locales;
    }
    sal_Bool SAL_CALL hasLocale(const css::lang::Locale& locale) override { return isSupported(locale); }

    // XProofreader
    sal_Bool SAL_CALL isSpellChecker() override { return false; }

    css::linguistic2::ProofreadingResult SAL_CALL
    doProofreading(const rtl::OUString& docId, const rtl::OUString& text, const css::lang::Locale& locale,
                   sal_Int32 startOfSentence, sal_Int32 suggestedEndOfSentence,
                   const Sequence<css::beans::PropertyValue>& properties) override
    {
        if (startOfSentence < 0 || startOfSentence > text.getLength() || suggestedEndOfSentence < startOfSentence)
            throw css::lang::IllegalArgumentException("gwcheck: sentence positions out of range", getXWeak(), 4);
        css::linguistic2::ProofreadingResult result;
        result.aDocumentIdentifier = docId;
        result.aText = text;
        result.aLocale = locale;
        result.nStartOfSentencePosition = startOfSentence;
        // The rules see the paragraph as a whole: one "sentence" to its end.
        result.nBehindEndOfSentencePosition = text.getLength();
        result.nStartOfNextSentencePosition = text.getLength();
        result.xProofreader = this;
        if (!isSupported(locale) || text.isEmpty())
            return result;
        const auto notOurs = [&] {
            if (isChinese(locale))
                return result;
            const Reference<css::linguistic2::XProofreader> fallback = checker_->westernFallback();
            return fallback.is() ? fallback->doProofreading(docId, text, locale, startOfSentence,
                                                            suggestedEndOfSentence, properties)
                                 : result;
        };
        if (!checker_->enabled())
            return notOurs();

        const FlatParagraph paragraph(text, properties);
        const LiveChecker::Answer answer = checker_->answer(docId, paragraph, isChinese(locale));
        if (!answer.ours)
            return notOurs();
        std::vector<css::linguistic2::SingleProofreadingError> errors;
        for (const gw::Finding& finding : answer.findings) {
            Underline underline = underlineOf(finding, answer.text);
            const std::uint32_t underlineEnd = underline.start + underline.length;
            const std::uint32_t start = paragraph.flatStart(answer.match.textOffset(underline.start));
            const std::uint32_t end = std::max(start, paragraph.flatEnd(answer.match.textOffset(underlineEnd)));
            if (start < static_cast<std::uint32_t>(startOfSentence) || end == start)
                continue; // reported with an earlier sentence of the paragraph
            if (paragraph.spansField(start, end) || answer.match.coversField(underline.start, underlineEnd))
                underline.suggestion.reset(); // replacing the range would take the field with it
            css::linguistic2::SingleProofreadingError error;
            error.nErrorStart = static_cast<sal_Int32>(start);
            error.nErrorLength = static_cast<sal_Int32>(end - start);
            error.nErrorType = css::text::TextMarkupType::PROOFREADING;
            error.aRuleIdentifier = ou(finding.rule->code);
            const rtl::OUString message = ou(finding.message(checker_->language()));
            error.aShortComment = message;
            error.aFullComment = "[" + ou(finding.rule->code) + "] " + message;
            if (underline.suggestion) {
                error.aSuggestions.realloc(1);
                error.aSuggestions[0] = ou(*underline.suggestion);
            }
            errors.push_back(std::move(error));
        }
        result.aErrors = Sequence<css::linguistic2::SingleProofreadingError>(errors.data(),
                                                                             static_cast<sal_Int32>(errors.size()));
        return result;
    }

    void SAL_CALL ignoreRule(const rtl::OUString& ruleIdentifier, const css::lang::Locale&) override
    {
        checker_->ignoreRule(ruleIdentifier);
    }
    void SAL_CALL resetIgnoreRules() override
    {
        checker_->resetIgnoredRules();
        checker_->resetFallbackIgnoredRules();
    }

    // XLinguServiceEventBroadcaster: the iterator listens, to proofread again when told to.
    sal_Bool SAL_CALL
    addLinguServiceEventListener(const Reference<css::linguistic2::XLinguServiceEventListener>& listener) override
    {
        checker_->addListener(listener);
        return listener.is();
    }
    sal_Bool SAL_CALL
    removeLinguServiceEventListener(const Reference<css::linguistic2::XLinguServiceEventListener>& listener) override
    {
        checker_->removeListener(listener);
        return listener.is();
    }

    // XServiceDisplayName: the name in Tools › Options › Language Settings › Writing Aids.
    rtl::OUString SAL_CALL getServiceDisplayName(const css::lang::Locale& locale) override
    {
        return locale.Language == "zh" ? ou(std::string_view("公文检查（gwcheck）")) : rtl::OUString("gwcheck (Chinese official documents)");
    }

    // XServiceInfo
    rtl::OUString SAL_CALL getImplementationName() override { return kImplementationName; }
    sal_Bool SAL_CALL supportsService(const rtl::OUString& name) override { return cppu::supportsService(this, name); }
    Sequence<rtl::OUString> SAL_CALL getSupportedServiceNames() override
    {
        Sequence<rtl::OUString> names(1);
        names[0] = kServiceName;
        return names;
    }

private:
    Reference<css::uno::XInterface> getXWeak() { return static_cast<cppu::OWeakObject*>(this); }

    std::shared_ptr<LiveChecker> checker_;
};

} // namespace
} // namespace gwcheck::uno

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
org_gwcheck_Proofreader_get_implementation(css::uno::XComponentContext* context, const css::uno::Sequence<css::uno::Any>&)
{
    return cppu::acquire(new gwcheck::uno::Proofreader(context));
}
