#include "document_cache.hxx"

#include <com/sun/star/util/XModifiable2.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace gwcheck::uno {
namespace {

using css::uno::Reference;
using css::uno::UNO_QUERY;

// Marks a document's kept check stale when the document changes; forgets it when the document
// is closed. Never calls into Writer while holding the cache's lock: a modification notifies
// from whatever thread made it, holding the solar mutex.
class ChangeListener : public cppu::WeakImplHelper1<css::util::XModifyListener> {
public:
    explicit ChangeListener(const void* document) : document_(document) {}

    void SAL_CALL modified(const css::lang::EventObject&) override { changed = true; }
    void SAL_CALL disposing(const css::lang::EventObject&) override;

    std::atomic<bool> changed{false};

private:
    const void* document_;
};

struct Slot {
    rtl::Reference<ChangeListener> listener;
    std::shared_ptr<const CheckedDocument> checked;
    std::string configJson; // what it was checked with
};

std::mutex cacheMutex;
std::map<const void*, Slot> slots; // keyed by the document's XInterface

const void* identity(const Reference<css::lang::XComponent>& document)
{
    return Reference<css::uno::XInterface>(document, UNO_QUERY).get();
}

void ChangeListener::disposing(const css::lang::EventObject&)
{
    Slot gone; // released after the lock: releasing the document's objects calls into Writer
    std::lock_guard<std::mutex> lock(cacheMutex);
    const auto found = slots.find(document_);
    if (found != slots.end() && found->second.listener.get() == this) {
        gone = std::move(found->second);
        slots.erase(found);
    }
}

// Writer stops notifying changes while setting the modified state is disabled
// (XModifiable2::disableSetModified): a kept check cannot be trusted then.
bool notifiesChanges(const Reference<css::lang::XComponent>& document)
{
    const Reference<css::util::XModifiable2> modifiable(document, UNO_QUERY);
    return modifiable.is() && modifiable->isSetModifiedEnabled();
}

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

WriterDocument readDocument(const Reference<css::lang::XComponent>& document, const gw::Config& config,
                            const Reference<css::uno::XComponentContext>& context, double& seconds)
{
    const auto started = Clock::now();
    WriterDocument writer(document, gw::readsFormatting(config) ? WriterDocument::Formatting::Read
                                                                : WriterDocument::Formatting::Skip);
    if (config.enabled("PG-08"))
        writer.readInstalledFonts(context);
    seconds = secondsSince(started);
    return writer;
}

gw::CheckResult checkTimed(const gw::Document& model, const gw::Config& config, double& seconds)
{
    const auto started = Clock::now();
    gw::CheckResult result = gw::checkWithStructure(model, config);
    seconds = secondsSince(started);
    return result;
}

} // namespace

CheckedDocument::CheckedDocument(const Reference<css::lang::XComponent>& document, const gw::Config& config,
                                 const Reference<css::uno::XComponentContext>& context)
    : writer(readDocument(document, config, context, readSeconds)),
      result(checkTimed(writer.model(), config, rulesSeconds))
{
}

const gw::Finding* CheckedDocument::find(std::string_view key) const
{
    for (const gw::Finding& finding : result.findings)
        if (finding.key == key)
            return &finding;
    return nullptr;
}

std::shared_ptr<const CheckedDocument> checkedDocument(const Reference<css::lang::XComponent>& document,
                                                       const gw::Config& config, Reuse reuse,
                                                       const Reference<css::uno::XComponentContext>& context)
{
    const void* key = identity(document);
    const std::string configJson = gw::configToJson(config);
    rtl::Reference<ChangeListener> listener;
    std::shared_ptr<const CheckedDocument> kept;
    {
        std::lock_guard<std::mutex> lock(cacheMutex);
        const auto found = slots.find(key);
        if (found != slots.end()) {
            listener = found->second.listener;
            if (found->second.configJson == configJson)
                kept = found->second.checked;
        }
    }
    const bool notifies = notifiesChanges(document);
    if (reuse == Reuse::IfUnchanged && kept && !listener->changed && notifies)
        return kept;
    kept.reset();
    const Reference<css::util::XModifyBroadcaster> broadcaster(document, UNO_QUERY);
    // Nothing would tell when it changes (a read-only document, as the CLI checks them): not kept.
    if (!notifies || !broadcaster.is())
        return std::make_shared<const CheckedDocument>(document, config, context);
    if (!listener.is()) {
        listener = new ChangeListener(key);
        broadcaster->addModifyListener(listener.get());
    }
    // Cleared before the read: a change made during it marks the new check stale again.
    listener->changed = false;
    auto checked = std::make_shared<const CheckedDocument>(document, config, context);
    std::shared_ptr<const CheckedDocument> replaced;
    {
        std::lock_guard<std::mutex> lock(cacheMutex);
        Slot& slot = slots[key];
        replaced = std::move(slot.checked);
        slot.listener = listener;
        slot.checked = checked;
        slot.configJson = configJson;
    }
    return checked;
}

void forgetCheckedDocument(const Reference<css::lang::XComponent>& document)
{
    std::shared_ptr<const CheckedDocument> forgotten; // released after the lock
    std::lock_guard<std::mutex> lock(cacheMutex);
    const auto found = slots.find(identity(document));
    if (found != slots.end())
        forgotten = std::move(found->second.checked);
}

} // namespace gwcheck::uno
