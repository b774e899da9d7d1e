// The last check of each open document, kept until the document is modified. locate(), fix by
// keys and annotate() name findings of a check the caller has just made; with the check kept,
// they map a key to its text without reading the whole document again (a 20,000-paragraph
// report takes seconds to read). A modify listener marks the kept check stale at the first
// change — Writer notifies every change, also of a document already modified, also undo.
#pragma once

#include "adapter.hxx"

#include "engine.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/Reference.hxx>

#include <memory>
#include <string_view>

namespace gwcheck::uno {

// One read of a document and its check. `context` lets PG-08 ask which fonts are installed
// (only when that rule is on).
struct CheckedDocument {
    CheckedDocument(const css::uno::Reference<css::lang::XComponent>& document, const gw::Config& config,
                    const css::uno::Reference<css::uno::XComponentContext>& context);

    // The finding with this key, or null.
    const gw::Finding* find(std::string_view key) const;

    // Set while `writer` and `result` are made, so declared (and zeroed) before them.
    double readSeconds = 0, rulesSeconds = 0;
    WriterDocument writer; // the model as read and the Writer paragraphs it came from
    gw::CheckResult result;
};

enum class Reuse { No, IfUnchanged };

// The document read and checked with `config`. With Reuse::IfUnchanged, the check kept from an
// earlier call when the document has not been modified since (and was checked with the same
// configuration); otherwise a new read and check, which is kept in its place — unless the
// document notifies no changes (read-only, or XModifiable2::disableSetModified): then nothing
// is kept, and every call reads it again.
std::shared_ptr<const CheckedDocument> checkedDocument(const css::uno::Reference<css::lang::XComponent>& document,
                                                       const gw::Config& config, Reuse reuse,
                                                       const css::uno::Reference<css::uno::XComponentContext>& context);

// Drops the kept check of the document (the service has just changed it).
void forgetCheckedDocument(const css::uno::Reference<css::lang::XComponent>& document);

} // namespace gwcheck::uno
